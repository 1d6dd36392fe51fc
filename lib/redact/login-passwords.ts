import { anchoredFinder } from './anchored-finder';
import { strongPassword } from './password-colon';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { dicewarePassphrase, trimTrailingPunctuation } from './values';

/**
 * A password given as "the login" of a service: "treasurer login for TeamSnap: Maple*6764!", "the staff login for the
 * Square dashboard is now Raven#434!", "de inlog van de clubrekening is Mango!9232K". A login names a user as often as
 * a password, so the value must be a password beyond doubt (`strongPassword`, and a symbol no user name carries:
 * `!#$%^&*?~+=`), never an e-mail address or a link.
 */
const LOGIN_THEN_VALUE = new RegExp(
  // The account a password opens stands for it as the login does: "the router admin is now Ferret$07#meadow".
  String.raw`(?<![\p{L}\p{N}_])(?:login|log-in|sign-in|inlog|anmeldung|connexion|acceso|admin|administrator)(?![\p{L}\p{N}_])([^\n:=.!?"]{0,60}?)` +
    String.raw`(?:[ \t]*[:：][ \t]*|[ \t]+(?:is|was|is[ \t]+now|now|ist|est|es|é|è|er|är|jest|to)[ \t]*:?[ \t]+)([^\s"'“”<>()]{8,64})`,
  'dgiu',
);

/**
 * Words that make the value something other than the password: the user, the page, an error; after an admin, what
 * the admin's side is built with or what state the account is in ("the admin dashboard is now React@18 based", "the
 * admin account is now locked#3").
 */
const NOT_THE_PASSWORD =
  /(?<![\p{L}])(?:user\w*|e-?mail|name|page|url|link|error\w*|fail\w*|attempt\w*|issue|problem|message|prompt|button|screen|form|dashboard|panel|console|ui|interface|theme|version|plugin|module|tool|app|account|role|group|rights|access)(?![\p{L}])/iu;

