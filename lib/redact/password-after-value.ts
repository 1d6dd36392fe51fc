import { wordAnchors } from './fast-anchors';
import { strongPassword } from './password-colon';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { looksLikeRandomToken, trimTrailingPunctuation } from './values';

/**
 * A password named after it is given: "I reset it to X — that's the new password for the Xero login", "changed it to
 * X, which is the wifi password now", or a line that opens with the value, quoted or not ("X — that's the password for
 * the shared laptop", '"X" — that's what I set as the password'), in the languages the rules read ("…: X — ez a
 * jelszó", "X — das ist das Passwort", "X — это пароль"), or in the next sentence ("The note just says X. I assume
 * that's the login for the mailbox"). The value comes after "to", "is" or a colon, or opens its line, and a dash or comma then "that's /
 * that is / which is / it's" and the password word follow it; the value must be a password beyond doubt
 * (`strongPassword`, with a digit).
 */
/**
 * The password word in the languages whose "that is" `THAT_IS` reads, with the endings the Nordic languages put the
 * article in ("lösenordet", "passordet"). Not the Chinese, Japanese, Korean or Thai words: no "that is" of theirs is
 * read, and anchoring on them made every such text pay for this rule.
 */
const PASSWORD_NOUN = String.raw`password|passcode|passphrase|login|log-in|jelsz[óo]|jelszava|heslo|passwort|kennwort|mot[ \t]+de[ \t]+passe|contrase[ñn]a|clave|senha|parola|parol[ăa]|пароль|şifre\p{L}*|sifre|kata[ \t]+(?:laluan|sandi)|passord\p{L}*|l[öo]senord\p{L}*|salasana|كلمة[ \t]+(?:المرور|السر)|wachtwoord|has[łl]o|adgangskode\p{L}*|m[ậa]t[ \t]+kh[ẩa]u`;
/**
 * "that's", "this is", "that's what I set as", and the same in other languages: Hungarian "ez a", Czech "to je", German
 * "das ist", French "c'est", Spanish "esa es", Portuguese "é", Italian "è", Russian "это", Ukrainian "це", Turkish "bu",
 * Malay and Indonesian "itu", "ini", Nordic "det er/är", "dette er", Finnish "se on", Dutch "dat is", Polish "to jest",
 * Arabic "هذه هي".
 */
const THAT_IS =
  String.raw`(?:that['’]s|that[ \t]+is|which[ \t]+is|it['’]s|this[ \t]+is)(?:[ \t]+what[ \t]+(?:I|we)[ \t]+(?:set|use|chose|picked|put|typed|entered|made)(?:[ \t]+(?:as|for))?)?` +
  String.raw`|ez[ \t]+(?:a|az|lesz[ \t]+a)|az[ \t]+a|to[ \t]+je|to[ \t]+jest|das[ \t]+ist|c['’]est|esa?[ \t]+es|[ée]|è|это|це|bu|itu|ini|det[ \t]+(?:er|är)|dette[ \t]+er|se[ \t]+on|dat[ \t]+is|هذه[ \t]+هي|هذا[ \t]+هو`;
const VALUE_THEN_NAME = new RegExp(
  // The value after "to", "is" or a colon, or opening its line, in quotes or not ('"Kestrel!7" — that's …').
  String.raw`(?:(?:(?<![\p{L}\p{N}_])(?:to|is|was|now|says|said|reads)|[:：])[ \t]+|^[ \t]*)["'“]?([^\s"'“”<>()]{6,64}?)["'”]?[ \t]*(?:[—–-]|,|;|[.!][ \t]+(?:(?:I|we)[ \t]+(?:assume|guess|think|believe|suppose)[ \t]+)?)[ \t]*` +
    String.raw`(?:${THAT_IS})[ \t]+(?:(?:the|my|our|your|a|az|das|mein|le|la|mon|ma|el|mi|o|a|il|la|mia|het|mijn)[ \t]+)?(?:new[ \t]+)?(?:[\p{L}-]{1,20}[ \t]+)?(?:${PASSWORD_NOUN})(?![\p{L}])` +
    // Not a noun the password word describes: "the password policy", "the password expiry date".
    String.raw`(?![ \t]+(?:policy|expiry|expiration|hash|reset|field|length|rules?|manager|requirements?|format|hint|page|screen|button|date|time|name|attempts?|url|link|form)\b)`,
  'dgimu',
);

