import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * A code read out in answer to a question that asks for it, in a transcript whose turns are named: "Agent: 'Can you
 * read me the code we just sent?' Customer: 'It's 872-528.'", "Support: What's the PIN on the account?\nCaller:
 * 4471". The question (the sentence before its `?`) must name a code, a PIN or a password, not a postal, area, promo,
 * error or product code; the answer opens the next named turn, after at most "it's", "sure", "yes" or "ok", and is
 * four to eight digits, or two groups of three or four joined by a dash or a space, as codes are read out.
 */
const QUESTION_THEN_ANSWER =
  /\?['"’”]?[ \t]*(?:\r?\n[ \t]*)?(\p{Lu}[\p{L}]{1,20}(?:[ \t]\p{Lu}[\p{L}]{1,20})?)[ \t]*:[ \t]*['"‘“]?(?:(?:[Ii]t['’]s|[Ii]t[ \t]+is|[Tt]hat['’]s|[Ss]ure|[Yy]es|[Yy]eah|[Oo]k|OK|[Oo]kay|[Uu]m|[Uu]h)[ \t]*,?[ \t]*){0,3}(\d{3,4}[- ]\d{3,4}|\d{4,8})(?=['"’”]|[.,!]?(?:\s|$|['"’”]))/dgu;

// AU's round: the big languages' words too (Vietnamese mã, mật khẩu; Russian код, пароль; Turkish kodu, şifre; Arabic
// رمز; Chinese 密码, 密碼; Japanese 暗証番号; Korean 비밀번호, 코드), as a group chat asks in them.
const NAMES_CODE =
  /(?<![\p{L}])(?:code|PIN|passcode|password|OTP|one-time|verification|c[óo]digo|codice|Code|kod|kode|kodu|mã|mật[ \t]+khẩu|код|пароль|şifre\p{L}*|رمز)(?![\p{L}])|密码|密碼|暗証番号|비밀번호|코드/iu;
const OTHER_CODE = /(?<![\p{L}])(?:postal|post|zip|area|promo|promotion|discount|coupon|error|product|tracking|order|reference|country|dialing|dialling|sort|tax|source)(?![\p{L}])/iu;

const ASKED_CODE_REPLY: RegexRule = {
  name: 'asked-code-reply',
  pattern: QUESTION_THEN_ANSWER,
  judge(m, text) {
    // The question: back to the sentence's start, or the turn's opening quote or colon, within 160 characters.
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const question = before.slice(Math.max(before.search(/[^.!?:'"‘“]*$/), 0));
    if (!NAMES_CODE.test(question) || OTHER_CODE.test(question)) return null;
    const value = m[2]!;
    if (/^(\d)\1+$/.test(value.replace(/[- ]/g, '')) || /^(?:19|20)\d\d$/.test(value)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'recovery code' };
  },
};

export const ASKED_CODE_REPLY_FINDERS: readonly Finder[] = [regexFinder(ASKED_CODE_REPLY)];
