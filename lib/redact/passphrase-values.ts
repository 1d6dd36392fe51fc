import { wordlist } from '@scure/bip39/wordlists/english.js';
import { fastAnchors, fastScan } from './fast-anchors';
import { NOT_THE_PASSWORD, PASSWORD_WORDS } from './password-word-near-value';
import { PASSWORD_WORD_TRIGGER } from './values-after-secret-words';
import { PREPOSITIONS } from './passwords';
import { ADVICE_NOUNS } from './prose-words';
import { generatedPhrase, LINE_END_ONLY, LINE_OR_BRACKET_END, PROSE_WORD, SENTENCE_WORD } from './generated-phrases';
import type { Finder, SecretSpan } from './rules';
import { SIGN_OFF_AFTER } from './sign-offs';
import { isPlaceholder } from './values';

/**
 * A password whose shape the token rules cannot see, right after a password word in any language (the shared list
 * of password-word-near-value.ts, some hundred languages): a passphrase of words with spaces and digits at the end
 * ("lantern trowel 437", "Tundra chisel saffron38", "пароль Fennel kettle cinder69"), four or more small words joined
 * by hyphens or dots without a digit ("geslo saffron-thimble-fennel-bramble"), or a long run of digits ("lea fufū
 * 345746809"). The value follows the word, its colon or its verb for "is" in the many languages' short forms; it is
 * taken whole, so that a rule that reads one word does not leave the rest of the phrase shown. A rule, a list of bad
 * examples, an error or a count keeps it ("must be 12 characters", "never use these passwords: …, …").
 */
const ANCHORS = fastScan(fastAnchors(new RegExp(PASSWORD_WORDS.source, 'giu')));

/**
 * A word of the phrase: letters only, three to twelve of them, lower case after an optional capital. A number apart
 * after the words has three digits or more: a rule's "vsaj 12", "at least 8" or "farafahakeliny 10" has one or two.
 */
const W = String.raw`\p{L}\p{Ll}{2,11}`;
/** With spaces, ASCII letters only, as generators make them: in other scripts such words are the sentence's ("της πόρτας είναι 4471"). */
const SPACED = new RegExp(String.raw`^[A-Za-z][a-z]{2,11}(?:[ \t][a-z]{3,12}){1,3}(?:[ \t]\d{3,6}|\d{1,4})[!?#@*$%&]?(?![\p{L}\p{N}@:/_-])`, 'u');
const JOINED = new RegExp(String.raw`^${W}(?:([-.])\p{Ll}{3,12})(?:\1\p{Ll}{3,12}){2,5}(?:\1?\d{1,4})?[!?#@*$%&]?(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])`, 'u');
/**
 * Letters in random case, as a meeting's passcode is made ("miFPom", "ocWxswkv"): a capital after the first letter, a
 * small letter, the word ended. Only after "passcode": after "password" a camel-cased type or name is as likely
 * ("password: SecretStr = Field(…)").
 */
