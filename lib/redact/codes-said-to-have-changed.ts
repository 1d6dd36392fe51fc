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

/**
 * BT's round: a code said to have been changed, both values given in the frames people report a change in: "changed
 * from 4417 to 90213", "changed the wifi from … to …", "is now 5520 (was 8810)", "is 3302 now, not 7714", "changed to 6604, the old 1288 …", "is 2209
 * again, … put it back from 5521". Both values are secrets: the old one often still opens, or opens elsewhere. The
 * sentence before the frame must name what the code opens or the code itself (a gate, a door, a lock, a safe, an
 * alarm, the Wi-Fi, a phone or a tablet, a code, a PIN, a password); a meeting, a price or a bus changed from one
 * number to another names none. The values are three to eight digits (not a year) or a Wi-Fi key's run of eight to
 * sixty-three letters and digits, both in it.
 */
// BU's round: "went from A to B" too, and a dial's numbers joined by middle dots as a value ("28·15·24").
const V = String.raw`(\d{1,2}(?:·\d{1,2}){2,3}|\d{3,8}|(?=[a-z\d]*[a-z])(?=[a-z\d]*\d)[a-z\d]{8,63})`;
const CHANGE_FRAMES = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:changed|switched|reset|updated|moved|went|(?:has|have)[ \t]+gone)(?:[ \t]+(?:it|the[ \t]+[\p{L}-]{2,20}))?[ \t]+from[ \t]+${V}[ \t]+to[ \t]+${V}(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])(?:is|['’]s)[ \t]+now[ \t]+${V}[ \t]*\([ \t]*(?:was|used[ \t]+to[ \t]+be|old(?:[ \t]+one)?:?)[ \t]+${V}[ \t]*\)`,
    String.raw`(?<![\p{L}])(?:is|['’]s)[ \t]+${V}[ \t]+now,?[ \t]+not[ \t]+${V}(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])(?:changed|reset|set)[ \t]+to[ \t]+${V},?[ \t]+the[ \t]+old[ \t]+(?:(?:one|code|pin)[ \t]+)?${V}(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])(?:is|['’]s)[ \t]+${V}[ \t]+again,?[^.!?\n]{0,60}?(?:put|set|changed)[ \t]+it[ \t]+back[ \t]+from[ \t]+${V}(?![\p{L}\p{N}])`,
  ].join('|'),
  'dgiu',
);
const OPENS_OR_CODE =
  /(?<![\p{L}])(?:gates?|doors?|locks?|padlocks?|safes?|key[ \t-]?safe|lock[ \t-]?box|alarm|keypad|pad|shed|garage|wi-?fi|phone|i?pad|tablet|laptop|codes?|pins?|passcode|password|combination|combo)(?![\p{L}])/iu;

const OTHER_CODE = /(?<![\p{L}])(?:area|post(?:al)?|zip|dial(?:ling)?|country|sort|tax|product|promo|discount|error|status|tracking|booking|reference)[ \t]+(?:codes?|numbers?)(?![\p{L}])/iu;

function findCodesChangedFromOneToAnother(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CHANGE_FRAMES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHANGE_FRAMES.exec(text)); ) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?][ \t](?!.*[.!?][ \t])/su)) + 1);
    if (!OPENS_OR_CODE.test(sentence) && !OPENS_OR_CODE.test(m[0])) continue;
    // A code of another kind ("our area code changed from 0161 to 0162"), or a value a unit follows ("… years ago").
    if (OTHER_CODE.test(sentence + m[0]) || /^[ \t]*(?:years?|months?|days?|hours?|minutes?|mins?|%|km|miles?|kg|people|times)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const values: [number, number][] = [];
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) values.push(m.indices![i]!);
    if (values.some(([s, e]) => /^(?:19[5-9]\d|20[0-4]\d)$/.test(text.slice(s, e)))) continue;
    for (const [start, end] of values) spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const CODES_SAID_TO_HAVE_CHANGED_FINDERS: readonly Finder[] = [
  { name: 'codes-said-to-have-changed', find: findCodesSaidToHaveChanged, trigger: /\((?:changed|reset|updated|rotated|new|set)/i },
  { name: 'codes-changed-from-one-to-another', find: findCodesChangedFromOneToAnother, trigger: /from|now|old|again/i },
];
