import type { Finder, SecretSpan } from './rules';

/**
 * A PIN or a PUK right before its digits (AK's round): "operator pin 990554, engineer pin 274567", "my pin 4417",
 * "PIN1 5596 PUK1 85404649", "PIN: 0712"; and a PIN said earlier in the sentence with its digits after "it's" ("the
 * reader asks for the merchant pin sometimes, its 1416"). The word is international (PIN, PUK, "pin-kod", "PIN-Nummer")
 * and four to eight digits after it are what it opens with, whatever language the sentence is in.
 *
 * A board's or a chip's pin is a contact, not a code ("GPIO pin 13", "set pin 1234 high": a lower-case "pin" needs an
 * owner's or a role's word before it, or "is" or a colon after it); a "PIN
 * code" of six digits is an Indian postal code ("PIN code 560034 is Koramangala"); a count or a unit after the digits
 * is a quantity.
 */
const PIN_THEN_DIGITS =
  /(?<![\p{L}\p{N}_-])(pin|puk|pin-?(?:code|kod|kode|koodi|nummer|number|no)|pincode)[12]?(?:[ \t]+(?:is|was|ist|est|es|er|är|=|mak|ni|ye|je|se|ko|là|na|ndi|hemi|ket|ay|ang|wa|yw|jest|é|è|[ée]s|ez|dir|dır))?[ \t]*[:=#]?[ \t]*(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/giu;
const PIN_THEN_ITS =
  /(?<![\p{L}\p{N}_-])(?:pin|puk|passcode)(?![\p{L}\p{N}])[^.!?\n\d]{0,48}?[ \t,;—–-](?:it['’]?s|it[ \t]+is)[ \t]+(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/giu;
const CONTACT_BEFORE = /(?:gpio|header|connector|digital|analog|analogue|output|input|data|ground|gnd|reset|tx|rx|led|power|pcb|chip|board|socket|plug|bent|postal|zip|area)[ \t-]*$/iu;
const OWNER_BEFORE =
  /(?<![\p{L}])(?:my|your|his|her|our|their|the[ \t]+\p{L}+['’]s|operator|engineer|technician|merchant|manager|admin|administrator|user|supervisor|staff|master|service|installer|card|sim|bank|phone|mobile|atm|debit|credit|new|old|current|default|parent|child|app|account|voicemail)[ \t]+$/iu;
const UNIT_AFTER = /^[ \t]*(?:digits?|characters?|chars?|times|tries|attempts?|mm|cm|m|v|ma|ohms?|%)(?![\p{L}])/iu;

function push(spans: SecretSpan[], text: string, start: number, digits: string): void {
  if (/^(\d)\1+$/.test(digits) || UNIT_AFTER.test(text.slice(start + digits.length, start + digits.length + 14))) return;
  spans.push({ start, end: start + digits.length, label: 'password' });
}

function findPinNumbers(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/p(?:in|uk|asscode)/i.test(text)) return spans;
  PIN_THEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_THEN_DIGITS.exec(text)); ) {
    const word = m[1]!.toLowerCase();
    const digits = m[2]!;
    if (CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (/code$|^pincode$/.test(word) && digits.length === 6) continue;
    // A lower-case "pin" is a board's contact as often ("wire the LED to pin 1023", "set pin 1234 high"): only with an
    // owner's or a role's word before it ("my pin", "operator pin", "the card's pin"), or said with "is" or a colon.
    // A PUK, and a SIM's numbered PIN1 and PIN2, are a SIM's whatever their case.
    if (m[1] === m[1]!.toLowerCase() && !/^(?:puk|pin[12])/i.test(m[0]) && !OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !/(?:is|was|[:=])[ \t]*\d+$/.test(m[0])) continue;
    push(spans, text, m.index + m[0].length - digits.length, digits);
  }
  PIN_THEN_ITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_THEN_ITS.exec(text)); ) {
    if (CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    push(spans, text, m.index + m[0].length - m[1]!.length, m[1]!);
  }
  return spans;
}

export const PIN_NUMBER_FINDERS: readonly Finder[] = [{ name: 'pin-numbers', find: findPinNumbers }];