const RANDOM_CASE = /^(?=\p{L}{1,15}\p{Lu})(?=\p{L}*\p{Ll})\p{L}(?=\p{L}*\p{Lu})\p{L}{5,15}(?=$|[\s,;)"'”»]|[.!?](?:\s|$))/u;
/** Two words joined by a dot with digits after: "Nluy.kettle85?", "Mdud.lagoon77!" (a dotted user name has no digits after a word). */
const DOTTED = /^\p{L}\p{Ll}{2,11}\.\p{Ll}{3,12}\d{1,4}[!?#@*$%&]?(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])/u;
/** Three or four small words and digits run on, anywhere in the word's sentence when quoted ("it shows \"Fennel marlin thimble39\""). */
const QUOTED_PHRASE = /["'“«]([\p{Lu}\p{Ll}]\p{Ll}{2,11}(?:[ \t]\p{Ll}{3,12}){2,3}\d{1,4}[!?#@*$%&]?)["'”»]/u;
/**
 * BK's round: after the word's colon, a phrase of a capitalised word, two or three small words and a number of two
 * digits that ends its line ("Κωδικός: Heron kettle cobalt 41"), as a router's sticker prints its key: a rule's "at
 * least 12" is no line of its own after a colon, and a sentence's words bar it (`generatedPhrase`).
 */
const SPACED_TO_LINE_END = /^[A-Z][a-z]{2,11}(?:[ \t][a-z]{3,12}){2,3}[ \t]\d{2}(?=[ \t]*(?:\r?\n|$))/;
function spacedToLineEnd(rest: string): RegExpExecArray | null {
  const m = SPACED_TO_LINE_END.exec(rest);
  return m && generatedPhrase(m[0].replace(/[ \t]\d+$/, '').toLowerCase()) ? m : null;
}
const DIGITS = /^\d{6,12}(?![\p{L}\p{N}@:/_-]|[.,]\d)/u;
/**
 * AH's round: a passphrase of three to six small words with no digit at all, as word-list generators make them
 * ("segment void pen stadium", "heart tobacco miss river grass"). Sentences are made of such words too, so the words
 * must end their clause (a stop, a comma, a quote, a line's end, a verb that closes it, a word of another script, or
 * the next code's word: "… pottery kod do drzwi …"), and hold no word a sentence needs (`SENTENCE_WORD`, `PROSE_WORD`).
 * After an English password word it takes four words and a verb or a colon before them (`valueAt`).
 */
// AK's round: a stop after the last word ends the phrase ("… sparrow maple. Säg det inte …"); a dot before a letter is a name's.
const PLAIN_WORDS = /^[a-z]{3,12}(?:[ \t][a-z]{3,12}){2,5}(?![\p{L}\p{N}@:/_'’-]|\.[\p{L}\p{N}])/u;
/**
 * The words generators draw from: BIP-39's English list (2048 common words, the list wallets and many password
 * generators use). Two thirds of a plain phrase's words at least are on it; a sentence of another language ("se cambia
 * cada mes", "ahaztu dut eta") has next to none.
 */
const LIST_WORDS: ReadonlySet<string> = new Set(wordlist);
/** Where a plain passphrase's clause ends beyond `CLAUSE_END`: a word of another script, or the next code or door word. */
const LABELS = String.raw`c[oóò]d\p{L}*|k[oóò]d\p{L}*|kood\p{L}*|pin|door|gate|alarm\p{L}*|wi-?fi|wlan`;
const PLAIN_END = new RegExp(String.raw`^(?:[ \t]+(?=[^\s\p{Script=Latin}\p{N}\p{P}\p{S}])|[ \t]+(?:\p{L}{1,3}[ \t]+)?(?:${LABELS})(?![\p{L}]))`, 'iu');
const LABEL_WORD = new RegExp(String.raw`^(?:${LABELS})$`, 'iu');
/**
 * A word of a script without spaces (Chinese, Japanese, Korean) before digits and a symbol: "달님3827!", "雪山4548!",
 * "さくら星2662#". Letters, then two to six digits, then one of a password's symbols, the word ended.
 */
const SCRIPT_WORD_DIGITS = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,8}\d{2,6}[!#$%&*?@]{1,3}(?![\p{L}\p{N}@:/_-])/u;
/**
 * More shapes a generator or a person gives, each ended where its clause ends (checked in `valueAfter`):
 * - one word, a number, then words: "stallion 043 ferry", "walnut 63 molar copper" (SPACED has the number last), only
 *   after a verb, a colon or a topic's particle: right after the word, "Lozinka mora imati najmanje 10 znakova" is a rule;
 * - small words joined by underscores, or three joined by hyphens or dots: "sorrel_beacon_lantern", "lantern.cable.misty";
 * - groups of small letters and digits joined by hyphens, as a generator's or a product key's ("4j3rv-87d7m-1ekvu");
 * - letters with digits or with a password's symbols, in any order, from the first character on ("MarblevelvetSaddle33",
 *   "74nd3m4nch0r", "-@9ww2W=?mgj0Ji+i=", "bF!pYhNkMcssartkWKK"), never a link, a path or an e-mail;
 * - one long run of small letters, words run together ("trapezesaddlewillowsaddle"), not a long word of a language
 *   (such words end in a suffix, "-tion", "-able", "-ment").
 */
// BX's round: or two words before the number ("walnut molar 63 copper").
const SPACED_NUMBER_AMONG = /^[A-Za-z][a-z]{2,11}(?:[ \t][a-z]{3,12})?[ \t]\d{2,4}(?:[ \t][a-z]{3,12}){1,3}(?![\p{L}\p{N}@:/_-])/u;
const UNDERSCORED = /^\p{Ll}{3,12}(?:_\p{Ll}{3,12}){2,5}(?:_?\d{1,4})?(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])/u;
const JOINED_THREE = /^\p{Ll}{3,12}([-.])\p{Ll}{3,12}\1\p{Ll}{3,12}(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])/u;
const DASHED_GROUPS = /^(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){2,5}(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])/u;
const MIXED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}!#$%^&*?~+=@_-]{8,48}(?![^\s,;)"'”»।。،]*[\p{L}\p{N}])/u;
const LONG_LOWER = /^\p{Ll}{15,32}(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])/u;
const WORD_SUFFIX = /(?:tion|sion|able|ible|ment|ness|ity|ally|ing|ed|ly|ies|ous|ive|ful|less|ism|ist|ship|hood|ization)$/;
const SYMBOLS = /[!#$%^&*?~+=@]/g;

function mixedValue(rest: string): RegExpExecArray | null {
  const m = MIXED.exec(rest);
  if (!m) return null;
  // Symbols only at the ends are markup or punctuation ("manager**:", "**bold**"), not a password's.
  const v = m[0].replace(/^[*_~]+|[*_~!?]+$/g, '');
  const letters = (v.match(/\p{L}/gu) ?? []).length;
  const digits = (v.match(/\d/g) ?? []).length;
  const symbols = (v.match(SYMBOLS) ?? []).length;
  // Letters and two digits at least, or two of a password's symbols, or one with both cases.
  const ok = letters >= 2 && (digits >= 2 || symbols >= 2 || (symbols === 1 && /\p{Lu}/u.test(v) && /\p{Ll}/u.test(v)));
  // A name with a version ("Windows10", "Office365"): a word and digits only, the digits at the end, short.
  // A key combination ("Ctrl+Shift+L", "Cmd-Option-Esc") is a shortcut's name.
  if (/(?:^|[+-])(?:ctrl|alt|shift|cmd|command|win|meta|option|opt|super|fn|strg|umschalt)(?:[+-]|$)/i.test(v)) return null;
  return ok && !(/^\p{Lu}?\p{Ll}+\d{1,4}$/u.test(v) && v.length < 12) ? m : null;
}

/**
 * What may stand between the word and its value: a suffix, a colon or dash, a short clause and a colon ("Пароль от
 * кассы театра: …", "password for the box office: …"), a verb for "is" in many languages.
 */
/**
 * The verbs for "is" of many languages, after the words that say whose password it is ("ijambo ry'ibanga rya konti
 * ya … ni", "lo senhal de … es", "a parolla d'intrata di … hè", "paswot bilong … em", "ichtaca tlahtolli ic … ca",
 * "na password ni … e", "पासवर्ड हेउछि"): Kinyarwanda and Swahili ni, Shona ndi, Sesotho ke, Twi ne, Asturian ye,
 * Corsican hè, Tok Pisin em, Guarani ha'e, Nahuatl ca, Greenlandic tassaavoq, Fijian and Italian e, Odia ହେଉଛି,
 * Assamese হৈছে, Bengali হল, Vietnamese là, Malay and Indonesian adalah, Tagalog ay, Zulu ngu and yi, Lingala ezali,
 * Igbo bụ, Hausa shine, Malagasy dia, Luganda kye, Wolof mooy, Greek είναι, Arabic هي / هو, Hebrew היא / הוא, Chinese
 * 是. Not English "on": "the password changed on 20240101" gives a date.
 */
const COPULAS =
  // Luxembourgish ass ("d'Passwuert fir … ass …"). AK's round: Serbian је, Ossetian у, Hmong yog, Polish to, Manx ta,
  // Cornish yw, Hindi है before the value, Tibetan ནི, Aymara ukax, Kikuyu nĩ, Ewe enye.
  // AM's round: Venetian xe, Antillean and Seychellois Creole sé, Swiss German isch, Taiwanese Hokkien sī, Toki Pona
  // li, Kapampangan ya ing, Minangkabau nyo. (Konkani's asa closes its clause, after the value; Romani's si, Kabyle's
  // d and Patois's a are other languages' "if", "of" and "to" too: a sentence about a password goes on after them.)
  String.raw`xe|ze|s[ée]|isch|sī|li|ya[ \t]+ing|nyo|` +
  String.raw`је|у|yog|to|ta|yw|है|ནི|ukax|nĩ|enye|ass|is|ist|es|est|é|è|är|er|era|was|c['’]est|ni|ndi|ndiyo|ke|ne|ye|h[eè]|e|em|ha['’]e|ca|tassaavoq|ହେଉଛି|হৈছে|হল|হলো|là|adalah|ialah|ay|jest|je|ir|yra|это|е|є|eh|ko|se|waa|ngu|yi|ezali|bụ|shine|ita[ \t]+ce|dia|kye|mooy|είναι|ήταν|هي|هو|היא|הוא|是|ithi|o[ \t]+le|ແມ່ນ|ຄື|howa|hiya|huwa|heya`;
/** A clause's words: no digit, no stop; a name in quotes may stand in it ("a senha do Wi-Fi "KFM-Studio" é …"). */
// An apostrophe between letters is a word's ("an'ny", "ky'ekyama", "הג'ימייל"), not a quote.
const CLAUSE = String.raw`(?:[^\n\d:：=.!?;,"'“«]|(?<=\p{L})['’](?=\p{L})|"[^"\n\d]{1,30}"|“[^”\n\d]{1,30}”){1,40}?`;
const AFTER_VERB = String.raw`(?:(?:is|ist|es|est|é|è|är|er|on|jest|je|ye|hai|ni|dia|eo|mooy|la[ \t]+se|se|ko|ko[ \t]+e|waa|ngu|ndi|ni|iko|yw|huwa|hija|ir|yra|van|это|е|є|бол|dır|dir|dur|är|era|was|será|ke|ne|h[eè]|em|ha['’]e|ca|tassaavoq|ହେଉଛି|হৈছে|là|e)[ \t]+(?:(?:now|jetzt|nun|maintenant|ahora|agora|adesso|nu)[ \t]+)?)?["'“«]?`;
const SAID_BEFORE = new RegExp(String.raw`(?:[:：=\-–—]|(?<![\p{L}])(?:${COPULAS}|hai|dia|eo|mooy|iko|yw|huwa|hija|van|бол|dır|dur|será)|ކީ|は|는|은|が|是|-)[ \t]*["'“«]?$`, 'iu');
/** A field on a screen and what it shows: the value follows as if after "is". */
const FIELD_SHOWS = /^[ \t]+(?:field|box|entry|input)[ \t]+(?:shows|says|reads|contains|displays|has)[ \t]*:?[ \t]+["'“«]?/iu;
/**
 * A user name given just before the word: "user kof.ndl, pass …", "usuario: ana / clave …", "login admin; pwd …": the
 * word is the login's second half, and the value after it needs no verb.
 */
const USER_BEFORE = /(?<![\p{L}])(?:user(?:name)?|login|benutzer(?:name)?|usuario|utilisateur|utente|usu[áa]rio|gebruiker|id)[ \t]*[:=]?[ \t]+[^\s,;/]{2,60}[ \t]*[,;/][ \t]*(?:and[ \t]+|y[ \t]+|et[ \t]+|und[ \t]+|e[ \t]+|aur[ \t]+)?$/iu;
/** Nouns the password word describes when they follow it: what comes after is about them. */
const NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?:managers?|field|policy|policies|hash\p{L}*|reset|strength|length|generator|requirements?|rules?|${ADVICE_NOUNS}|prompt|protect\p{L}*|vault|hint|expiry|change|dialog|screen|page|box|settings?)(?![\p{L}])`, 'iu');
/** The value right after the word, its colon or dash, or its verb. Tried first: a clause further on is another's. */
/** A preposition of whose the password is, right after the word (the languages' `of` of passwords.ts). */
const OF_START = new RegExp(String.raw`^(?:[\p{L}\p{M}]{0,4})?[ \t]+(?:${PREPOSITIONS})[ \t]+`, 'iu');
// Armenian's colon is its own mark (՝): "գաղտնաբառ՝ …".
const DIRECT = new RegExp(String.raw`^(?:[\p{L}\p{M}]{0,4})?[ \t]*(?:[:=：՝\-–—][ \t]*)?${AFTER_VERB}`, 'iu');
/** A clause, then a colon or a verb for "is", then the value. */
// Scripts written without spaces run the word on into the next ones ("ពាក្យសម្ងាត់ថ្មីសម្រាប់ …", "new password for …").
const BETWEEN = new RegExp(
  String.raw`^(?:[\p{L}\p{M}]{0,4}|[\p{Script=Khmer}\p{Script=Lao}\p{Script=Thai}\p{Script=Myanmar}\p{M}]{1,16})?(?:[ \t]+${CLAUSE}[ \t]*[:：][ \t]*|[ \t]+${CLAUSE}[ \t]+(?:${COPULAS})[ \t]+|[ \t]+${CLAUSE}[ \t]+(?:ngu|yi|ngi|ng)-)${AFTER_VERB}`,
  'iu',
);

/**
 * Verbs that close the clause after the value in languages that put them last: Oromo dha, Hindi and Urdu है / hai,
 * Sindhi آهي, Japanese です, Amharic ነው, Basque da, Turkish dir, Quechua mi, Nepali हो, Marathi आहे, Gujarati છે,
 * Punjabi ਹੈ, Tajik аст, Kurdish e, Korean 이야 / 이에요 / 예요 / 입니다.
 */
const VERB_LAST = String.raw`dha|hai|है|ہے|آهي|です|ነው|da|dır|dir|mi|हो|आहे|છે|ਹੈ|аст|e|이야|이에요|예요|입니다|야`;
const VERB_LAST_AFTER = new RegExp(String.raw`^[ \t]+(?:${VERB_LAST})[ \t]*(?:$|[\n.,;!?।。，])`, 'u');
/** Such a verb closing the value's clause a few words on: the value is said, as after "is". */
const VERB_LAST_SOON = new RegExp(String.raw`^[^\n.!?।。，]{1,70}?[ \t](?:${VERB_LAST})[ \t]*(?:$|[\n.,;!?।。，])`, 'u');
/** Up to five words between the word and the value when such a verb closes it: "Jecha icciitii Wi-Fi … keenyaa X dha." */
const WORDS_THEN_VALUE_THEN_VERB = new RegExp(
  String.raw`^(?:[\p{L}\p{M}]{0,4})?((?:[ \t]+[\p{L}\p{M}'’-]{1,24}){1,5}?)[ \t]+(?=(?:[^\s]{6,64}|\p{Ll}{3,12}[ \t]\d{2,4}(?:[ \t]\p{Ll}{3,12}){1,3})[ \t]+(?:${VERB_LAST})[ \t]*(?:$|[\n.,;!?।。，]))`,
  'u',
);


const EXAMPLE_OR_RULE = /(?<![\p{L}])(?:like|such as|e\.g|example\p{L}*|must|should|at least|never|avoid|policy|rules?|format|error\p{L}*)(?![\p{L}])/iu;

/** AK's round: a chat's laugh or emoticon after the value ends its clause ("… indigo xd —", "… gravel! haha"). */
const INTERJECTION_END = /^[ \t]+(?:xd+|lol|haha\p{L}*|hehe\p{L}*|lmao|jaja\p{L}*|kkk+|:\)|:D|;\)|:P)(?![\p{L}])/iu;
const CLAUSE_END = /^(?:[ \t]*(?:$|[\n.,;:!?()"'”»。،؟።|।，、；：！？])|[ \t]+(?:[-–—]|y|and|und|et|e|i|og|och|en|ve|na|dan|lan|ug)[ \t])/u;

/** A list after the value: "…, Summer2024, Welcome1": bad examples or a rule's, not one password given. */
const LIST_AFTER = /^[ \t]*[,;،][ \t]*[^\s,;]{3,}[ \t]*[,;،]/u;
const SENTENCE_END = /[.!?]\s|[\n。！？؟።။]/;

/**
 * After "login", a user name is as likely as a password: only a value with a password's symbol (not a user name's
 * `@ . _ -`) is one ("the office PC login is now pFaXt*rqlqTmZrs"), and not the first half of a `user / password` pair.
 */
function loginPassword(rest: string): RegExpExecArray | null {
  const m = mixedValue(rest);
  // A `name=value` pair ("client_id=330623") is a setting, its `=` no password's symbol.
  return m && /[!#$%^&*?~+=]/.test(m[0]) && !m[0].includes('@') && !/^[A-Za-z_][\w.-]*=/.test(m[0]) && !/^[ \t]*\//.test(rest.slice(m[0].length)) ? m : null;
}

function longLower(rest: string): RegExpExecArray | null {
  const m = LONG_LOWER.exec(rest);
  return m && !WORD_SUFFIX.test(m[0]) ? m : null;
}

function valueAfter(text: string, from: number, login: boolean, passcode: boolean, paired = false): { start: number; end: number } | null {
  const head = text.slice(from, from + 120);
  // A screen described: "the Wi-Fi password field shows …", "the password box reads …".
  const field = FIELD_SHOWS.exec(head);
  if (field) {
    const shown = valueAt(head, field[0].length, login, passcode, true);
    return shown ? { start: from + shown.start, end: from + shown.end } : null;
  }
  const direct = DIRECT.exec(head);
  // The word as a noun's modifier ("password manager use the shortcut: …", "password policy: …") owns no value.
  const clause = NOUN_AFTER.test(head) ? null : BETWEEN.exec(head);
  const found = (direct ? valueAt(head, direct[0].length, login, passcode, paired) : null) ?? (clause ? valueAt(head, clause[0].length, login, passcode) : null) ?? laterCopula(head, clause, login, passcode);
  if (found) return { start: from + found.start, end: from + found.end };
  // Whose it is after a preposition, with no verb, as Russian, Turkish or Mongolian write it ("пароль от почты …"): the
  // value one to four words on, in the shapes no sentence word has, its clause ended.
  const of = OF_START.exec(head);
  if (of) {
    const words = /[^ \t]+[ \t]+/gu;
    words.lastIndex = of[0].length;
    for (let i = 0, w: RegExpExecArray | null; i < 4 && (w = words.exec(head)); i++) {
      const at = w.index + w[0].length;
      if (/[\d.!?;:]/.test(w[0]) || PROSE_WORD.test(w[0]) || EXAMPLE_OR_RULE.test(w[0])) break;
      const v = valueAt(head, at, login, passcode);
      if (v && !/[ \t]/.test(head.slice(v.start, v.end))) return { start: from + v.start, end: from + v.end };
    }
  }
  // Words, then the value, then a verb that closes the clause: no English word or rule between.
  const words = WORDS_THEN_VALUE_THEN_VERB.exec(head);
  if (!words || PROSE_WORD.test(words[1]!) || EXAMPLE_OR_RULE.test(words[1]!)) return null;
  const later = valueAt(head, words[0].length, login, passcode);
  return later ? { start: from + later.start, end: from + later.end } : null;
}

/**
 * Whether the password word now read is English (or a login's): after it a plain passphrase (`PLAIN_WORDS`) needs four
 * words and a verb or a colon before it, as English sentences say what a password is like in three plain words ("is
 * stolen last week"). Set by `findPassphraseValues` for each word it reads.
 */
let englishWord = false;

function plainWords(head: string, at: number, rest: string): RegExpExecArray | null {
  const m = PLAIN_WORDS.exec(rest);
  if (!m) return null;
  // The longest run of words whose clause ends after it: "craft brave pottery kod do drzwi" ends before "kod".
  const words = m[0].split(/[ \t]/);
  const said = SAID_BEFORE.test(head.slice(0, at));
  for (let n = words.length; n >= 3; n--) {
    const value = rest.slice(0, words.slice(0, n).join(' ').length);
    if (SENTENCE_WORD.test(value) || PROSE_WORD.test(value) || EXAMPLE_OR_RULE.test(value)) return null;
    // AK's round: a number or a password's symbol closing the words ("thistle gravel badger 16", "kettle sparrow lantern
    // indigo!") is the phrase's own, as generators and people add them; with it, three words said (a colon, a verb for
    // "is") may end at a stop or a comma as four may. Three bare words still need their line's end: "se cambia cada mes;"
    // is a sentence.
    const tail = /^(?:[ \t]\d{1,4})?[!#@*$%&]{0,2}(?![\p{L}\p{N}])/u.exec(rest.slice(value.length))?.[0] ?? '';
    const after = rest.slice(value.length + tail.length);
    const loose = n >= 4 || tail !== '';
    // AI's round: generators draw from other lists than BIP-39 (EFF's, a product's own: "panda lagoon thistle indigo
    // nickel"). Words off the list are taken where the phrase is said (a colon, a verb for "is") and its line or a
    // bracket or quote ends it right there, with no word a description of the password has (`generatedPhrase`); three
    // words so after an English word too ("my password is jasmine coral sandal" on its line). A sentence goes on to
    // a comma or a question's mark ("se cambia cada mes;", "moet dat sterk zijn voor lokaal?"): three words need the
    // line's end, a bracket or a quote after them, and no phrase ends at a question's mark.
    // A chat's laugh ends a clause as a stop does ("… quartz xD —"). The words must still end their clause: "… waa inuu
    // noqdaa ugu yaraan 16 xaraf" is a rule's sentence, its number a count.
    const ends = (loose ? LINE_OR_BRACKET_END : LINE_END_ONLY).test(after) || INTERJECTION_END.test(after) || SIGN_OFF_AFTER.test(after);
    const strong = said && ends && !/[?？]/.test(after.trimStart()[0] ?? '') && generatedPhrase(value);
    if (n < (englishWord && !strong ? 4 : 3)) return null;
    if (!strong && words.slice(0, n).filter((w) => LIST_WORDS.has(w)).length * 3 < n * 2) continue;
    // A sign-off is no word of the phrase either: "… gravel harbour grasie" ends before "grasie".
    if (SIGN_OFF_AFTER.test(` ${words[n - 1]!}`)) continue;
    // The next code's own word is no word of the phrase: "… erase code alarme 2068" ends before "code".
    if (LABEL_WORD.test(words[n - 1]!)) continue;
    // Four list words right after an English word with no verb, ending their line ("cold-room sensors password
    // anchor carbon apple forest"): a note's label and its phrase.
    if (englishWord && !said && !(n >= 4 && LINE_END_ONLY.test(after) && generatedPhrase(value))) return null;
    if (CLAUSE_END.test(after) || VERB_LAST_AFTER.test(after) || PLAIN_END.test(after) || SIGN_OFF_AFTER.test(after) || INTERJECTION_END.test(after)) {
      const found = [value + tail] as unknown as RegExpExecArray;
      found.index = 0;
      return found;
    }
  }
  return null;
}

/**
 * The clause's first verb for "is" may be a word of the owner's name or a particle ("ko e lea fufū ki he lucky ten lanes
 * ko …": Tongan "he" is "the", and "is" comes later): the next verbs of the same clause are tried in turn.
 */
const COPULA_AT = new RegExp(String.raw`[ \t]+(?:${COPULAS})[ \t]+${AFTER_VERB}`, 'giu');

function laterCopula(head: string, clause: RegExpExecArray | null, login: boolean, passcode: boolean): { start: number; end: number } | null {
  if (!clause || NOUN_AFTER.test(head)) return null;
  const reach = head.search(/[\n\d:：=.!?;,"“«]/u);
  const line = reach < 0 ? head : head.slice(0, reach);
  COPULA_AT.lastIndex = clause[0].length;
  for (let i = 0, m: RegExpExecArray | null; i < 4 && (m = COPULA_AT.exec(line)); i++) {
    const v = valueAt(head, m.index + m[0].length, login, passcode);
    if (v) return v;
  }
  return null;
}

function valueAt(head: string, at: number, login: boolean, passcode: boolean, given = false): { start: number; end: number } | null {
  const rest = head.slice(at);
  let m = SPACED.exec(rest) ?? (/[:：][ \t]*$/.test(head.slice(0, at)) ? spacedToLineEnd(rest) : null) ?? JOINED.exec(rest) ?? DOTTED.exec(rest) ?? (login ? null : DIGITS.exec(rest)) ?? (passcode ? RANDOM_CASE.exec(rest) : null);
  if (!m && !login && /[\s:："'“«—–՝]$/u.test(head.slice(0, at))) m = SCRIPT_WORD_DIGITS.exec(rest) ?? plainWords(head, at, rest);
  let value = m?.[0] ?? '';
  if (!m) {
    // A long run of small letters only after a verb, a colon or a dash, or before a verb that closes the clause: right
    // after the word it is as often the next word of a language that joins its words ("Isissutissara puiguleriinnarpara").
    const said = given || SAID_BEFORE.test(head.slice(0, at)) || VERB_LAST_SOON.test(rest);
    // A `name=value` pair (a link's query, a config line) is the key-value rules' to read, with what they know of URLs.
    if (/=[ \t]*["'“«]?$/.test(head.slice(0, at))) return null;
    // The value stands apart from the word: "PASSWORD_MIN_LENGTH=12" is one name, not the word and a value.
    if (!/[\s:："'“«—–]$|(?<![\p{L}])(?:ngu|yi|ngi|ng)-$/u.test(head.slice(0, at))) return null;
    m =
      (said ? SPACED_NUMBER_AMONG.exec(rest) : null) ??
      DASHED_GROUPS.exec(rest) ??
      (login ? loginPassword(rest) : (UNDERSCORED.exec(rest) ?? JOINED_THREE.exec(rest) ?? mixedValue(rest) ?? (said ? longLower(rest) : null)));
    if (!m) return null;
    value = m[0].replace(/[.,;:)\]}»”。、，،؛۔।]+$/u, '');
    // The newer shapes must end their clause: "… is lantern.cable.misty , kimseye …", "… ni 90421352 .", "… X dha.".
    const after = rest.slice(value.length);
    if (!CLAUSE_END.test(after) && !VERB_LAST_AFTER.test(after) && !SIGN_OFF_AFTER.test(after)) return null;
  }
  // Words with spaces end their clause: a stop, a comma, a quote, a line's end or an "and" ("… 801 y el candado"), where a
  // sentence about the password goes on ("deve essere cambiata ogni 90 giorni", "holds 312 shared passwords").
  const rest2 = rest.slice(value.length);
  if (/[ \t]/.test(value) && (PROSE_WORD.test(value) || !(CLAUSE_END.test(rest2) || VERB_LAST_AFTER.test(rest2) || PLAIN_END.test(rest2) || SIGN_OFF_AFTER.test(rest2) || INTERJECTION_END.test(rest2)))) return null;
  if (LIST_AFTER.test(rest.slice(value.length))) return null;
  // BK's round: a variable or a template's stand-in where the value goes (`--password %SVC_PW%`, `<pwd>`) opens nothing.
  if (isPlaceholder(value)) return null;
  return { start: at, end: at + value.length };
}

function quotedInSentence(text: string, from: number): { start: number; end: number } | null {
  let window = text.slice(from, from + 120);
  const stop = SENTENCE_END.exec(window);
  if (stop) window = window.slice(0, stop.index + 1);
  const q = QUOTED_PHRASE.exec(window);
  if (!q || PROSE_WORD.test(q[1]!)) return null;
  return { start: from + q.index + 1, end: from + q.index + 1 + q[1]!.length };
}

function findPassphraseValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Every shape holds a digit, a hyphen, dot or underscore between small letters, a capital after a small letter, a
  // long run of small letters or a symbol before a letter: a text with none of them passes at once.
  // AH's round: or three small words in a row, a plain passphrase's (`PLAIN_WORDS`).
  if (!/\d|\p{Ll}[-._]\p{Ll}|\p{Ll}\p{Lu}|\p{Ll}{15}|[!#$%^&*?~+=@]\p{L}|[a-z]{3}[ \t][a-z]{3,12}[ \t][a-z]{3}/u.test(text)) return spans;
  const anchors = ANCHORS;
  anchors.lastIndex = 0;
  let after = 0;
  for (let a: RegExpExecArray | null; (a = anchors.exec(text)); ) {
    const from = a.index + a[0].length;
    if (from < after) continue;
    // Inside a longer word of the Arabic script, or an English plural: "passwords: a, b, c" is a list.
    // Arabic's "and", "with" and "for" are written on the word ("وكلمة السر"): a word after one of them stands alone.
    const prev = text[a.index - 1] ?? '';
    const clitic = /[وبل]/.test(prev) && !/[\u0600-\u06FF]/.test(text[a.index - 2] ?? '');
    if (/[\u0600-\u06FF]/.test(a[0][0]!) && /[\u0600-\u06FF]/.test(prev) && !clitic) continue;
    if (/^[sS]\b/.test(text.slice(from, from + 2)) && /[a-z]$/i.test(a[0])) continue;
    englishWord = /^(?:pass|pwd|log)/i.test(a[0]);
    const direct = valueAfter(text, from, /^log/i.test(a[0]), /^passcode$/i.test(a[0]), USER_BEFORE.test(text.slice(Math.max(0, a.index - 80), a.index)));
    const found = direct ?? quotedInSentence(text, from);
    if (!found) continue;
    // The words of its own clause before the word, on its line: "a password like …", "never use these passwords"; not
    // a heading's "Our notice says:" before the clause. Read from a short slice: a search for the line's start in the
    // whole text would read back through a long text without line breaks from every word.
    let lead = text.slice(Math.max(0, a.index - 60), a.index);
    lead = lead.slice(lead.lastIndexOf('\n') + 1);
    // What a screen or a note "says" or "shows" before the word describes it, and bars nothing here.
    lead = lead.slice(lead.search(/[^.!?:,;]*$/)).replace(/(?<![\p{L}])(?:says|shows?|said)(?![\p{L}])/giu, '');
    if (NOT_THE_PASSWORD.test(lead) || /(?<![\p{L}])(?:never|don['’]?t|avoid|weak|common|worst|bad|banned)(?![\p{L}])/iu.test(lead)) continue;
    // A field's "shows" describes the screen (`FIELD_SHOWS`), and bars nothing.
    const between = text.slice(from, found.start).replace(FIELD_SHOWS, ' ');
    // A quoted phrase further on may follow what a screen "shows" or "says"; a rule's or an example's words still bar it.
    if (SENTENCE_END.test(between) || (direct ? NOT_THE_PASSWORD : EXAMPLE_OR_RULE).test(between)) continue;
    spans.push({ ...found, label: 'password' });
    after = found.end;
  }
  return spans;
}

export const PASSPHRASE_VALUE_FINDERS: readonly Finder[] = [
  // Skipped unless the text names a password: every value is read after a word of `ANCHORS`.
  { name: 'passphrase-values', find: findPassphraseValues, trigger: PASSWORD_WORD_TRIGGER },
];
