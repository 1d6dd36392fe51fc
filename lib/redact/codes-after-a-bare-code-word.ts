import type { Finder, SecretSpan } from './rules';
import { PUBLIC_CODE_KINDS } from './codes-of-public-kinds';

/**
 * AQ's round: a code's digits right after the bare word "code", in whatever language or script the sentence around it
 * is written ("ᎦᎯᎶᏍᏗ code 4296843", "duwar code 788227", "ашә акод 8051 ауп", "бжэм икод 9278", "Your code: 159824",
 * "কোদ 8268 নি", "ကုဒ်ပါင်တံၚ် 120178"; Arabic's "secret number", الرقم السري, as a PIN is called, or its "secret" alone). The rules that know what the code opens read that word in a list of languages;
 * a stranger's language will have a word for the door that no list holds, but the code word itself is international
 * and borrowed (code, kod, код, کود, কোড, コード, 코드, ကုဒ်, รหัส), often with the language's article or possessive
 * written on it (Abkhaz а-, Adyghe и-, Arabic ال-), or its copula's vowel glued after the digits (Talysh "kod 59322e"). What the digits are is said by their place: the code word, at most
 * a colon, then four to eight digits that end their clause ("the code is 5512" with nothing named is left, as every
 * rule leaves it; a one-time, a verification or a backup code keeps its own rule and label).
 *
 * A code that names a thing, not what opens it, stands with its own word before "code" (an error's, a status's, a
 * postal area's — India's "PIN code" in any script, पिन कोड, ਪਿੰਨ ਕੋਡ — a product's, a discount's, a country's, a bank's,
 * a payment's authorisation, a registry's, an exam centre's) and is left; so are digits a measure, a date or a
 * longer number goes on from, and a text about programming (a code's "line 1234").
 */
