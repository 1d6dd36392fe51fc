import type { Finder, SecretSpan } from './rules';
import { randomCaseLetters } from './values';

/**
 * A word shaped like a password, wherever it stands and whatever language names it ("парол Spar6124$LAN",
 * "facal-faire: GlacierGlacier917$", "it's still d_jk=d5gi*Sy!XF=o", "same as the old one, Copp7053$SAF"). The other
 * rules find a password by the word that names it; a user writes in hundreds of languages, misspells the label or gives
 * none at all, so this one reads the value alone: letters and digits mixed with a symbol that neither prose nor code
 * puts inside a word that way. What it must not take is everything else with a symbol in it: code (`a!=b`, `i+1`,
 * `x==y`), key=value pairs whose value is plain, versions and build tags (`4.0.0-rc.2+build.54`), package specs
 * (`zoo-app@2`, `Task@2`), references (`issue#1234`), gamer tags (`Name#EU12`), hashes and base64 (`$argon2id$…`,
 * `…V=`), URL encoding, percentages, currencies, time zones, exponents, plus codes, chords and spreadsheet cells, and
 * the famous bad passwords that advice about passwords names (`Summer2024!`, `P@ssw0rd`, `Tr0ub4dor&3`).
 *
 * Measured on the chats of LoCoMo and the LongMemEval dev split (94,268 texts, none with a password), it takes one
 * word; on the look-alikes of the redaction corpora A–AD (11,355 texts), one (an IFC GUID's `$`).
 */

/** Symbols that make a word a password when they stand inside it (not only first, as in `#tag`, `@name`, `$VAR`). */
const STRONG = new Set(['!', '@', '#', '$', '%', '^', '&', '*', '?', '=', '+', '~']);

/** Letters of the scripts written without spaces between words (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese). */
const NO_SPACE_LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const NO_SPACE_SCRIPT = new RegExp(`[${NO_SPACE_LETTERS}]`, 'u');

/**
 * What ends a word: space, quotes, brackets, the separators of code and paths, sentence stops of many scripts.
 * A `.` ends it too: dotted names, versions, domains and decimals are never read as one word. So does a letter of a
 * script written without spaces (Chinese, Japanese, Thai, …), where a label runs straight into its value.
 */
const DELIMITER = new RegExp(String.raw`[\s"'“”‘’«»()[\]{}<>,;:|\x60\\/.（）【】「」。、，：；！？።፣፤،؛۔։।॥။၊។៕${NO_SPACE_LETTERS}]`, 'u');

/** What may stand right before a word (besides the text's start): a space, an opening quote or bracket, markup. */
const BEFORE = new RegExp(String.raw`[\s"'“‘«([\x60*>${NO_SPACE_LETTERS}]`, 'u');

