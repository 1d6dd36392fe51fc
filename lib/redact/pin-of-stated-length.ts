import type { Finder, SecretSpan } from './rules';

/**
 * A PIN or code whose length the text states, then a number of exactly that length given soon after, in the same
 * sentence or the next: "The car wants a 4-digit PIN for valet mode. Office told me 6431 but it doesn't work", "die
 * App verlangt eine 6-stellige PIN, ich habe 804112 eingegeben", "un code à 4 chiffres … j'ai essayé 7719". The stated
 * length is what ties the number to the PIN; a year, a price, a time or a count (a unit after it) is another number.
 */
const WORDS: Record<string, number> = { four: 4, five: 5, six: 6, seven: 7, eight: 8, vier: 4, fünf: 5, sechs: 6, quatre: 4, cinq: 5, cuatro: 4, cinco: 5, seis: 6, quattro: 4, sei: 6 };

/** "4-digit PIN", "six digit passcode", "6-stellige PIN", "code à 4 chiffres", "PIN de 4 dígitos", "4-cijferige pincode", "4-значный код". */
const STATED =
  /(?<![\p{L}\p{N}])(?:(\d{1,2}|four|five|six|seven|eight|vier|fünf|sechs)[ \t-]*(?:digit|figure|number|stellige[nr]?|cijferige|siffrig[ae]?|sifret|cyfrowy|значный|значн\p{L}*)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:pin|pins|passcode|code|pincode|pin-?code|kode|kod|код|пин)|(?:pin|passcode|code|c[óo]digo|codice|pin-?code)[ \t]+(?:à|a|de|di|van|med|z|из)[ \t]+(\d{1,2}|quatre|cinq|cuatro|cinco|seis|quattro|sei)[ \t]+(?:chiffres|d[íi]gitos|cifre|cijfers|siffror|cyfr|цифр))(?![\p{L}])/giu;

const REACH = 160;
/** A number of each length from four to eight, built once. */
const NUMBER_OF_LENGTH: Record<number, RegExp> = Object.fromEntries(
  [4, 5, 6, 7, 8].map((n) => [n, new RegExp(String.raw`(?<![\p{L}\p{N}_.,:/+#-])\d{${n}}(?![\p{N}_]|[.,:/-]\d)`, 'u')]),
);
/** A unit, a count or a time after the number makes it another kind. */
const UNIT_AFTER = /^[ \t]*(?:[%€$£¥]|[ap]\.?m\b|h\b|hours?|mins?|minutes?|times?|years?|days?|km|kg|euros?|dollars?|pounds?|version|model|[.:,/-]\d)/iu;

function findStatedLengthPins(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/digit|stellig|chiffres|d[íi]gitos|cifre|cijfer|siffr|sifret|cyfr|значн|цифр/i.test(text)) return spans;
  STATED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STATED.exec(text)); ) {
    const said = (m[1] ?? m[2]!).toLowerCase();
    const length = WORDS[said] ?? Number(said);
    if (!(length >= 4 && length <= 8)) continue;
    let window = text.slice(m.index + m[0].length, m.index + m[0].length + REACH);
    // The same sentence and the next one, no further (a stop then a capital or a line's end closes a sentence).
    const stops = [...window.matchAll(/[.!?](?=\s)|\n\s*\n/g)];
    if (stops.length > 1) window = window.slice(0, stops[1]!.index);
    const number = NUMBER_OF_LENGTH[length]!.exec(window);
    if (!number) continue;
    const before = window.slice(0, number.index);
    // A rule, an example or a blank ("such as 1234", "not 0000"), or a number of another kind named before it.
    if (/(?<![\p{L}])(?:like|such|e\.g|example|avoid|not|never|default|except|ends?[ \t]+(?:in|with)|last|room|flat|floor|order|invoice|phone|year|since|in)[ \t]*$/iu.test(before)) continue;
    if (UNIT_AFTER.test(window.slice(number.index + length)) || /^(\d)\1+$/.test(number[0]) || /^(?:19|20)\d\d$/.test(number[0])) continue;
    const start = m.index + m[0].length + number.index;
    spans.push({ start, end: start + length, label: 'password' });
  }
  return spans;
}

export const PIN_OF_STATED_LENGTH_FINDERS: readonly Finder[] = [{ name: 'pin-of-stated-length', find: findStatedLengthPins }];
