import { anchoredFinder } from './anchored-finder';
import { type Finder, type RegexRule } from './rules';

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

export const ONE_TIME_CODE_FINDERS: readonly Finder[] = [anchoredFinder(ONE_TIME_CODE, CODE_NAME_START)];
