import type { SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * BW's round (BV left the same family for a Wi-Fi change): the other value of a password's change, beside a password
 * found by another rule, where the change is written with an arrow or a bracket and no password's word stands by the
 * second value: "now <found> (was …)", "<found> → …", "changed from … → <found>",
 * "<found> (old: …)". The old value still opens whatever was not moved to the new one, and people reuse it. Only the
 * value right across the arrow or inside the bracket is read, and only with a password's shape: three kinds of
 * characters, or letters of both cases and digits; no version, path, link or file name.
 */
const V = String.raw`([^\s()<>"'\x60]{6,64}?)`;
/** After the found value: "(was V)", "(prev: V)", "(old one V)", or an arrow and V. */
const AFTER = new RegExp(String.raw`^(?:[ \t]*\([ \t]*(?:was|previously|prev(?:ious)?|old(?:[ \t]+one)?|formerly|before)[ \t]*[:=]?[ \t]*${V}[ \t]*\)|[ \t]*(?:→|⇒|->|=>|⟶)[ \t]*${V}(?=[ \t]*(?:$|[\n,;()]|\.(?:\s|$)))|[ \t]+instead[ \t]+of[ \t]+${V}(?=[ \t]*(?:$|[\n,;()]|\.(?:\s|$))))`, 'iu');
/**
 * Before it: "from", V and an arrow ("changed from V → "). Without "from" the value before an arrow is as often the
 * network's name a Wi-Fi key is given for ("TP-Link_9F6E → …").
 */
const BEFORE = new RegExp(String.raw`(?<![\p{L}])from[ \t]+${V}[ \t]*(?:→|⇒|->|=>|⟶)[ \t]*$`, 'iu');
/**
 * BX's round (BW left "prev=… new=…"): the other value before the found one, told as the old one: "prev=V new=<found>",
 * "old: V, new: <found>", and the new value before the old one: "V (was <found>)", "will be V instead of <found>".
 */
const OLD_LABELLED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:prev(?:ious)?|old|before|was)[ \t]*[=:][ \t]*${V}[ \t]*[,;|]?[ \t]+(?:(?:new|now|current|after)[ \t]*[=:][ \t]*)?$`, 'iu');
/**
 * CE's round: the change told in words, the old value before the found one: "changed … from V to <found>", "old one
 * was V, new one is <found>". Here a value of letters and digits is read too ("stedman1972"): the sentence says it was
 * the same thing's value.
 */
const FROM_V_TO = new RegExp(String.raw`(?<![\p{L}])from[ \t]+${V}[ \t]+to[ \t]+$`, 'iu');
const OLD_ONE_WAS_V = new RegExp(
  String.raw`(?<![\p{L}])old(?:[ \t]+(?:one|password|pw))?[ \t]+was[ \t]+${V}[ \t]*[,;]?[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?new(?:[ \t]+(?:one|password|pw))?[ \t]+is[ \t]+$`,
  'iu',
);
const NEW_BEFORE_INSTEAD_OF = new RegExp(String.raw`(?<![^\s:])${V}[ \t]+instead[ \t]+of[ \t]+$`, 'iu');
const NEW_BEFORE_A_WAS_BRACKET = new RegExp(String.raw`(?<![^\s:])${V}[ \t]*\([ \t]*(?:was|previously|prev(?:ious)?|old(?:[ \t]+one)?|formerly|before)[ \t]*[:=]?[ \t]*$`, 'iu');
/**
 * A value of no words before an arrow: "fN2nqJI7V3 → <found>". A network's name, which a Wi-Fi key's arrow follows,
 * holds a word ("TP-Link_9F6E", "Vodafone-A3F2"), so only a value with no three small letters in a row is read here.
 */
const WORDLESS_BEFORE_AN_ARROW = new RegExp(String.raw`(?<![^\s:])${V}[ \t]*(?:→|⇒|->|=>|⟶)[ \t]*$`, 'iu');

/** Letters and digits, eight or more, and no version's, path's, link's or file's shape. */
function lettersAndDigits(v: string): boolean {
  return passwordShaped(v) || (v.length >= 8 && /\p{L}/u.test(v) && /\d/.test(v) && !isPlaceholder(v) && !/\.[a-z]{2,5}$|^v?\d+(?:\.\d+)+|:\/\/|^[/\\~]/i.test(v));
}

function passwordShaped(v: string): boolean {
  if (isPlaceholder(v) || /\.[a-z]{2,5}$|^v?\d+(?:\.\d+)+|:\/\/|^[/\\~]/i.test(v)) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 3 && v.length >= 8;
}

export function findOtherValuesOfAChange(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = 200;
  const take = (start: number, value: string, shaped = passwordShaped) => {
    const end = start + value.length;
    if (!shaped(value) || taken.subarray(start, end).some((t) => t !== 0)) return;
    taken.fill(1, start, end);
    spans.push({ start, end, label: 'password' });
  };
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const after = AFTER.exec(text.slice(found.end, found.end + 80));
    if (after) {
      const value = (after[1] ?? after[2] ?? after[3])!.replace(/[.,;!]$/, (c) => (c === '!' ? c : ''));
      take(found.end + after[0].lastIndexOf(value), value);
    }
    const head = text.slice(Math.max(0, found.start - 80), found.start);
    const before = BEFORE.exec(head);
    if (before) take(found.start - head.length + before.index + before[0].indexOf(before[1]!), before[1]!);
    const old = OLD_LABELLED_BEFORE.exec(head) ?? NEW_BEFORE_INSTEAD_OF.exec(head) ?? (/^[ \t]*\)/.test(text.slice(found.end, found.end + 4)) ? NEW_BEFORE_A_WAS_BRACKET.exec(head) : null);
    if (old) take(found.start - head.length + old.index + old[0].indexOf(old[1]!), old[1]!);
    const told = FROM_V_TO.exec(head) ?? OLD_ONE_WAS_V.exec(head);
    if (told) take(found.start - head.length + told.index + told[0].indexOf(told[1]!), told[1]!, lettersAndDigits);
    const arrow = WORDLESS_BEFORE_AN_ARROW.exec(head);
    if (arrow && !/[a-z]{3}/.test(arrow[1]!)) take(found.start - head.length + arrow.index + arrow[0].indexOf(arrow[1]!), arrow[1]!);
  }
  return spans;
}
