import { OTHER_KIND } from './codes-said-in-prose';
import type { Finder, SecretSpan } from './rules';

/**
 * AX's round: a door or a gate named by where it is, and its code right after with no word or colon between, as a
 * note's last line or a chat's line gives it: "side gate 0160", "server room door 97710", "back door 4471." The rule
 * for codes by what they open (codes-by-what-they-open.ts) wants a colon or "is" after a bare door's word, since "gate
 * 12" is a gate's number; here the place's word before it (side, back, rear, staff, server room, bin store …) says it
 * is a door of the building, and four to eight digits ending the line or the clause are what opens it.
 *
 * One digit repeated, a number with more words after it (a street's name, a unit, a time's "am"), and one the line
 * names as another kind's code or number before the door ("the product code for the back gate 4471") stay.
 */
const PLACE =
  /(?<![\p{L}])(?:side|back|front|rear|main|garden|yard|staff|service|loading|fire|shed|garage|cellar|basement|roof|room|store|storeroom|stockroom|closet|office|kitchen|warehouse|depot|courtyard|delivery|security|emergency|vehicle|pedestrian|parking|car[ \t-]?park|compound|cage|bike|bin|pool|gym|patio|porch|lobby|entry)[ \t]+$/iu;
/** A code's or a number's word and the word before it, which may name its kind ("product code", "serial number"). */
const NAMED_NUMBER = /([\p{L}]+)[ \t-]+(?:code|number|no\.?|nr\.?|id)(?![\p{L}])/giu;
const DOOR_CODE = /(?<![\p{L}])(?:door|gate)[ \t]+(\d{4,8})(?=[ \t]*(?:[.,;!)]?[ \t]*(?:\n|$)|[,;)]|\((?!\d)))/dgiu;

function findCodesAfterANamedDoor(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  DOOR_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DOOR_CODE.exec(text)); ) {
    if (!PLACE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const line = text.slice(Math.max(0, m.index - 80), m.index).split('\n').pop()!;
    if ([...line.matchAll(NAMED_NUMBER)].some((n) => OTHER_KIND.test(n[1]!))) continue;
    const digits = m[1]!;
    // A year too: a door of a place given a year with nothing after it is no date ("side gate 1950" ends the line).
    if (/^(\d)\1+$/.test(digits)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const CODES_AFTER_A_NAMED_DOOR_FINDERS: readonly Finder[] = [{ name: 'codes-after-a-named-door', find: findCodesAfterANamedDoor, trigger: /door|gate/i }];
