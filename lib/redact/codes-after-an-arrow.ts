import { CODE_PLACE } from './passwords-in-found-lists';
import type { Finder, SecretSpan } from './rules';

/**
 * BI's round: a place's door code given with an arrow from the place, as a quick note for cover staff writes it
 * ("(for the cover staff: paddle store -> 9658)", "night cover: cold room 2 → 7269"): the arrow hands the place
 * its number as a colon does. The place is named by a word for a room, a store, a shed, a gate, a floor, a station …
 * (a small number may follow it: "booth 3"); the value is four to eight digits ending the clause, not a unit's, a
 * currency's or a time's, and a label with its colon opens the line before the place. A route or a conversion
 * ("London -> 1500 miles", "v2 -> 3000") names no such place.
 */
const MORE_PLACES = String.raw`booth|kiosk|hall|loft|yard|depot|warehouse|lobby|hangar|floor|corridor|station|house|cottage|lab|office|kitchen|plant|pen|dock|studio|shop|tower|wing|basement|attic|porch|bunker|lodge|chamber|library|ward|block|unit|building|site|compound|store`;
const ARROW = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}+)(?:[ \t]+\d{1,2})?[ \t]*(?:->|→|=>|⇒|➜)[ \t]*(\d{4,8})(?![\p{L}\p{N}]|[.,:/-]\d)(?=[ \t]*(?:$|\r?\n|[),;.!]))`,
  'gmu',
);
const MORE_PLACE = new RegExp(String.raw`^(?:${MORE_PLACES})s?$`, 'iu');
const isPlace = (word: string): boolean => CODE_PLACE.test(word) || MORE_PLACE.test(word);

function findCodesAfterAnArrow(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ARROW.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ARROW.exec(text)); ) {
    const value = m[2]!;
    if (!isPlace(m[1]!) || /^(\d)\1+$/.test(value)) continue;
    // Under a note's label on its line ("for the cover staff: boiler room -> 5824"), which says who the codes are for;
    // a bare list of places and numbers ("- kiln room -> 6614") holds capacities and counts as often (BC's round).
    const lead = text.slice(Math.max(0, m.index - 80), m.index);
    const line = lead.slice(lead.lastIndexOf('\n') + 1);
    if (!/:[^:\d]*$/.test(line)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const CODES_AFTER_AN_ARROW_FINDERS: readonly Finder[] = [{ name: 'codes-after-an-arrow', find: findCodesAfterAnArrow }];
