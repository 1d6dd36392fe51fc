import { anchoredFinder } from './anchored-finder';
import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A one-time code received by text message or e-mail and quoted: "I got the code 507751 by SMS", "Recibí el código
 * 507751 por SMS para confirmar", "mein Bestätigungscode ist 4821 93". Valid for minutes, it still opens the account
 * or confirms the payment it was sent for while it is. Only where the sentence says how it came or what it confirms:
 * a "code 404" elsewhere is an error or a line number.
 */
const CODE_WORD =
  /(?<![\p{L}\p{N}_])(?:(?:verification|confirmation|security|login|sign[- ]?in|one[- ]time|otp|sms|2fa|mfa)[ \t]+code|code|código|codigo|codice|Bestätigungscode|Sicherheitscode|Code|OTP|TAN|mTAN|kod)(?:[ \t]+(?:is|was|ist|es|era|è|de|von|from))?[ \t]*:?[ \t]*(\d{4,8})(?![\p{L}\p{N}_])/dgiu;

/** How a one-time code comes, or what it confirms. */
const ONE_TIME_CONTEXT =
  /(?<![\p{L}])(?:sms|text(?:ed)?[ \t]+(?:me|message)|whatsapp|otp|2fa|mfa|one[- ]time|verif\w*|confirm\w*|bestätig\w*|autoriz\w*|authori[sz]\w*|login|log[ \t]+in|sign[- ]?in|anmeld\w*|transfer\w*|überweisung|payment|pago|zahlung)(?![\p{L}])/iu;

const ONE_TIME_CODE: RegexRule = {
  name: 'one-time-code',
  pattern: CODE_WORD,
  judge(m, text) {
    const start = m.indices![1]![0];
    const end = start + m[1]!.length;
    // The sentence around it: to the nearest full stop, question mark or line break, at most 120 characters each way.
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const after = text.slice(end, end + 120);
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?][^.!?]*$/)) + 1) + after.split(/[\n.!?]/)[0];
    return ONE_TIME_CONTEXT.test(sentence) ? { start, end, label: 'recovery code' } : null;
  },
};

/** Where a code's name begins: the words the pattern opens with (`anchored-finder.ts`). */
const CODE_NAME_START = /verification|confirmation|security|login|sign[- ]?in|one[- ]time|otp|sms|2fa|mfa|code|c[óo]dig[oi]|codice|Bestätigungscode|Sicherheitscode|TAN|mTAN|kod/gi;

/**
 * A code a text message opens with, as services write them: "565166 is your verification code", "G-481516 is your
 * Google verification code", "123456 es tu código de Instagram", "482913 ist dein Bestätigungscode". The message
 * names the code as the reader's own, so no other words are needed; "1080 is your resolution" names no code.
 */
const CODE_IS_YOURS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(?:[A-Z]-)?(\d{4,8})[ \t]+(?:is[ \t]+your|es[ \t]+tu|es[ \t]+su|ist[ \t]+dein|ist[ \t]+Ihr|est[ \t]+votre|est[ \t]+ton|è[ \t]+il[ \t]+tuo|is[ \t]+je|é[ \t]+o[ \t]+seu|é[ \t]+o[ \t]+teu|to[ \t]+twój)` +
    String.raw`(?:[ \t]+[\p{L}\p{N}-]{1,20}){0,3}?[ \t]+(?:(?:verification|confirmation|security|login|sign-?in|one-time|access|authentication|2FA)[ \t]+)?(?:code|código|codigo|Code|codice|kod|OTP|PIN|passcode|TAN|[\p{L}]*(?:code|kod|codice|Code))(?![\p{L}\p{N}_])`,
  'dgu',
);

const NOT_A_ONE_TIME_CODE = /(?<![\p{L}])(?:zip|postal|post|postcode|area|country|dial(?:ling)?|promo|discount|coupon|referral|invite|voucher|error|status|product|tracking|tax|colou?r)(?![\p{L}])/iu;

const CODE_OPENING_MESSAGE: RegexRule = {
  name: 'code-is-yours',
  pattern: CODE_IS_YOURS,
  judge(m) {
    // A code of another kind, named before "code": a postal or area code, a promo or referral code, an error's.
    if (NOT_A_ONE_TIME_CODE.test(m[0])) return null;
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'recovery code' };
  },
};

export const ONE_TIME_CODE_FINDERS: readonly Finder[] = [
  anchoredFinder(ONE_TIME_CODE, CODE_NAME_START),
  windowedFinder(CODE_OPENING_MESSAGE, /is[ \t]+your|es[ \t]+tu|es[ \t]+su|ist[ \t]+dein|ist[ \t]+Ihr|est[ \t]+votre|est[ \t]+ton|è[ \t]+il[ \t]+tuo|is[ \t]+je|é[ \t]+o[ \t]+seu|é[ \t]+o[ \t]+teu|to[ \t]+twój/giu, 12, 80),
];