const PASSWORD_AFTER_VALUE: RegexRule = {
  name: 'password-after-value',
  pattern: VALUE_THEN_NAME,
  judge(m) {
    const value = trimTrailingPunctuation(m[1]!);
    if (!/\d/.test(value) || !strongPassword(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A password asked about: "is Pinecone!Harbor1987 a decent password for my soundcloud?", "would Tr0ub4dor&3 make a
 * strong passphrase". The value stands between the verb and "a … password"; the same test as above decides it.
 */
const ASKED_ABOUT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:is|was|would|does|are)[ \t]+([^\s"'“”<>()]{6,64})[ \t]+(?:make[ \t]+|be[ \t]+)?(?:a|an)[ \t]+(?:[\p{L}-]{1,20}[ \t]+){0,2}(?:password|passcode|passphrase)(?![\p{L}])`,
  'dgiu',
);

const PASSWORD_ASKED_ABOUT: RegexRule = { ...PASSWORD_AFTER_VALUE, name: 'password-asked-about', pattern: ASKED_ABOUT };

/**
 * Languages whose "X is the password" puts the value first by grammar, the equative of the Polynesian languages:
 * Hawaiian "ʻO X ka ʻōlelo huna" / "ʻO 1389 ka helu huna o ka puka", Maori "Ko X te kupuhipa", Samoan "O X le upu
 * faʻalilolilo", Tongan "Ko X ʻa e lea fufū". The value: digits (four to twelve) after a code word ("helu huna", secret
 * number), or a password's shape (`strongPassword`), a phrase of small words joined by hyphens, or one long run of
 * small letters after a password word.
 */
const EQUATIVE_FIRST = new RegExp(
  String.raw`(?<![\p{L}])[ʻ‘'’]?(?:o|ko)[ \t]+([^\s"'“”<>()]{4,64}|\p{Ll}{3,12}(?:[ \t](?:\p{Ll}{3,12}|\d{2,4})){2,4})[ \t]+(?:ka|ke|te|le|[ʻ‘'’]a[ \t]+e)[ \t]+` +
    String.raw`(?:(helu[ \t]+h[uū]n[aā]|nama[ \t]+huna|tau[ \t]+huna|numera[ \t]+lilo|fika[ \t]+f[uū]f[uū])|[ʻ‘'’]?[oō]lelo[ \t]+h[uū]n[aā]|kupuhipa|kupu[ \t]+huna|upu[ \t]+fa[ʻ‘'’]?alilolilo|lea[ \t]+fuf[uū]|password|paswot)(?![\p{L}])`,
  'dgiu',
);

const EQUATIVE_VALUE: RegexRule = {
  name: 'password-in-equative',
  pattern: EQUATIVE_FIRST,
  judge(m) {
    const value = m[1]!;
    const ok = m[2] !== undefined ? /^\d{4,12}$/.test(value) : /^\d{6,12}$/.test(value) || (/\d/.test(value) && strongPassword(value)) || /^\p{Ll}{3,12}(?:-\p{Ll}{3,12}){2,5}$/u.test(value) || /^\p{Ll}{14,32}$/u.test(value) || /^[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){2,5}$/.test(value) || /^\p{Ll}{3,12}(?: \p{Ll}{3,12}| \d{2,4}){2,4}$/u.test(value);
    if (!ok) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * BM's round: a quoted token named after it as a key ('"…" is the key', '"…" was our API token'), as a comment or a
 * string in a snippet says it: the value quoted and drawn at random (`looksLikeRandomToken`), "is the … key, token or
 * secret" right after its closing quote.
 */
const QUOTED_THEN_KEY_NAME = new RegExp(
  String.raw`(["'\x60])([A-Za-z0-9_\-.+/=~]{16,200})\1[ \t]+(?:is|was)[ \t]+(?:the|my|our|your|their)[ \t]+(?:[\p{L}-]{1,20}[ \t]+)?(?:api[ \t]?)?(?:key|token|secret)(?![\p{L}])`,
  'dgiu',
);
const KEY_AFTER_QUOTED_VALUE: RegexRule = {
  name: 'key-after-quoted-value',
  pattern: QUOTED_THEN_KEY_NAME,
  judge(m) {
    if (!looksLikeRandomToken(m[2]!)) return null;
    const [start, end] = m.indices![2]!;
    return { start, end, label: 'api key' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

// Read only in the stretch before each password word (the value stands at most 110 characters before it).
/** Where the password words stand, in the plain mode: the rule is read only in the stretch before each. */
const PASSWORD_NOUN_ANCHORS = wordAnchors(PASSWORD_NOUN);
/** Where a match of `VALUE_THEN_NAME` may begin, in the plain mode: its verbs, a colon, a line's start. */
const VALUE_STARTS = /to|is|was|now|says|said|reads|[:：]|^/gim;

export const PASSWORD_AFTER_VALUE_FINDERS: readonly Finder[] = [
  windowedFinder(PASSWORD_AFTER_VALUE, PASSWORD_NOUN_ANCHORS, 110, 0, true, VALUE_STARTS),
  windowedFinder(PASSWORD_ASKED_ABOUT, /pass(?:word|code|phrase)/gi, 110, 0),
  windowedFinder(EQUATIVE_VALUE, /huna|kupuhipa|fa.?alilolilo|fuf|password|paswot/gi, 110, 0),
  windowedFinder(KEY_AFTER_QUOTED_VALUE, /key|token|secret/gi, 240, 0),
];
