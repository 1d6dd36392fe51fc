import { regexFinder, windowedFinder, type Finder, type RegexRule } from './rules';
import { strongPassword } from './password-colon';
import { FUNCTION, PROSE } from './prose-words';
import { onSeedList } from './seed';
import { looksLikeProsePassword, looksLikeRandomToken } from './values';

/**
 * Secrets a message gives by their place rather than by a password word right before them: a login written as
 * "e-mail / password" ("Bloomerang: maryam@stmarks.org / Fl0r3s276"), a Wi-Fi network and its password ("Wi-Fi:
 * cabin-guest / Bulan$2006"), a bank's "memorable word", a password the writer says they keep typing after a login
 * prompt ("I'm definitely typing Laut!2024"), a random token introduced as "Mine is …" after the header or key it
 * fills, a Tomcat-style session id in a log line, and passport numbers listed after "Passport numbers:".
 */

/** One unquoted value: no spaces, ends before closing punctuation. */
const VALUE = '(\\S{4,128}?)(?=[.,;:!?)\\]}]*(?:\\s|$))';

function passwordRule(name: string, pattern: RegExp, group: number, accept: (v: string) => boolean): RegexRule {
  return {
    name,
    pattern,
    judge(m) {
      const value = m[group]!;
      if (!accept(value)) return null;
      const start = m.indices![group]![0];
      return { start, end: start + value.length, label: 'password' };
    },
  };
}

/** A password is not a link, an e-mail address or a plain word: it has a digit or a symbol, or capitals inside. */
const passwordLike = (v: string) => looksLikeProsePassword(v);

/** "user@example.org / Secret123": an e-mail address, a slash with spaces around it, then a password-like value. */
const EMAIL_SLASH = passwordRule(
  'email-slash-password',
  new RegExp(`[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[ \\t]+/[ \\t]+${VALUE}`, 'dg'),
  1,
  // After an e-mail address and a slash, words run together need no test of their ending: no sentence goes on there.
  (v) => strongPassword(v) || generatedPassphrase(v) || /^\p{Ll}{15,40}$/u.test(v),
);

/**
 * A passphrase as password generators make them, words without digits: small words joined by hyphens, dots or
 * underscores ("tent-pelican-pelican"), or run together, fifteen letters or more that end in no suffix of a language's
 * long words ("pylonthistlecable", not "administration"); or a word, a number and words ("willow 96 zephyr").
 */
function generatedPassphrase(v: string): boolean {
  return (
    /^\p{Ll}{3,12}(?:[-._]\p{Ll}{3,12}){2,5}\d{0,4}$/u.test(v) ||
    (/^\p{Ll}{15,40}$/u.test(v) && !/(?:tion|sion|able|ible|ment|ness|ity|ally|ing|ed|ly|ies|ous|ive|ful|less|ism|ist|ship|hood|ization)$/.test(v)) ||
    /^\p{Ll}{3,12} \d{2,4}(?: \p{Ll}{3,12}){1,3}$/u.test(v)
  );
}

/**
 * "SSH : root / Silo!81$lantern", "admin / D0ex!23Hsz 로 로그인하면", "payroll@firm / Ledger!7341" as a chat's answer to
 * "who has the login?", "Technician left us: admin / 3jQpXWdaeB": a user name (any account name, or a name@org
 * without a domain), a slash with spaces around it, then a password beyond doubt, where the line or the line before
 * speaks of logging in. A slash between two words is a choice or a path as often ("Node / Deno", "TCP / IP"), so the
 * value must carry letters, a digit and a symbol no word or version carries, or be letters of both cases and digits
 * as a generator draws them (`pairPassword`), and the words around must name a login.
 */
