import { regexFinder, windowedFinder, type Finder, type RegexRule, type SecretSpan } from './rules';

/**
 * A PIN, a password or a code named in a language with its own script, or one whose words the other code rules do
 * not read, joined to its number by that language's way of saying "is": Arabic "الرقم السري 9559", "رمز باب العمارة
 * هو 60261"; Hebrew "הקוד לשער של הגן הוא 8662"; Japanese "暗証番号は 3104 です" (no spaces between words);
 * Korean "자물쇠 비밀번호는 122"; Chinese "大门密码是 6629#"; Turkish "Kapı şifresi 49925" (the verb comes last, so the number follows the name);
 * Hindi "OTP 589178 आया है". The name must say secret code or password (not "code" alone, where Arabic رمز is a
 * symbol and Turkish kod an error's number too); the bare number without such a name is left alone.
 */

/** Arabic and Hebrew names, written right to left; Arabic may join "and"/"with" (و، ب، ل) to the front of a word. */
const RTL_NAME =
  '(?:[وبل]?(?:ال)?(?:رقم|رمز)[ \\t]+(?:ال)?سري|[وبل]?كلمة[ \\t]+(?:المرور|السر)|[وبل]?(?:ال)?رمز[ \\t]+(?:ال)?(?:دخول|باب|البوابة|الباب|القفل|الخزنة)|' +
  '[וב]?ה?קוד|[וב]?ה?סיסמ[הא]|מספר[ \\t]+ה?מנעול|ה?קוד[ \\t]+ה?סודי)';
/** Arabic and Hebrew "is" (he/she/it as the copula). */
const RTL_IS = '(?:هو|هي|הוא|היא|זה)';
/** Up to seven words between the name and the verb: whose it is and what it opens. */
const RTL_WORDS = '(?:[ \\t]+[^\\s\\d.!?,،؟:：()]{1,20}){0,7}?';

/** Japanese and Korean names; the topic or subject particle after them (は、が; 는、은、가、이) stands for "is". */
// Chinese: password, door-entry code, gate code (密码/密碼, 门禁码/門禁碼, 开门码/開門碼).
const CJK_NAME = '(?:密码|密碼|门禁码|門禁碼|开门码|開門碼|暗証番号|暗証コード|セキュリティコード|解除コード|パスワード|ロック番号|PINコード|비밀번호|비번|암호|핀번호|PIN[ \\t]?번호)';
// BE's round: colloquial and dialect topic markers in Japanese: "って" everywhere ("暗証番号って4821"), Tōhoku's and
// Tsugaru's "だば" ("暗証番号だば4821だじゃ").
const CJK_PARTICLE = '(?:は|が|って|だば|는|은|가|이|是|为|為)';

/** Turkish names: the password of a thing (şifresi), my password (şifrem), the PIN code; Hindi and English OTP. */
const VERB_LAST_NAME = '(?:şifre(?:si|m|miz|niz)?|sifre(?:si|m)?|pin[ \\t]+kodu|kapı[ \\t]+kodu|OTP|ओटीपी)';

/**
 * Three to twelve digits, a keypad's # or * allowed, not part of a longer number, date or version. Japanese, Chinese
 * and Korean run the next word on with no space ("暗証番号は4821です", "비밀번호 4821입니다"): a letter of those
 * scripts may follow.
 */
const NUMBER =
  '(?<![\\p{N}])(\\d{3,12})[#*]?(?!(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}])[\\p{L}\\p{N}_]|[.,:/-]\\d)';

/** Words that make the number something else: an error, a postal code, a count, a status, a year, a length. */
const NOT_A_CODE =
  /خطأ|بريدي|שגיאה|מיקוד|エラー|郵便|桁|오류|우편|자리|位|错误|錯誤|邮编|郵遞|hata|posta|hane|haneli|karakter|त्रुटि|अंक|error|digits?|status|http/iu;

/** The number (the match's last group), unless it is short or words in or right after the match make it no code. */
function numberAfterName(m: RegExpExecArray, text: string, minDigits: number): SecretSpan | null {
  const value = m[m.length - 1]!;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (value.length < minDigits || NOT_A_CODE.test(m[0]) || NOT_A_CODE.test(after)) return null;
  const start = m.indices![m.length - 1]![0];
  return { start, end: start + value.length, label: 'password' };
}

const RTL_CODE: RegexRule = {
  name: 'rtl-code',
  // Words between the name and the number only with the verb or a colon: a bare name must stand right before it.
  pattern: new RegExp(
    `(?<![\\p{L}\\p{M}])${RTL_NAME}(?:(${RTL_WORDS})(?:[ \\t]*[:：][ \\t]*|[ \\t]+${RTL_IS}[ \\t]+)|[ \\t]*[:：]?[ \\t]*)${NUMBER}`,
    'dgu',
  ),
  judge(m, text) {
    return numberAfterName(m, text, 4);
  },
  resumeAfterReject: (m) => m.index + 1,
};

const CJK_CODE: RegexRule = {
  name: 'cjk-code',
  pattern: new RegExp(`${CJK_NAME}(?:[ \\t]*${CJK_PARTICLE})?[ \\t]*[:：]?[ \\t]*${NUMBER}`, 'dgu'),
  judge(m, text) {
    return numberAfterName(m, text, 3);
  },
};

const VERB_LAST_CODE: RegexRule = {
  name: 'verb-last-code',
  pattern: new RegExp(`(?<![\\p{L}\\p{N}_])${VERB_LAST_NAME}(?![\\p{L}\\p{N}_])[ \\t]*[:：]?[ \\t]*${NUMBER}`, 'dgiu'),
  judge(m, text) {
    // OTP in capitals only, and a one-time code's four to eight digits.
    if (/otp/i.test(m[0]) && (!/OTP|ओटीपी/u.test(m[0]) || m[1]!.length < 4 || m[1]!.length > 8)) return null;
    return numberAfterName(m, text, 4);
  },
};

/** A cheap look for the scripts first: most text holds none of them, and is then never scanned by the rules. */
const RTL_SCRIPT = /[\u0590-\u05ff\u0600-\u06ff]/;
const CJK_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

function whenScript(script: RegExp, rule: RegexRule): Finder {
  const finder = regexFinder(rule);
  return { name: rule.name, find: (text) => (script.test(text) ? finder.find(text) : []) };
}

export const CODES_IN_MORE_SCRIPTS_FINDERS: readonly Finder[] = [
  whenScript(RTL_SCRIPT, RTL_CODE),
  whenScript(CJK_SCRIPT, CJK_CODE),
  windowedFinder(VERB_LAST_CODE, /şifre|sifre|kodu|OTP|ओटीपी/giu, 8, 0),
];