const CODE =
  /(?<![\p{L}\p{M}\p{N}_-])(?:(?:а|и|ал|ال)?(?:code|kod|kód|kode|koodi|kodu|codice|c[óo]digo|код|кодъ|کود|کد|كود|קוד|कोड|কোড|কোদ|ਕੋਡ|કોડ|コード|코드|ကုဒ်|รหัส|ລະຫັດ|កូដ|passcode|digicode)|(?:ال)?(?:رقم|رلقم)?[ \t]?السري|الرقم)(?:[\p{sc=Myanmar}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{M}]{0,12})[ \t]*[:=：#]?[ \t]*(\d{4,8})(?:[aeəiıouy](?=[ \t]*(?:$|[,.;!?])))?(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]*(?:[-/]|\d))/giu;

/** What the code word names instead: its own word right before it (BW's round: the public kinds, `codes-of-public-kinds.ts`). */
const OTHER_CODE_BEFORE =
  new RegExp(String.raw`(?<![\p{L}])(?:${PUBLIC_CODE_KINDS}|verification|verify|one-?time|otp|sms|security|confirmation|login|access|2fa|activation|recovery|backup|gift|auth|authori[sz]ation|approval|appr|terminal|merchant|reg|registration|registry|company|vat|centre|center|exam|candidate|school|store|shop|site|venue|branch|department|dept|office|region|district|city|municipal\p{L}*|pin|पिन|पिंन|ਪਿੰਨ|পিন|पिनकोड|डाक|हुलाक|পোস্ট|पोस्ट|ডাক|шуудан\p{L}*|почтов\p{L}*|пошт\p{L}*|posta|error|err|exit|status|http|response|return|decline|declined|reason|fault|failure|event|tracking|zip|postal|post|postcode|area|country|dial(?:ling)?|calling|iso|product|item|sku|article|course|class|module|unit|subject|promo|promotional|discount|coupon|voucher|referral|invite|invitation|source|qr|bar|swift|bic|bank|sort|branch|routing|tax|hs|naics|sic|icd|diagnosis|billing|zone|station|stop|airport|iata|icao|flight|booking|confirmation|reference|ref|order|colou?r|hex|pantone|style|model|part|serial|batch|lot|job|project|cost|account|customer|client|member|employee|staff|student|tariff|customs|program|programme|series|ticket|case|incident|fehler|erreur|código[ \t]+de[ \t]+error|postale?|postal\p{L}*|почтов\p{L}*|ошибк\p{L}*|エラー|에러|오류|错误|錯誤|邮政|郵便)\p{L}{0,12}[ \t:#[(.-]*$`, 'iu');

/** A text about programs, where "code 1234" is a line or a listing's number. */
const PROGRAMMING = /(?<![\p{L}])(?:line|lines|source|compile\p{L}*|function|stack|exception|traceback|script|repo|github|commit|python|javascript|java|rust|golang|c\+\+|snippet|syntax|bug|debug\p{L}*)(?![\p{L}])/iu;

function findCodesAfterABareCodeWord(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/السري|cod|kod|код|کود|کد|كود|קוד|कोड|কো|ਕੋਡ|કોડ|コード|코드|ကုဒ်|รหัส|ລະຫັດ|កូដ/i.test(text)) return spans;
  CODE.lastIndex = 0;
  let programming: boolean | null = null;
  for (let m: RegExpExecArray | null; (m = CODE.exec(text)); ) {
    const digits = m[1]!;
    if (/^(\d)\1+$/.test(digits) || /^(?:19|20)\d\d$/.test(digits)) continue;
    if (OTHER_CODE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // A discount's terms after the digits ("use code 4412 for 20% off").
    if (/^[^.\n]{0,20}(?:%|\boff\b|checkout)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // A measure or a count after the digits ("code 1500 mg", "code 2000 times").
    if (/^[ \t]*(?:€|\$|£|%|km|kg|cm|mm|mg|ml|m|g|l|x|times|digits?|chars?|characters?|lines?|bytes?|words?)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    programming ??= PROGRAMMING.test(text);
    if (programming) continue;
    const start = m.index + m[0].lastIndexOf(digits);
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  return spans;
}

/**
 * A number named by what it opens, with no code word: a safe's, a door's, a gate's or a key's number, the opener and the
 * word for a number side by side, a genitive particle between if the language writes one ("금고 번호 08618", "門ぬ番号や
 * 070943", "kagi nu bango ya 0264", "སྒོ་ཨང་ 37302"), four to eight digits that end their clause. A locker's or a
 * house's number is where it stands, not what opens it: a locker is read only with a combination's word, and the
 * Chinese 门 not at all (门号 is a street number). AR's round: a locker's "number" of five digits or more is its code
 * ("新しいロッカーの番号：429444"): no changing room numbers its lockers so high.
 */
const OPENER_NUMBER =
  /(?:(?:(?<![\p{L}\p{M}])(?:금고|문|현관|대문|도어|kagi|safe|lockbox|key[ \t-]?box|སྒོ་?|ཁང་སྒོ་?)|門|ドア|扉|玄関|金庫|金库|保险柜|保險櫃|保险箱|保險箱)(?:[ \t]?(?:의|ぬ|の|的|nu|no)[ \t]?)?[ \t]*(?:번호|비번|番号|号码|號碼|密码|密碼|bang[oō]|ཨང་|combination|combo)|(?:사물함|ロッカー|储物柜|置物櫃|(?<![\p{L}])locker)(?:[ \t]?(?:의|の|的)[ \t]?)?[ \t]*(?:비번|密码|密碼|暗証番号|combination|combo|(?:번호|番号|号码|號碼|number|nummer|numéro|número)(?=[ \t]?(?:는|은|や|は|是|is)?[ \t]*[:：]?[ \t]*\d{5})))(?:[ \t]?(?:는|은|や|は|是|ya|wa|is))?[ \t]*[:：]?[ \t]*(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]*\d)/giu;

function findOpenerNumbers(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  OPENER_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = OPENER_NUMBER.exec(text)); ) {
    const digits = m[1]!;
    if (/^(\d)\1+$/.test(digits)) continue;
    const start = m.index + m[0].length - digits.length;
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  return spans;
}

export const CODES_AFTER_A_BARE_CODE_WORD_FINDERS: readonly Finder[] = [
  { name: 'codes-after-a-bare-code-word', find: findCodesAfterABareCodeWord },
  { name: 'opener-numbers', find: findOpenerNumbers },
];
