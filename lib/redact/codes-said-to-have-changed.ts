import type { Finder, SecretSpan } from './rules';

/**
 * AX's round: a list's item that gives a place and four to eight digits, with a note that the number was changed:
 * "* control room: 6098 (changed Sept)", "- workshop: 07436 (changed in spring)", "stock cage — 5521 (reset last
 * week)". A handover or a closing card names the door by its room alone; what makes the number a code is the note:
 * codes are changed, reset and rotated, a room's or a phone's number is not. The label before it must not name another
 * kind of number (a phone's, a price's, a count's, an order's).
 */
const CHANGED_CODE =
  /^[ \t]*(?:[*•·-][ \t]+)?([\p{L}][\p{L}\p{N} &'’./-]{0,40}?)[ \t]*(?::|—|–|-|=)[ \t]*(\d{4,8})[#*]?[ \t]+\((?:changed|reset|updated|rotated|new|set)(?![\p{L}])/dgimu;
const OTHER_NUMBER =
  /(?<![\p{L}])(?:phone|tel|mobile|cell|fax|ext|extension|number|no|nr|price|cost|total|budget|rent|salary|fee|count|qty|quantity|capacity|headcount|limit|score|mileage|odometer|km|miles|order|invoice|ref|ticket|case|account|po|zip|postcode|year|version|build|port|pid)\.?$/iu;

function findCodesSaidToHaveChanged(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CHANGED_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHANGED_CODE.exec(text)); ) {
    const digits = m[2]!;
    if (OTHER_NUMBER.test(m[1]!.trim()) || /^(?:19|20)\d\d$/.test(digits) || /^(\d)\1+$/.test(digits)) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const CODES_SAID_TO_HAVE_CHANGED_FINDERS: readonly Finder[] = [{ name: 'codes-said-to-have-changed', find: findCodesSaidToHaveChanged, trigger: /\((?:changed|reset|updated|rotated|new|set)/i }];