/** What may follow a word: the text's end, a space, a closing quote or bracket, or a stop before a space. */
function endsWell(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text[end]!;
  if (/[\s"'”’»)\]`*]/u.test(c)) return true;
  if (!DELIMITER.test(c)) return false;
  const next = text[end + 1];
  // BI's round: an ellipsis after the word ("… and breathe out X... now"), as a sentence trails off.
  if (text.startsWith('...', end)) return true;
  return next === undefined || /\s/u.test(next) || /[።፣፤،؛۔։।॥။၊។៕。、，：；！？]/u.test(c) || NO_SPACE_SCRIPT.test(c);
}

/** A symbol that counts where it stands: not a percentage's `%` after a digit. */
function strongAt(v: string, i: number): boolean {
  const c = v[i]!;
  if (!STRONG.has(c)) return false;
  return c !== '%' || !/\d/.test(v[i - 1] ?? '');
}

function innerStrongCount(v: string): number {
  let n = 0;
  for (let i = 1; i < v.length; i++) if (strongAt(v, i)) n++;
  return n;
}

/** The words that famous bad passwords and password advice are built on, read after undoing leetspeak. */
const COMMON_BASE =
  /^(?:pass(?:word|wort|e)?|welcome|summer|winter|spring|autumn|fall|qwerty|admin|letmein|iloveyou|monkey|dragon|football|baseball|sunshine|princess|master|shadow|changeme|abc|troubador|correcthorse|test|login|secret|hello|default|guest|root|user)/i;

/**
 * Code, encodings and hashes: operators, URL escapes, `$…$` hash formats, HL7 `^` fields, `@host`, `#anchor`, HTML's
 * entities and a query's next parameter (BK's round: `&` between two small letters is code's only so, `&amp;`,
 * `&page=` or after a parameter's `=` (`id=4&key`): a word and
 * a symbol joined by `&` in a password, `937Teasel&tans`, is neither).
 */
const CODE_LIKE = /!=|==|=>|->|&&|\|\||\+\+|\*\*|::|--|^0x|\+0x|%[0-9A-F]{2}|\$.*\$|\^.*\^|=$|&[a-z]+;|&[a-z_]\w*=|=[^&]*&[a-z]|^&[a-z]|(?<![a-z])&[a-z]/i;
/** `&` before a capital is code's or a list's joint (`Lynx123&Harbor`, `AT&T`) as often as a password's. */
const AMPERSAND_BEFORE_A_CAPITAL = /&[A-Z]/;

/**
 * BK's round: twelve characters or more drawn at random from every class, as a password generator's output is: letters
 * in random case (ten at least), two digits at least and two symbols or more (`Muwb40de!zi**RVNBP7m`), which code's
 * operators between names (`a**b`, `x!=y`) never make, since names are words. No arrow, comparison or scheme.
 */
function drawnAtRandom(v: string): boolean {
  if (v.length < 12 || /=>|->|==|!=|:\/\/|&&|\|\|/.test(v)) return false;
  const letters = v.replace(/[^A-Za-z]/g, '');
  // Base64's own symbols (`+`, `/`, `=`) do not count: a certificate's or a key's line holds them at random too.
  return letters.length >= 10 && (v.match(/\d/g)?.length ?? 0) >= 2 && innerStrongCount(v.replace(/[+=]/g, 'a')) >= 2 && randomCaseLetters(letters);
}
const NAMED_AFTER_SYMBOL = /@\p{Ll}|#\p{Ll}{3}/u;

/** Shapes that hold a symbol but are no password. */
const NOT_A_PASSWORD: readonly RegExp[] = [
  /^[-+~=]/, // an option, a sign, a diff line
  /^(?:pbkdf2|argon2|bcrypt|scrypt|sha\d|md5)/i, // a hash's scheme
  /^[A-Z]{1,3}\$\d/, // a currency: AU$15000
  /\^\d|(?:GMT|UTC)[+-]\d/, // an exponent, a time zone
  /^\p{Ll}+\$/u, // R's data$column
  /^\p{L}{1,10}#\d+$/u, // a reference: issue#1234, Rx#5444628
  /^\p{L}+#[\p{L}\d]{2,5}$/u, // a gamer tag: Name#EU12
  /^[A-Za-z][\w-]*@\d{1,2}$/, // a pipeline task or a framework's version: Task@2, React@18
  /^[a-z0-9][\w-]*@[\^~]?\d+(?:-[\w-]+)?$/, // a package or release: zoo-app@2
  /^[2-9CFGHJMPQRVWX]{4,8}\+[2-9CFGHJMPQRVWX]{2,3}$/, // a plus code
  /^[A-G][#b]?(?:maj|min|m|dim|aug|sus|add)?\d*(?:[#b]\d+)+$/, // a chord: Cmaj7#11
  /^[\p{L}\d_]+!\$?[A-Z]{1,3}\$?\d+$/u, // a spreadsheet cell: Sheet1!A1
  /^[\p{L}_]+[-+*]\d+$|^\d+[+*][\p{L}_]+$/u, // an expression: offset+8, 2*width
  /^[0-9A-Za-z_$]{22}$/, // an IFC GUID (22 characters of 64, `$` and `_` among them)
];

/** Whether one word (its surrounding punctuation already cut off) is shaped like a password. */
export function passwordShapedWord(word: string): boolean {
  const v = word.replace(/\?+$/, '');
  // key=value: the value alone is judged (`span=4f1c…` is a log field; `K=UaAMtSkViZY*2O` is still a password). A key is
  // one word or in one case (`S3_BUCKET`, `seq2`): `Quokka55=Brine` is one word; a shouted name may open with digits
  // where a service's name does (`3SHOP_SECRET=…`), an underscore in it. A word that joins a query's parameters
  // (`cmid=44776&sesskey`) is no password.
  if (/=[^&\s]*&[a-z_]/i.test(v)) return false;
  const key = /^(?:[A-Za-z_][A-Za-z_-]*|[A-Z][A-Z\d_]*|[a-z][a-z\d_]*|\d+[A-Z][A-Z\d]*_[A-Z\d_]*)=(?!=)/.exec(v);
  if (key) return passwordShapedWord(v.slice(key[0].length));
  if (v.length < 8 || v.length > 32 || !/\p{L}/u.test(v)) return false;
  if (innerStrongCount(v) === 0) return false;
  // No digit: letters in random case with two symbols inside or more (`qi-TYrBI!XuV?-!uza`), as a generator draws them.
  if (!/\d/.test(v)) return v.length >= 10 && innerStrongCount(v.replace(/[!?]+$/, '')) >= 2 && !CODE_LIKE.test(v) && randomCaseLetters(v.replace(/[^A-Za-z]/g, ''));
  if (drawnAtRandom(v)) return true;
  if (CODE_LIKE.test(v) || AMPERSAND_BEFORE_A_CAPITAL.test(v) || NAMED_AFTER_SYMBOL.test(v)) return false;
  if (/^[A-Za-z0-9+=]+$/.test(v) && v.length >= 16) return false; // base64, whose only symbols are + and =
  if (/^[\p{L}\d+\-*^=%]+$/u.test(v) && !/\p{L}{3}/u.test(v)) return false; // algebra: 2x+3y=12
  // A closing ! or + may be the sentence's or a product's (`Python3!`, `MemTest86+`): then the rest must be drawn at
  // random, letters and digits alternating (`sr2a8zg6b5!`).
  const core = v.replace(/[!+]+$/, '');
  if (NOT_A_PASSWORD.some((re) => re.test(v) || re.test(core))) return false;
  if (innerStrongCount(core) === 0 && (core.match(/\p{L}(?=\d)|\d(?=\p{L})/gu)?.length ?? 0) < 2) return false;
  const plain = core.replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/3/g, 'e').replace(/\$/g, 's');
  const common = COMMON_BASE.exec(plain);
  return !common || /\p{L}/u.test(core.slice(common[0].length));
}

/**
 * Three or more lower-case words joined by hyphens with digits at the end (`juniper-lantern-pebble43`): a generated
 * passphrase. Slugs put the number after a hyphen (`post-2023`) or hold short words (`how-to-install-python3`).
 */
function passphraseWithDigits(v: string): boolean {
  const core = v.replace(/\?+$/, '');
  // Each part a word, with a vowel: a Kubernetes pod's name (`flightlog-web-pnvfqmbhxz-fvs55`, AJ's round) ends in
  // parts its maker draws from consonants and digits alone, so that they never spell a word.
  return /^\p{Ll}{3,12}(?:-\p{Ll}{3,12}){2,5}\d{2,4}[!?]?$/u.test(core) && core.split('-').every((part) => /[aeiouy]|[^a-z\d!?]/u.test(part));
}

/**
 * BI's round: four shapes password generators and people give that the rules above let pass, each too regular for a
 * name, a slug, a path or code:
 * - small words and two-digit numbers taking turns (`heron-41-cobalt-07`), as memorable-password generators join
 *   them; a slug puts a year or a count once (`top-10-tips`), not a number after every word;
 * - two small words joined by a symbol, three or four digits closing them (`heron#cobalt4417`); an anchor or a tag
 *   (`page#install`, `issue#1234`) has no such digits after a word;
 * - words joined by `_`, `-` or `.`, some capitalised and some not, closed by a symbol (`heron_Cobalt_kettle?`), as
 *   no identifier is written;
 * - "ilove", "imiss" or "ihate" run into a word, digits and a symbol (`imisskettles41!`): how people have long made one.
 */
const WORDS_AND_NUMBERS_IN_TURN = /^\p{Ll}{3,12}-\d{2}(?:-\p{Ll}{3,12}-\d{2}){1,3}$/u;
const WORDS_JOINED_BY_A_SYMBOL = /^\p{Ll}{3,12}[#$%&*~^]\p{Ll}{3,12}\d{3,4}$/u;
const MIXED_CASE_WORDS_AND_A_SYMBOL = /^(?:\p{L}{3,12}([_.-]))\p{L}{3,12}(?:\1\p{L}{3,12}){1,3}[!?#$%&*]$/u;
const I_LOVE_AND_DIGITS = /^i(?:love|miss|hate|heart|luv)\p{Ll}{3,16}\d{2,4}[!?#$%&*]$/u;

/**
 * BK's round: four shapes more that generators and people give:
 * - small words joined by `+` or `=`, a digit or more closing them (`heron+kettle=cobalt5`, `fern=lathe=moss7`): code
 *   puts spaces or names' parts there, and a sum of words has no digit run on at its end;
 * - a word in capitals, `_` or `-`, a small word and a year (`HERON_kettle1987`, `COBALT-fern2004`), as no constant's
 *   or identifier's case changes so between two words;
 * - two capitalised words run together, one to three digits and a closing `!` or `?` (`AuntHeron7?`, `DrKettle21!`),
 *   as people build one from a name and a number: a product's name with a number (`Model3`) has no mark run on to it;
 * - three or four small words joined by dots, then a dot and two to four digits (`heron.kettle.cobalt.42`), which a
 *   domain (ending in letters), a version (digits throughout) or a module's path (no number part) never is. DELIMITER
 *   cuts words at dots, so this is read over the whole dotted run (`findDottedPhrases`).
 */
const WORDS_JOINED_BY_SUMS = /^\p{Ll}{3,12}(?:[+=]\p{Ll}{3,12}){2,4}\d{1,4}[!?]?$/u;
const CAPITALS_WORD_AND_YEAR = /^[A-Z]{3,12}[_-][a-z]{3,12}(?:19|20)\d\d[!?]?$/;
const TWO_CAPITALISED_WORDS_DIGITS_AND_A_MARK = /^[A-Z][a-z]{1,6}[A-Z][a-z]{2,12}\d{1,3}[!?]$/;
/** A setting's name and its number, as a policy writes it (`MinLength12!`, `MaxAge90?`): a rule, not a password. */
const SETTING_WITH_A_NUMBER = /^(?:Min|Max|Get|Set|Is|Has|Num|Use)[A-Z]|(?:Length|Len|Size|Count|Chars?|Digits?|Limit|Value|Days|Age|Level|Timeout)\d/;
const DOTTED_WORDS_AND_NUMBER = /(?<![\p{L}\p{N}.@/_-])\p{Ll}{3,12}(?:\.\p{Ll}{3,12}){2,3}\.\d{2,4}(?![\p{L}\p{N}@/_-]|\.[\p{L}\p{N}])/gu;

function findDottedPhrases(text: string): SecretSpan[] {
  if (!/\p{Ll}\.\d\d/u.test(text)) return [];
  const spans: SecretSpan[] = [];
  DOTTED_WORDS_AND_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DOTTED_WORDS_AND_NUMBER.exec(text)); ) {
    // Each word has a vowel, as words do; a file's or a host's parts drawn from consonants do not.
    if (!m[0].split('.').slice(0, -1).every((w) => /[aeiouy]/.test(w))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  return spans;
}

/**
 * BS's round: four shapes more that people and generators give, each read whole:
 * - a word, a group of digits and a second word joined by the same `-`, `_` or `.`, closed by a symbol
 *   (`Heron-4417-kettle!`, `cobalt_08_Fern#`), as memorable-password generators join them; a slug or a part number
 *   has no symbol closing it;
 * - two words run together in camel case, one to three digits and a closing symbol, `%` included (`heronKettle41%`):
 *   a percentage follows a number or a plain word, never a word whose case changes inside;
 * - digits, a small word and a word in capitals (`417heronKETTLE`), as no name, hashtag or identifier is cased;
 * - two capitalised words each closed by one digit (`Heron4Kettle7`); a product's name puts its number once, at the end;
 * - words joined by `+`, closed by `+` and digits (`Heron+Kettle+417`), as BK's sums in small letters, any case here.
 */
const WORD_DIGITS_WORD_AND_A_SYMBOL = /^\p{L}{3,12}([-_.])\d{2,5}\1\p{L}{3,12}[!?#$%&*]$/u;
const CAMEL_WORDS_DIGITS_AND_A_SYMBOL = /^\p{Ll}{3,12}\p{Lu}\p{Ll}{2,12}\d{1,3}[!?#$%&*]$/u;
const DIGITS_SMALL_WORD_CAPITALS = /^\d{2,4}\p{Ll}{3,12}\p{Lu}{3,12}$/u;
const TWO_WORDS_EACH_WITH_A_DIGIT = /^\p{Lu}\p{Ll}{2,12}\d\p{Lu}\p{Ll}{2,12}\d$/u;
const CAPITALISED_WORDS_BY_SUMS = /^\p{L}{3,12}(?:\+\p{L}{3,12}){1,3}\+\d{2,4}$/u;

function generatorShaped(v: string): boolean {
  if (WORDS_JOINED_BY_SUMS.test(v) || CAPITALS_WORD_AND_YEAR.test(v)) return true;
  if (WORD_DIGITS_WORD_AND_A_SYMBOL.test(v) || CAMEL_WORDS_DIGITS_AND_A_SYMBOL.test(v) || CAPITALISED_WORDS_BY_SUMS.test(v)) return true;
  if (DIGITS_SMALL_WORD_CAPITALS.test(v) || TWO_WORDS_EACH_WITH_A_DIGIT.test(v)) return true;
  if (TWO_CAPITALISED_WORDS_DIGITS_AND_A_MARK.test(v) && !SETTING_WITH_A_NUMBER.test(v)) return true;
  if (WORDS_AND_NUMBERS_IN_TURN.test(v)) return v.split('-').every((part) => /\d|[aeiouy]/.test(part));
  if (WORDS_JOINED_BY_A_SYMBOL.test(v) || I_LOVE_AND_DIGITS.test(v) || I_LOVE_AND_DIGITS_ALONE.test(v)) return true;
  if (!MIXED_CASE_WORDS_AND_A_SYMBOL.test(v)) return false;
  const words = v.slice(0, -1).split(/[_.-]/);
  return words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && words.some((w) => /^\p{Ll}+$/u.test(w));
}

/** Where a word may be one: a symbol, or a hyphen before a word that ends in two digits, or before two digits. */
// BJ's round: or "ilove", "imiss", "ihate" run into a word and digits with no symbol after (`imisscellos29`), the same
// made password a sentence's stop may follow.
// BS's round: or digits run into a small word and capitals (`417heronKETTLE`), or a digit between two capitalised words
// (`Heron4Kettle7`), which have no symbol.
const TRIGGER = /[!@#$%^&*?=+~]|[-_]\p{Ll}{3,12}\d\d|\p{Ll}-\d\d-\p{Ll}|(?<![\p{L}\p{N}])i(?:love|miss|hate|heart|luv)\p{Ll}{3,16}\d{2,4}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{2,4}\p{Ll}{3,12}\p{Lu}{3}|\p{Ll}\d\p{Lu}\p{Ll}{2}/gu;
const I_LOVE_AND_DIGITS_ALONE = /^i(?:love|miss|hate|heart|luv)\p{Ll}{3,16}\d{2,4}$/u;

function findPasswordShapedWords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  TRIGGER.lastIndex = 0;
  let done = 0;
  for (let m: RegExpExecArray | null; (m = TRIGGER.exec(text)); ) {
    if (m.index < done) continue;
    let start = m.index;
    while (start > done && !DELIMITER.test(text[start - 1]!)) start--;
    let end = m.index + 1;
    while (end < text.length && !DELIMITER.test(text[end]!)) end++;
    done = end;
    TRIGGER.lastIndex = end;
    if (end - start < 8 || end - start > 40) continue;
    if (start > 0 && !BEFORE.test(text[start - 1]!)) continue;
    // A word cut short by a stop inside it (`Sheet1!A1:B9`, `user:pa$$1`) is not a word on its own.
    if (!endsWell(text, end)) continue;
    const word = text.slice(start, end);
    const value = word.replace(/\?+$/, '');
    if (passwordShapedWord(word) || passphraseWithDigits(word)) spans.push({ start, end: start + value.length, label: 'password' });
    // The generator's closing `?` is its own (`heron_Cobalt_kettle?`), not a question's.
    else if (generatorShaped(word)) spans.push({ start, end: start + word.length, label: 'password' });
  }
  return spans;
}

export const PASSWORD_SHAPED_WORD_FINDERS: readonly Finder[] = [
  { name: 'password-shaped-word', find: findPasswordShapedWords },
  { name: 'dotted-passphrase', find: findDottedPhrases },
];