const USER_SLASH: RegexRule = {
  name: 'user-slash-password',
  pattern: /(?<![\w.@/+-])[\p{L}\p{N}_][\p{L}\p{N}_.+-]{1,39}(?:@[\p{L}\p{N}_-]{2,30})?[ \t]+\/[ \t]+(\p{Ll}{3,12}(?: \p{Ll}{3,12}){1,5}\d{1,4}(?![\p{L}\p{N}])|[a-z]{3,12}(?: [a-z]{3,12}){2,5}(?=[ \t]*(?:[.,;!?)]|$))|[^\s"'“”<>()]{8,64}|\p{Ll}{3,12} \d{2,4}(?: \p{Ll}{3,12}){1,3}(?![\p{L}\p{N}])|\d{6,12}(?![\p{L}\p{N}.,/:-]\d?)|[a-z]{3,8}(?: [a-z]{3,8}){3,5}(?=[ \t]*(?:[.,;!?)]|$)))/dgmu,
  judge(m, text) {
    const value = m[1]!.replace(/[.,;:)\]}»”。、，،؛]+$/u, '');
    // A generated passphrase too (`generatedPassphrase`): the login words around decide, as for the rest. AO's round:
    // and what else a generator or a keypad gives, the login words deciding as well: a word run into digits
    // (`stenoconduct79`), words and a number joined by hyphens (`crucial-cheese-box-55`), six to twelve digits, a
    // phrase of list words (`connect afraid egg curious ask`).
    // AP's round: and three to six plain words, or words with a number run onto the last ("linen warbler mistnet",
    // "whistle buoy hydrant40"), none of English's prose or small words: the login words around decide, as for the rest.
    if (!pairPassword(value) && !generatedPassphrase(value) && !keypadOrListValue(value) && !plainWordsValue(value)) return null;
    const lead = text.slice(Math.max(0, m.index - 200), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split('\n')[0]!;
    // The value's line up to it and the line before (a chat's question: "who has the login for …?").
    const lastBreak = lead.lastIndexOf('\n');
    const lines = lastBreak < 0 ? lead : lead.slice(lead.lastIndexOf('\n', lastBreak - 1) + 1);
    if (!LOGIN_WORDS.test(lines) && !LOGIN_WORDS.test(after)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};
function plainWordsValue(v: string): boolean {
  const words = v.replace(/\d+$/, '').split(' ');
  if (words.length < (/\d$/.test(v) ? 2 : 3)) return false;
  return words.every((w) => /^\p{Ll}{3,12}$/u.test(w) && !PROSE.test(w) && !FUNCTION.test(w)) && !words.some((w) => w.length > 4 && /(?:ing|ed)$/.test(w));
}
function keypadOrListValue(v: string): boolean {
  if (/^\d{6,12}$/.test(v)) return !/^(\d)\1+$/.test(v);
  if (/^\p{Ll}{6,24}\d{2,4}$/u.test(v) || /^\p{Ll}{3,12}(?:-\p{Ll}{3,12}){2,5}-\d{2,4}$/u.test(v)) return true;
  const words = v.split(' ');
  return words.length >= 4 && words.every(onSeedList) && new Set(words).size === words.length;
}

/**
 * Words that speak of logging in, in the languages seen: "SSH", "login", "logged into", "로그인", "connexion", "inloggen",
 * "creds"; and Malay and Indonesian "masuk", Hungarian "bejelentkez…", Romanian "autentific…", Finnish "kirjaud…",
 * Danish and Norwegian "logget ind/inn", Ukrainian and Russian "увійш…", "вход", "логін", Thai, Arabic and Hindi.
 */
// BE's round: a connection string that holds a login, on the value's line or the line before ("url:
// 'mysql://app:…@10.0.4.2/shop'\n(the read replica uses reporting / Hq83…)", "…;SharedAccessKey=…"): a second account
// for the same store is given as its user and password.
// BY's round: "auth" as a config comment or a note names a login too ("# auth: frontdesk / …", "basic auth: admin / …").
// BH's round: a reset said in the same breath ("… carked it so I've reset it - svc / …", "reset it to … (user …)"):
// what a reset gives out is a login.
const LOGIN_WORDS =
  /\breset(?:[ \t]+(?:it|the|my|your|his|her|their|our))?\b|[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@]{1,64}:[^\s/@]{1,128}@|;[ \t]*(?:password|pwd|SharedAccessKey|AccountKey)=|log(?:ged|ging|s)?[ \t-]?(?:in|on)|\bacc(?:t|s|ts)?\b|sign(?:ed|ing)?[ \t-]?in|log(?:get|ga)?[ \t]+(?:ind|inn|på)|\bmasuk\b|bejelentkez|autentific|kirjaud|увійш|вход|логін|เข้าสู่ระบบ|تسجيل[ \t]+الدخول|लॉग[ \t]?इन|\bcreds?\b|credential|\bauth\b|\bssh\b|\bsftp\b|\bftp\b|\brdp\b|account|\badmin\b|\broot\b|dashboard|portal|console|connexion|identifiants|se[ \t]+connecter|inlog|anmeld|zugang|acceso|accesso|iniciar[ \t]+sesi|logowa|přihl|giriş|로그인|ログイン|登录|登入|ورود|כניסה/iu;
/** Parts joined by `_`/`-` that are each a word, a camel-cased name or a version: `camelCase_v2`, `Snake_Case-3`. */
function identifierParts(v: string): boolean {
  return v.split(/[_-]+/).every((part) => /^(?:[A-Za-z][a-z]+)+\d*$|^v?\d+$|^[a-z]+\d*$/.test(part));
}

/**
 * A password beyond doubt beside a slash: letters, a digit and a symbol, or both cases, a digit and `_`/`-` as
 * generators write them ("hTvVv_TWbp…_p6", not parts that are names: `camelCase_v2`); no link, path, e-mail or `name@version`.
 */
function pairPassword(v: string): boolean {
  if (v.length < 8 || !/\p{L}/u.test(v) || !/\d/.test(v)) return false;
  if (generatedAlphanumeric(v)) return looksLikeProsePassword(v);
  // A dot before digits run into letters ("Marlin.953pepper") joins no name, version or host: it is a password's symbol.
  const symbol = /[!#$%^&*?~+=@]/.test(v) || /\p{L}{3}\.\d{2,}\p{L}{2}/u.test(v);
  if (!symbol && !(/\p{Lu}/u.test(v) && /\p{Ll}/u.test(v) && /[_-]/.test(v) && !identifierParts(v))) return false;
  if (/:\/\/|\/|\\|@[\p{L}][\w-]*\.\p{L}|^[\p{L}\p{N}_-]+@\d+(?:\.\d+)+$/u.test(v)) return false;
  return looksLikeProsePassword(v);
}

/**
 * Letters of both cases and digits as a generator draws them, with no symbol ("3jQpXWdaeB", "O4725A4UUo"): not words
 * in camel case with a number ("Summer2024", "MyDogRex12"), whose every capital opens a word of two small letters or
 * more. A technician's or a device's generated password is written so.
 */
function generatedAlphanumeric(v: string): boolean {
  return /^[A-Za-z0-9]{8,64}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && !/^(?:[A-Z]?[a-z]{2,}|\d+)+$/.test(v);
}

/** "Wi-Fi: cabin-guest / Bulan$2006", "WLAN: Home5G / x7!kq…": a network's name, a slash, then its password. */
const WIFI_SLASH = passwordRule(
  'wifi-slash-password',
  new RegExp(`(?<![\\p{L}])(?:wi-?fi|wlan|ssid)(?![\\p{L}])[ \\t]*(?:[:：-][ \\t]*)?[^\\s/]{1,40}[ \\t]*/[ \\t]*${VALUE}`, 'dgiu'),
  1,
  (v) => v.length >= 8 && strongPassword(v),
);

/**
 * A bank's "memorable word" or "memorable information": a word, but the bank's second secret. The writer may name it,
 * then give it as theirs ("the memorable word, mine is …", "memorable word — it's …").
 */
const MEMORABLE_WORD = passwordRule(
  'memorable-word',
  new RegExp(`(?<![\\p{L}])memorable[ \\t]+(?:word|information|info|phrase|date)[ \\t]*(?::|=|[ \\t]is[ \\t]|(?:[ \\t]*[,—–-])?[ \\t]*(?:mine|it|ours)(?:[ \\t]+is|['’]s)[ \\t])[ \\t]*${VALUE}`, 'dgiu'),
  1,
  (v) => v.length >= 4 && !/^(?:the|a|an|my|your|not|required|optional|set)$/i.test(v),
);

/**
 * "I type" in other languages, the writer's own verb: German ("Ich gebe … ein", "ich tippe …"), Dutch ("ik typ …"),
 * French ("je tape …", "je saisis …"), Spanish ("escribo …", "introduzco …"), Portuguese ("digito …"), Italian
 * ("inserisco …").
 */
const TYPING_VERBS_ELSEWHERE =
  'ich[ \\t]+(?:gebe|tippe)|(?:gebe|tippe)[ \\t]+ich|ik[ \\t]+(?:typ|tik|voer)|je[ \\t]+(?:tape|saisis|rentre|mets)|escribo|introduzco|ingreso|digito|digitei|inserisco|scrivo';

/** A password being typed, with a password prompt or the word close before: "(I'm definitely typing Laut!2024, which …)". */
const TYPING_BASE = passwordRule(
  'typing-password',
  new RegExp(
    `(?<![\\p{L}])(?:typing|typed|entering|entered|keying[ \\t]+in|${TYPING_VERBS_ELSEWHERE})[ \\t]+(?:in[ \\t]+)?${VALUE}`,
    'dgiu',
  ),
  1,
  (v) => passwordLike(v) && /\d/.test(v) && /[A-Za-z]/.test(v),
);
const PASSWORD_WORD = /password|passwort|kennwort|passcode|senha|contrase|wachtwoord|mot de passe|lösenord|has[lł]o|heslo|parola/i;
/** What follows says the value went in another field. */
const OTHER_FIELD = /^[ \t]+as[ \t]+(?:the[ \t]+|my[ \t]+)?(?:user|username|login|e-?mail|name)/i;
const TYPING: RegexRule = {
  ...TYPING_BASE,
  judge: (m, text) =>
    PASSWORD_WORD.test(text.slice(Math.max(0, m.index - 300), m.index)) && !OTHER_FIELD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
      ? TYPING_BASE.judge(m, text)
      : null,
};

/** "… a header `X-Internal-Token`. Mine is g2twf68s…": a random token that fills the header or key just named. */
const MINE_IS_BASE = passwordRule(
  'mine-is-token',
  new RegExp(`(?<![\\p{L}])(?:mine|my[ \\t]+(?:token|key|secret))[ \\t]+is[ \\t]*:?[ \\t]+[\`'"]?([A-Za-z0-9_\\-.+/=~]{20,200})`, 'dgiu'),
  1,
  (v) => looksLikeRandomToken(v) && /\d/.test(v) && /[a-z]/i.test(v),
);
/** What "mine" stands for must be named just before: a token, a key, a secret or the header that carries one. */
const NAMES_A_TOKEN = /token|api[ \t_-]?key|secret|header/i;
const MINE_IS: RegexRule = {
  ...MINE_IS_BASE,
  judge: (m, text) => {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    return /^my/i.test(m[0]) || NAMES_A_TOKEN.test(before) ? MINE_IS_BASE.judge(m, text) : null;
  },
};

/** A servlet session id in a log: "Session 8ADB24B95E649C9FB7CB5259BFB96E90 expired", JSESSIONID=… (32 capital hex). */
const SESSION_ID: RegexRule = {
  name: 'session-id',
  pattern: /(?<![A-Za-z])(?:session(?:[ \t_-]?id)?|JSESSIONID)[ \t]*[:=#]?[ \t]*([0-9A-F]{32})(?![0-9A-Za-z])/dgi,
  judge(m) {
    const value = m[1]!;
    // Capital hex with both letters and digits: Tomcat's ids; a lower-case hex run is as often a trace or a hash.
    if (!/^[0-9A-F]+$/.test(value) || !/[A-F]/.test(value) || !/\d/.test(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'cookie' };
  },
};

/**
 * "Passport numbers: me RT8494294 (exp 2031), Tom H76692030": after a plural passport label, every passport-shaped
 * value (one or two capitals and six to eight digits, or nine digits) on that line, whoever it is said to belong to.
 */
const PASSPORT_LIST: RegexRule = {
  name: 'passport-list',
  pattern: /(?<![A-Za-z])passport[ \t]+(?:numbers|nos\.?|#s)[ \t]*:([^\n]{1,200})/dgi,
  judge(m) {
    const list = m[1]!;
    const offset = m.indices![1]![0];
    const spans = [];
    for (const v of list.matchAll(/(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{6,8}|\d{9})(?![A-Za-z0-9])/g)) {
      spans.push({ start: offset + v.index, end: offset + v.index + v[0].length, label: 'national id' as const });
    }
    return spans;
  },
};

/** The list rule gives several spans per match, so it runs as a whole-text rule behind a cheap look for its label. */
function passportLists(): Finder {
  const finder = regexFinder(PASSPORT_LIST);
  return { name: PASSPORT_LIST.name, find: (text) => (/passport[ \t]+(?:numbers|nos|#s)/i.test(text) ? finder.find(text) : []) };
}

/**
 * AK's round: a user and a password given as two labelled words in a row, no colon needed, in the languages' words for
 * both ("user admin pass qU4r7z9", "usuario ana clave Rio!44", "Benutzer kasse Passwort Kasse#12", "login: tech /
 * hasło K0t!ek"). The pair of labels says what the second value is, whatever words stand around it.
 */
const USER_THEN_PASS = passwordRule(
  'user-then-pass',
  new RegExp(
    String.raw`(?<![\p{L}\p{N}_])(?:user(?:name)?|login|usr|benutzer(?:name)?|usuario|utilisateur|utente|usu[áa]rio|gebruiker|użytkownik|uživatel|kullanıcı|пользователь|логин)(?:[ \t]*[:=])?[ \t]*[^\s,;:/]{2,64}[ \t]*[,;/]?[ \t]+(?:pass(?:word|wd)?|pw|pwd|passwort|kennwort|mdp|senha|contrase[ñn]a|clave|heslo|has[łl]o|parola|wachtwoord|lösenord|salasana|şifre|пароль)[ \t]*[:=]?[ \t]+${VALUE}`,
    'dgiu',
  ),
  1,
  // The spaces before the user's name are read one way only ("(?:[ \t]*[:=])?"): a long run of them was quadratic.
  // Code's calls and names are no value typed in (`password: SecretString::new(env::var("APP_PASS"))`).
  (v) => passwordLike(v) && !/:\/\/|@[\w-]+\.|[()"'{}]|::/.test(v),
);

export const LOGIN_PAIR_FINDERS: readonly Finder[] = [
  windowedFinder(EMAIL_SLASH, /@/g, 80, 140),
  windowedFinder(USER_SLASH, / \/ /g, 72, 72),
  windowedFinder(WIFI_SLASH, /wi-?fi|wlan|ssid/gi, 0, 190),
  windowedFinder(MEMORABLE_WORD, /memorable/gi, 0, 160),
  windowedFinder(TYPING, /typ(?:ing|ed)|enter(?:ing|ed)|keying|ich[ \t]+(?:gebe|tippe)|(?:gebe|tippe)[ \t]+ich|ik[ \t]+(?:typ|tik|voer)|je[ \t]+(?:tape|saisis|rentre|mets)|escribo|introduzco|ingreso|digit(?:o|ei)|inserisco|scrivo/giu, 0, 150),
  windowedFinder(MINE_IS, /mine|my[ \t]+(?:token|key|secret)/gi, 0, 230),
  windowedFinder(SESSION_ID, /session/gi, 0, 50),
  regexFinder(USER_THEN_PASS),
  passportLists(),
];
