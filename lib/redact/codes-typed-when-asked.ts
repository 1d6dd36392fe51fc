import type { Finder, SecretSpan } from './rules';

/**
 * BC's round: a PIN or a code that a screen or a device asked for, told as what the writer typed in answer:
 * "Moonlight pairing on the office screen asked for a PIN, I typed 5132 and it paired", "the keypad wanted a code so
 * I punched in 4471", "it prompted for the passcode and I entered 90210". The ask names a PIN, a passcode, a code or a
 * password; in the same sentence (40 characters on at most) a verb of typing in the past, then four to eight digits:
 * what was asked for. Not a year, not one digit repeated, not a part of a longer number or an amount.
 */
const ASKED_THEN_TYPED =
  /(?<![\p{L}])(?:asked|asks|asking|prompted|prompts|wanted|wants|requested|requests)[ \t]+(?:me[ \t]+)?for[ \t]+(?:(?:a|an|the|my|its|their)[ \t]+)?(?:[\p{L}-]{1,20}[ \t]+){0,2}?(?:PIN|pin[ \t]?code|passcode|pass[ \t]?code|code|password)(?![\p{L}])[^.!?\n\d]{0,40}?(?<![\p{L}])(?:typed(?:[ \t]+in)?|entered|put[ \t]+in|keyed[ \t]+in|punched[ \t]+in|tapped[ \t]+in)[ \t]+(\d{4,8})(?![\p{N}]|[.,:/-]\d|[ \t]*(?:€|\$|£|%))/dgiu;

function findCodesTypedWhenAsked(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ASKED_THEN_TYPED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASKED_THEN_TYPED.exec(text)); ) {
    const code = m[1]!;
    if (/^(?:19|20)\d\d$|^(\d)\1+$/.test(code)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const CODES_TYPED_WHEN_ASKED_FINDERS: readonly Finder[] = [
  { name: 'codes-typed-when-asked', find: findCodesTypedWhenAsked, trigger: /asked|asks|asking|prompted|prompts|wanted|wants|requested|requests/i },
];
