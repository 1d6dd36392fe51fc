import type { Finder, SecretSpan } from './rules';

/**
 * A code read twice over a radio or a phone, as dispatchers confirm digits (AM's round): "BASE: 381203, repeat
 * 381203", "the gate is 4471, I say again 4471", "código 2290, repito, 2290". The same four to eight digits on both
 * sides of a word for "repeat" or "again" (in a dozen languages), and a code's, a PIN's, an alarm's or a door's word
 * in the 120 characters before: a number said twice with nothing naming a code (a phone number, a flight) is left.
 */
const READ_BACK =
  /(?<![\p{L}\p{N}_.,-])(\d{4,8}),?[ \t]+(?:repeat(?:ing)?|i[ \t]+say[ \t]+again|say[ \t]+again|again|once[ \t]+more|confirm|ich[ \t]+wiederhole|wiederhole|noch(?:mal|[ \t]+einmal)|je[ \t]+r[ée]p[èe]te|r[ée]p[èe]te|repito|ripeto|repito|herhaal|ik[ \t]+herhaal|powtarzam|повторяю|повтор)[ \t]*[,:;]?[ \t]*\1(?![\p{L}\p{N}_]|[.,]\d)/giu;
const NAMES_CODE =
  /(?<![\p{L}])(?:codes?|pin|passcode|password|combo|combination|alarm|alm|door|gate|keypad|lock|safe|c[óo]digo|codice|kod\p{L}*|код\p{L}*|t[üu]r|tor|porte?|puerta|cancello|portail)(?![\p{L}])/iu;

function findReadBackCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d{4}/.test(text)) return spans;
  READ_BACK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = READ_BACK.exec(text)); ) {
    if (!NAMES_CODE.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const digits = m[1]!;
    spans.push({ start: m.index, end: m.index + digits.length, label: 'password' });
    const again = m.index + m[0].length - digits.length;
    spans.push({ start: again, end: again + digits.length, label: 'password' });
  }
  return spans;
}

export const READ_BACK_CODE_FINDERS: readonly Finder[] = [{ name: 'read-back-codes', find: findReadBackCodes }];