const LOGIN_PASSWORD: RegexRule = {
  name: 'login-password',
  pattern: LOGIN_THEN_VALUE,
  judge(m) {
    if (NOT_THE_PASSWORD.test(m[1]!)) return null;
    const value = trimTrailingPunctuation(m[2]!);
    if (!loginPassword(value)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A password beyond doubt: a symbol no user name carries (`!#$%^&*?~+=`, or `@` before a digit: "Crane@527"; an `@`
 * before a name makes an e-mail address or `user@host`), a digit, and `strongPassword`; never a link.
 */
function loginPassword(value: string): boolean {
  if (/@(?!\d)|:\/\/|^#[0-9a-f]{3,8}\b/i.test(value) || !/[!#$%^&*?~+=]|@\d/.test(value) || !/\d/.test(value)) return false;
  return strongPassword(value);
}

/**
 * A password a message says it logs in with: "na 1x inloggen met Helix@06? is het weer locked", "every time I log in
 * with Tern!2231 it says …", "je me connecte avec …", "beim Anmelden mit …". What one logs in with is as often a
 * provider ("with Google"), an e-mail or a user name, so the value must be a password beyond doubt (`loginPassword`).
 */
const LOG_IN_WITH = new RegExp(
  String.raw`(?<![\p{L}])(?:log(?:ging|ged)?[ \t-]?(?:in|on)|sign(?:ing|ed)?[ \t-]?in|inlog(?:gen)?|aanmelden|anmelden|einloggen|connecte[rz]?|connexion|iniciar[ \t]+sesi[óo]n|accedo|accedere|zalogowa\p{L}*|přihlásit|přihlašuji)[ \t]+(?:met|with|mit|avec|con|com|z|s)[ \t]+([^\s"'“”<>()]{8,64})`,
  'dgiu',
);
const LOGIN_WITH_PASSWORD: RegexRule = {
  name: 'log-in-with-password',
  pattern: LOG_IN_WITH,
  judge(m) {
    const value = trimTrailingPunctuation(m[1]!);
    if (!loginPassword(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

/**
 * A login given as its two halves, the user named in words and the password after "and": "login is my email and
 * AupX9…", "the credentials are the office address and …", "Zugangsdaten sind meine Kundennummer und …". The user half
 * is a few words (no value of its own); the password must be random: capitals, small letters and digits, twelve or
 * more, or a password beyond doubt (`strongPassword`, with a symbol).
 */
const LOGIN_IS_USER_AND_VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:login|log-in|sign-in|credentials|creds|zugangsdaten|identifiants|credenciales|credenciais|inloggegevens)(?![\p{L}\p{N}_])` +
    String.raw`[ 	]+(?:is|are|was|were|sind|ist|sont|est|son|es|são|é|zijn|is)[ 	]+((?:[\p{L}'’-]{1,16}[ 	]+){1,4}?)(?:and|und|et|y|e|en|&)[ 	]+([^\s"'“”<>()]{8,64})`,
  'dgiu',
);

const LOGIN_USER_AND_PASSWORD: RegexRule = {
  name: 'login-user-and-password',
  pattern: LOGIN_IS_USER_AND_VALUE,
  judge(m) {
    const value = trimTrailingPunctuation(m[2]!).replace(/[),;]+$/, '');
    const random = value.length >= 12 && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value) && /^[A-Za-z0-9]+$/.test(value);
    if (!random && !(loginPassword(value) && strongPassword(value))) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A value given as "it", the login, password or PIN that the sentence before, or this one, names: "The crew said the
 * admin login was written in the bridge log. I found it: tortuga%5367.", "me preguntó la clave de 4 dígitos y se la di:
 * 9202", "I gave it to him: …". The clause says the writer found, has or gave "it", then a colon and the value. A
 * password must be one beyond doubt (`strongPassword`, with a digit); four to eight digits only where a PIN, a code or
 * a "clave" is what was named.
 */
const IT_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:I|we)[ 	]+(?:found|got|have|had|copied|wrote[ 	]+down|gave)[ 	]+(?:it|them)(?:[ 	]+to[ 	]+(?:him|her|them))?|here[ 	]+it[ 	]+is|` +
    String.raw`` +
    // "She'll need this too:", "you will also need this:", "and this one too:", "sie braucht auch das:", "ella también
    // necesita esto:", "il lui faut aussi ça :": the value handed on beside the login just named.
    String.raw`(?:she|he|they|you|we|I)(?:['’]ll|[ 	]+will)?[ 	]+(?:also[ 	]+)?need[ 	]+(?:this|that|it)(?:[ 	]+(?:too|as[ 	]+well|also))?|(?:and[ 	]+)?(?:this|that)[ 	]+(?:one[ 	]+)?too|` +
    String.raw`(?:sie|er|du)[ 	]+brauch(?:t|st)[ 	]+(?:auch[ 	]+)?(?:das|dies)(?:[ 	]+auch)?|(?:ella|él|tú)[ 	]+(?:también[ 	]+)?necesita(?:s|rá)?[ 	]+esto(?:[ 	]+también)?|il[ 	]+(?:lui|leur)[ 	]+faut[ 	]+(?:aussi[ 	]+)?(?:ça|ceci)|` +
    String.raw`se[ 	]+(?:la|lo)[ 	]+di|se[ 	]+(?:la|lo)[ 	]+dije|(?:eu[ 	]+)?(?:a|o)[ 	]+dei|je[ 	]+(?:la|le)[ 	]+lui[ 	]+ai[ 	]+donn[ée]e?|ich[ 	]+habe[ 	]+(?:sie|es|ihn)[ 	]+(?:ihm|ihr)?[ 	]*gegeben)` +
    String.raw`[ 	]*[:：][ 	]+([^\s"'“”<>()]{4,64})`,
  'dgiu',
);
const NAMED_BEFORE = /(?<![\p{L}])(?:password|passwort|passcode|login|log-in|credentials|contraseña|senha|mot[ 	]+de[ 	]+passe|wachtwoord|pin|clave|código|codigo|code|código[ 	]+secreto)(?![\p{L}])/iu;
const PIN_NAMED = /(?<![\p{L}])(?:pin|clave|código|codigo|code|passcode)(?![\p{L}])/iu;
/** What the clause found might be other than the password: a user, a name, an address. */
const OTHER_THING = /(?<![\p{L}])(?:user\w*|e-?mail|name|address|url|host|server|number|id)(?![\p{L}])/iu;

const VALUE_GIVEN_AS_IT: RegexRule = {
  name: 'value-given-as-it',
  pattern: IT_THEN_VALUE,
  judge(m, text) {
    const before = text.slice(Math.max(0, m.index - 220), m.index);
    // This sentence and the one before it: up to the second sentence end back.
    const ends = [...before.matchAll(/[.!?](?:\s|$)/g)];
    const from = ends.length >= 2 ? ends[ends.length - 2]!.index! + 1 : 0;
    const named = before.slice(from);
    const thisSentence = before.slice(ends.length >= 1 ? ends[ends.length - 1]!.index! + 1 : 0);
    if (!NAMED_BEFORE.test(named) || OTHER_THING.test(thisSentence)) return null;
    const value = trimTrailingPunctuation(m[1]!);
    const ok = /^\d{4,8}$/.test(value) ? PIN_NAMED.test(named) : (/\d/.test(value) && strongPassword(value)) || dicewarePassphrase(value);
    if (!ok) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A password given as "the new one" in a sentence after one that says an account or password was reset or changed:
 * "The bot uses a dedicated account. I reset it this morning. The new one is walrus&131Fjord", "Ich habe das Passwort
 * zurückgesetzt, das neue ist …", "j'ai changé le mot de passe, le nouveau c'est …". The lead (this sentence and the
 * two before) must say what was reset and that it was; the value must be a password beyond doubt (`strongPassword`,
 * with a digit), or four to eight digits where a PIN or a code was reset.
 */
const NEW_ONE_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the|my|our)[ 	]+new[ 	]+one(?:[ 	]+is|[ 	]*[:：])|(?:das|der|die)[ 	]+neue(?:[ 	]+(?:ist|lautet)|[ 	]*:)|(?:le|la)[ 	]+nouvel(?:le)?(?:[ 	]+(?:est|c['’]est)|[ 	]*:)|(?:le|la)[ 	]+nouveau(?:[ 	]+(?:est|c['’]est)|[ 	]*:)|(?:la|el)[ 	]+nuev[ao](?:[ 	]+es|[ 	]*:)|(?:a|o)[ 	]+nov[ao](?:[ 	]+é|[ 	]*:)|(?:la|il)[ 	]+nuov[ao](?:[ 	]+è|[ 	]*:))` +
    String.raw`[ 	]*:?[ 	]+([^\s"'“”<>()]{4,64})`,
  'dgiu',
);
const WAS_RESET =
  /(?<![\p{L}])(?:reset|changed|rotated|regenerated|zurückgesetzt|geändert|neu[ 	]+gesetzt|réinitialisé|changé|restablec\p{L}*|cambi[éeó]\p{L}*|redefini\p{L}*|alterei|reimpostat\p{L}*|cambiat\p{L}*)(?![\p{L}])/iu;
const RESET_THING = /(?<![\p{L}])(?:account|konto|compte|cuenta|conta|login|password|passwort|kennwort|passcode|pin|code|mot[ 	]+de[ 	]+passe|contraseña|senha|clave|credentials)(?![\p{L}])/iu;

const NEW_ONE_VALUE: RegexRule = {
  name: 'value-given-as-new-one',
  pattern: NEW_ONE_THEN_VALUE,
  judge(m, text) {
    const before = text.slice(Math.max(0, m.index - 260), m.index);
    const ends = [...before.matchAll(/[.!?](?:\s|$)/g)];
    const lead = before.slice(ends.length >= 3 ? ends[ends.length - 3]!.index! + 1 : 0);
    if (!WAS_RESET.test(lead) || !RESET_THING.test(lead)) return null;
    const value = trimTrailingPunctuation(m[1]!);
    const ok = /^\d{4,8}$/.test(value) ? PIN_NAMED.test(lead) : /\d/.test(value) && strongPassword(value);
    if (!ok) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A PIN that is a password: where a bank or a service calls its online password a PIN (German banks' "PIN" for online
 * banking), the value after the word holds letters and symbols ("Anmeldename MSchulz61, PIN velvet-pine-231!"). Only
 * a value beyond doubt (`loginPassword`: a symbol, a digit, `strongPassword`) is read: a PIN of digits is the
 * everyday-code rules' to judge, and "PIN reset-required" or "PIN pad" are words.
 */
const PIN_THEN_PASSWORD: RegexRule = {
  name: 'pin-that-is-a-password',
  pattern: /(?<![\p{L}\p{N}_])PIN(?:-Code|-Nummer|[ \t]+code)?[ \t]*[:=]?[ \t]+([^\s"'“”<>()]{6,64})/dgu,
  judge(m) {
    const value = trimTrailingPunctuation(m[1]!);
    if (!loginPassword(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

export const LOGIN_PASSWORD_FINDERS: readonly Finder[] = [
  anchoredFinder(PIN_THEN_PASSWORD, /PIN/g),
  windowedFinder(NEW_ONE_VALUE, /\b(?:new[ \t]+one|neue|nouvel|nouveau|nuev[ao]|nov[ao]|nuov[ao])\b/gi, 12, 90),
  // The clause opens up to a few characters before its verb ("I found", "se la di") and its value follows within a line.
  windowedFinder(VALUE_GIVEN_AS_IT, /found|got|have|had|copied|wrote|gave|here[ \t]+it|se[ \t]+l[ao][ \t]+di|[ao][ \t]+dei|lui[ \t]+ai|gegeben|need[ \t]+(?:this|that|it)|too[ \t]*:|brauch|necesita|faut/gi, 24, 90),
  windowedFinder(LOGIN_USER_AND_PASSWORD, /login|log-in|sign-in|credentials|creds|zugangsdaten|identifiants|credenciales|credenciais|inloggegevens/gi, 0, 140),
  windowedFinder(LOGIN_PASSWORD, /login|log-in|sign-in|inlog|anmeldung|connexion|acceso|admin/gi, 0, 140),
  windowedFinder(LOGIN_WITH_PASSWORD, /log|sign|inlog|anmeld|aanmeld|einlog|connect|connexion|sesi|acced|zalogow|přihl/gi, 0, 130),
];
