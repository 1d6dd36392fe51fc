import { lastBreakBefore } from './line-starts';
import { underscoreIdentifierInCodeTalk } from './identifiers-in-code-talk';
import type { Finder, SecretSpan } from './rules';

/**
 * AL's round: passwords as generators and people make them from words, which no label need name, in any language's
 * sentence ("a mía clau ye Ashdieback-Butter-Champion-97", "I reset it, now Trombone-Age-Coyote-27", "passwordnya
 * TidelineArcticCloud6", "mk là Mayday8059="). The shape alone says it: three or more capitalised words joined by one
 * hyphen, underscore or dot and ended by a number (a password manager's "memorable" form); three or more capitalised
 * words run together and ended by digits; a capitalised word with four or more digits and a symbol after them, or with
 * a leading dot and an underscore. Names and titles write their words apart or with a hyphen but no number after
 * them; code's identifiers carry no trailing digits with a symbol, and are followed by a bracket or a dot, which ends
 * none of these.
 */
const JOINED = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}([-_.])\p{Lu}\p{Ll}{1,14}(?:\1\p{Lu}\p{Ll}{1,14}){1,5}\1\d{1,4}[!@#$%^&*?=+~]?(?![\p{L}\p{N}_@/\\(-]|\.\p{L})/gu;
const RUN_TOGETHER = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,12}(?:\p{Lu}\p{Ll}{2,12}){2,4}\d{1,4}[!@#$%^&*?=+~]?(?![\p{L}\p{N}_@/\\(-]|\.\p{L})/gu;
const WORD_DIGITS_SYMBOL = /(?:(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{3,14}_?(?!(?:19|20)\d\d[^\d])\d{4,6}[=_%#&@$^~+]|(?<=^|[\s"'“‘(])\.\p{Lu}\p{Ll}{3,14}_\d{3,6}[!?%=_#&*@$^~+]?)(?![\p{L}\p{N}@/\\(]|\.\p{L})/gmu;

/**
 * AM's round, more shapes that only a password has, whatever the sentence's language:
 * - a capitalised word, digits, one of a password's joiners and a second word ("Mariposa849&tessera",
 *   "Chrome0541=solder", "Carb28_maplewood", "Fjell11.carb"); after a dot the word is no file's or domain's ending;
 * - a capitalised word and two or more digits ended by a password's symbol ("Flipper580+", "Oolong65="), or three or
 *   more digits and a mark that also ends a sentence ("Mariposa152!", "Tanne4688.", "Bounce402-"): "move to Cafe24?" is
 *   a brand's name asked about;
 * - a word with digits in place of letters (three times or more: "H4rb0url1gh7", "Sug4rbu5hFlipp3r") ended by a joiner
 *   and digits ("…=24", "…@74", ".37", "_22");
 * - a token drawn at random from letters, digits and symbols: ten to forty characters, both cases changing four times
 *   or more, a symbol of `!@#%^&*?~` (not base64's) and three digits or symbols at least ("%^&vfZ6CCft=_wYps^1&");
 *   no link, path, e-mail or `name=value`;
 * - a word of another script than the text's, run into digits ("Сова43!" in a Creole note, "قمر2232" in English,
 *   "月光茶馆97!" in Ladino): a word typed in a second keyboard layout with a number is what people make passwords of.
 */
/**
 * Four or more small words joined by hyphens and ended by a hyphen and a number ("sled-velvet-glass-tram-2"): the
 * memorable form of Bitwarden's and 1Password's generators in small letters. A link's slug stands after a `/` or
 * before one, which this never does.
 */
const LOWER_HYPHENATED = /(?<![\p{L}\p{N}_.@/\\$#:=-])[a-z]{3,10}(?:-[a-z]{3,10}){3,6}-\d{1,4}(?![\p{L}\p{N}_@/\\(%-]|\.[\p{L}\p{N}])/gu;
const WORD_DIGITS_WORD = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}\d{2,6}([&@=#_.!%+*~^$])(\p{Ll}{3,14})(?![\p{L}\p{N}_@/\\(-]|\.\p{L})/gu;
const FILE_OR_DOMAIN_END = /^(?:com|net|org|edu|gov|info|biz|app|dev|html?|php|aspx?|jsp|json|xml|ya?ml|toml|ini|cfg|conf|txt|md|csv|tsv|log|pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|svg|webp|mp[34]|wav|mov|avi|mkv|zip|rar|tar|gz|iso|exe|msi|dmg|apk|dll|bin|img|py|js|ts|rb|go|rs|java|kt|cs|cpp|swift|sh|bat|local|lan|home|internal)$/i;
const WORD_DIGITS_END = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}(?:\d{2,6}[@#$%^&*=+~]|\d{3,6}[!?.-])(?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
/**
 * AO's round: more of a generator's shapes, read alone. Three plain words and a two-digit number joined by hyphens
 * (`artwork-come-describe-33`: a slug's words are fewer or shorter, its number a year or one digit); a capitalised word,
 * a symbol and digits closed by another symbol (`Rope!20=`, `Drone=9301$`, `Stalactite+48!`: no prose or code writes a
 * number between two such symbols after a name; not `#`, a reference's: "Error#42!"); a word of another script than Latin, a symbol and digits (`蜂蜜&64#`,
 * `꿀벌=3972@`, `καρότσι-0673`, `路面電車_0901#`), not a year; a capitalised word, two digits and `_` or `-` at its end
 * (`Hive40_`, `Compass24-`).
 */
const THREE_WORDS_NUMBER = /(?<![\p{L}\p{N}_.@/\\$#:=-])[a-z]{3,10}(?:-[a-z]{3,10}){2}-\d{2}(?![\p{L}\p{N}_@/\\(%-]|\.[\p{L}\p{N}])/gu;
const WORD_SYMBOL_DIGITS_SYMBOL = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}[!@$%^&*=+~]\d{2,6}[!@#$%^&*=+~_?-](?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
const OTHER_SCRIPT_SYMBOL_DIGITS =
  /(?<![\p{L}\p{N}_.@/\\$#-])(?:[\p{sc=Cyrillic}]{2,12}|[\p{sc=Greek}]{2,12}|[\p{sc=Arabic}]{2,12}|[\p{sc=Hebrew}]{2,12}|[\p{sc=Armenian}]{2,12}|[\p{sc=Georgian}]{2,12}|[\p{sc=Devanagari}\p{M}]{2,12}|[\p{sc=Han}]{2,8}|[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,10}|[\p{sc=Hangul}]{2,8}|[\p{sc=Thai}\p{M}]{2,12})[!@#$%^&*=+~_-]\d{2,6}[!@#$%^&*=+~_?-]?(?![\p{L}\p{N}_@/])/gu;
/**
 * BC's round: two more of a generator's shapes, read alone.
 * - A capitalised word, a symbol, digits and a small word, a symbol maybe after it, then the token's end
 *   (`Saffron+8359pelican`, `Cinder%5550basalt`): the symbol stands before the number, where AM's `WORD_DIGITS_WORD`
 *   has it after. Not `#`, a reference's; not after `=`, `&` or `?`, nor `%` and two digits: a URL's encoded
 *   character (`?text=Gate%20opened`).
 * - A capitalised word in leet (`@`, `$` or a digit for a letter between letters), three digits or more and a symbol
 *   (`S@ffr0n2717?`, `Pelic@n4625?`): no name or identifier writes a letter so.
 */
const WORD_SYMBOL_DIGITS_WORD = /(?<![\p{L}\p{N}_.@/\\$#=&?%+-])\p{Lu}\p{Ll}{2,14}(?:[!@$^&*=+~]\d{2,6}|%\d{3,6})\p{Ll}{3,14}[!@#$%^&*?=+~]?(?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
const LEET_WORD_DIGITS_SYMBOL =
  /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{0,10}(?:[@$0134](?=\p{Ll}))\p{Ll}{1,10}(?:[@$0134](?=\p{Ll})\p{Ll}{1,10})?\d{3,6}[!?#$%*&=+~](?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
const WORD_TWO_DIGITS_DASH = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}\d{2,4}[_-](?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
const DATA_LABEL =
  /(?<![\p{L}])(?:(?:primary|foreign|composite|sort|partition|row|index)[ \t]+key|ids?|uuid|hash\p{L}*|checksum|digest|sku|order|ref(?:erence)?|tracking|serial|nonce|salt|sample|example|regex|pattern|format|mask)(?![\p{L}])/iu;
const EXAMPLE_BEFORE = /(?<![\p{L}])(?:like|such[ \t]+as|e\.g\.|for[ \t]+example|for[ \t]+instance|patterns?|wie|z\.[ \t]?B\.|comme|como|tipo|zoals|np\.)(?![\p{L}])[^.!?\n]{0,40}$/iu;
const LEET_JOINED = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}[\p{L}\d]{6,30}[=.@_#!&%+]\d{1,4}(?![\p{L}\p{N}_@/\\(-]|\.[\p{L}\p{N}])/gu;
const RANDOM_SYMBOLS = /(?<=^|[\s"'“‘(:：])[A-Za-z0-9!@#$%^&*?=+_~.-]{10,40}(?=$|[\s"'”’),;]|[.!?](?:\s|$))/gmu;
const OTHER_SCRIPT_WORD_DIGITS =
  /(?<![\p{L}\p{N}_])(?:[\p{sc=Cyrillic}]{2,12}|[\p{sc=Greek}]{2,12}|[\p{sc=Arabic}]{2,12}|[\p{sc=Hebrew}]{2,12}|[\p{sc=Armenian}]{2,12}|[\p{sc=Georgian}]{2,12}|[\p{sc=Devanagari}\p{M}]{2,12}|[\p{sc=Tifinagh}]{2,12}|[\p{sc=Han}]{2,8}|[\p{sc=Hangul}]{2,8}|[\p{sc=Thai}\p{M}]{2,12})\d{2,6}[!@#$%^&*?=+~.]?(?![\p{L}\p{N}_@/])/gu;
const SCRIPTS = ['Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Armenian', 'Georgian', 'Devanagari', 'Tifinagh', 'Han', 'Hangul', 'Thai'].map((n) => new RegExp(`\\p{sc=${n}}`, 'gu'));

function caseChanges(s: string): number {
  let n = 0;
  let last = '';
  for (const c of s) {
    const k = /[A-Z]/.test(c) ? 'U' : /[a-z]/.test(c) ? 'L' : '';
    if (!k) continue;
    if (last && k !== last) n++;
    last = k;
  }
  return n;
}

function randomSymbolToken(v: string): boolean {
  if (/:\/\/|\.\.|@[A-Za-z0-9-]+\.[A-Za-z]|^[a-z_][a-z0-9_]*=|^[A-Z_][A-Z0-9_]*=|^-/.test(v)) return false;
  // Base64's own symbols (`+`, `=`) alone say nothing: a nonce, a hash or a PEM line has them. A `$` opens a variable.
  // The symbol stands inside the token, between letters or digits: markdown's stars, a hashtag's # or a handle's @ at an
  // edge ("**StreetArtHub**", "#RunForHope2023", "@TokyoTourism") mark up a name. A `Name=` opens a setting.
  // A `#` or `@` before a word is a fragment's, a handle's or a domain's ("urn:x#Base64Binary", "team@Support").
  if (!/[\p{L}\p{N}][!@#%^&*?~]+[\p{L}\p{N}]/u.test(v) || /\*\*|^[#@*_]|^[A-Za-z_][\w.-]*=|[#@][A-Z]?[a-z]{3,}/.test(v) || /^\$|\$_|\.[A-Z][a-z]/.test(v) || (v.match(/[A-Z]/g)?.length ?? 0) < 2 || (v.match(/[a-z]/g)?.length ?? 0) < 3) return false;
  if ((v.match(/[\d!@#$%^&*?=+_~.-]/g)?.length ?? 0) < 3 || caseChanges(v) < 4) return false;
  // A word of five small letters or more reads as a word or a name, not a draw ("Hello=World&x"), unless the rest is random.
  return !/[a-z]{6,}/.test(v);
}

/** Letters of each script in the text and in all, counted once per text (a text of many such words stays linear). */
function scriptCounts(text: string): { total: number; perScript: number[] } {
  return { total: text.match(/\p{L}/gu)?.length ?? 0, perScript: SCRIPTS.map((re) => text.match(re)?.length ?? 0) };
}

function otherScript(counts: { total: number; perScript: number[] }, word: string): boolean {
  for (let k = 0; k < SCRIPTS.length; k++) {
    const re = SCRIPTS[k]!;
    re.lastIndex = 0;
    const own = word.match(re)?.length ?? 0;
    if (!own) continue;
    // The text's other letters of that script: a few at most (a greeting's word), against the word's own; and a text
    // of another script around it (ten letters or more), not the word alone ("验证码错误代码1234" is the text).
    const others = counts.total - (word.match(/\p{L}/gu)?.length ?? 0);
    return counts.perScript[k]! - own <= 2 && others >= 10;
  }
  return false;
}

/**
 * AT's round, three more shapes that people and generators make and nothing else writes, read alone:
 * - two words in camel case (small, then capitalised), a joiner and three or four digits, not a year
 *   (`kestrelMoss.8812`, `harborFinch_5530`, `tundraQuill-4471`): a program's identifier is not joined to a number by
 *   a dot or a hyphen, nor followed by one after `_` save a version's or a year's;
 * - a word in leet, digits for letters at two places at least, with a capital's hump and a number at its end
 *   (`w4lnutSt0rm81`, `b1rchL4nt3rn07`, `$pr0ckQu4rtz55`): an identifier with digits ("base64Encode32",
 *   "utf8ToUtf16") holds one such place;
 * - two words of two scripts other than Latin run into a number (`사과قهوة4471`, `λίμνηзима808`): no language writes
 *   its words so; Han with the kana (Japanese's own mix) counts as one script.
 */
const CAMEL_JOINED_NUMBER = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Ll}{3,12}\p{Lu}\p{Ll}{2,12}[._-]\d{3,4}(?![\p{L}\p{N}_@/\\(%-]|\.[\p{L}\p{N}])/gu;
const LEET_CAMEL = /(?<![\p{L}\p{N}_.@/\\#:=-])[a-z0-9$@]{3,14}[A-Z][a-z0-9$@]{2,14}?\d{2,4}(?![\p{L}\p{N}_@/\\($%-]|\.[\p{L}\p{N}])/gu;
const TWO_SCRIPTS_NUMBER = /(?<![\p{L}\p{N}_])(?:(?!\p{sc=Latin})[\p{L}\p{M}]){4,24}\d{2,6}(?![\p{L}\p{N}_@/])/gu;
const SCRIPT_GROUPS = [/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]/u, /\p{sc=Hangul}/u, /\p{sc=Cyrillic}/u, /\p{sc=Greek}/u, /\p{sc=Arabic}/u, /\p{sc=Hebrew}/u, /\p{sc=Devanagari}/u, /\p{sc=Thai}/u, /\p{sc=Armenian}/u, /\p{sc=Georgian}/u];

/** Whether a leet word has digits for letters at two places at least: a run of one or two digits before a letter. */
function leetSpelled(v: string): boolean {
  const body = v.replace(/\d+$/, '');
  return (body.match(/\d{1,2}(?=[a-zA-Z$@])/g)?.length ?? 0) >= 2 && (body.match(/[a-z]/g)?.length ?? 0) >= 4 && (body.match(/[A-Z]/g)?.length ?? 0) <= 2;
}

/** Whether a run of letters holds two script groups, each with two letters or more, and nothing else. */
function twoScripts(letters: string): boolean {
  let groups = 0;
  let counted = 0;
  for (const g of SCRIPT_GROUPS) {
    const n = [...letters].filter((c) => g.test(c)).length;
    if (n >= 2) groups++;
    counted += n;
  }
  return groups >= 2 && counted >= [...letters.replace(/\p{M}/gu, '')].length;
}

/**
 * An ASCII letter or any character beyond ASCII (a letter, a mark or a sign of another script), at most one joiner or
 * symbol, then a digit: every shape but `RANDOM_SYMBOLS` holds one (a word run into its number, or a word, a joiner and
 * the number), so a text without one is read by `RANDOM_SYMBOLS` alone.
 */
const LETTER_THEN_DIGIT = /[^\x00-\x40\x5b-\x60\x7b-\x7f][-_.!@#$%^&*=+~]?\d/;

function findGeneratedShapes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  const shaped = LETTER_THEN_DIGIT.test(text);
  WORD_DIGITS_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; shaped && (m = WORD_DIGITS_WORD.exec(text)); ) {
    if (m[1] === '.' && FILE_OR_DOMAIN_END.test(m[2]!)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  for (const re of [WORD_DIGITS_END, LEET_JOINED, LOWER_HYPHENATED]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; shaped && (m = re.exec(text)); ) {
      // Leet is typed in small letters with a capital first; a firmware's or a part's name is in capitals ("EG25GGBR07A08M2G_06").
      if (re === LEET_JOINED && ((m[0].match(/\p{L}\d+(?=\p{L})/gu)?.length ?? 0) < 3 || (m[0].match(/\p{Ll}/gu)?.length ?? 0) < 4)) continue;
      // A year with a symbol is the textbook weak password, named as an example ("passwords like Summer2026!"); so is
      // anything after "like" or "such as".
      if (re === WORD_DIGITS_END && (/^(?:19|20)\d\d\D$/.test(m[0].replace(/^\p{L}+/u, '')) || EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
    }
  }
  RANDOM_SYMBOLS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RANDOM_SYMBOLS.exec(text)); ) {
    const v = m[0].replace(/[.?!,;:]+$/, '');
    // Named on its line as data, not a secret: a table's key, an id, a hash, a nonce, a sample or a pattern.
    // Looked for in the 60 characters before it only: `text.lastIndexOf('\n', m.index)` searched back over the whole
    // text, to its start when there is no line break, once per match (quadratic on a long line of such tokens).
    const near = text.slice(Math.max(0, m.index - 60), m.index);
    const line = near.slice(near.lastIndexOf('\n') + 1);
    if (DATA_LABEL.test(line)) continue;
    if (randomSymbolToken(v)) spans.push({ start: m.index, end: m.index + v.length, label: 'password' });
  }
  OTHER_SCRIPT_WORD_DIGITS.lastIndex = 0;
  let counts: { total: number; perScript: number[] } | null = null;
  for (let m: RegExpExecArray | null; shaped && (m = OTHER_SCRIPT_WORD_DIGITS.exec(text)); ) {
    if (/^(?:19|20)\d\d$/.test(m[0].replace(/^\D+|\D+$/gu, ''))) continue;
    counts ??= scriptCounts(text);
    if (otherScript(counts, m[0])) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  for (const re of [THREE_WORDS_NUMBER, WORD_SYMBOL_DIGITS_SYMBOL, WORD_TWO_DIGITS_DASH, WORD_SYMBOL_DIGITS_WORD, LEET_WORD_DIGITS_SYMBOL]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; shaped && (m = re.exec(text)); ) {
      if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (re === WORD_NUMBER_CAPITALISED_WORD && underscoreIdentifierInCodeTalk(text, m.index, m.index + m[0].length)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
    }
  }
  OTHER_SCRIPT_SYMBOL_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; shaped && (m = OTHER_SCRIPT_SYMBOL_DIGITS.exec(text)); ) {
    // A place or an event and its year ("Αθήνα-2004"), a model's number after a hyphen alone: a year is never taken.
    if (/^(?:19|20)\d\d$/.test(m[0].replace(/^[^\d]+|\D+$/gu, ''))) continue;
    // BE's round: a number sign after a word that names a number ("工单号#48213", "注文番号#55102", "주문번호#30917",
    // "заказ#77410"): a ticket's or an order's reference, as `#` is before digits in every script.
    if (/(?:号|號|番|번호|번|номер|заказ|заявка|тикет|№)[#]\d+$/u.test(m[0])) continue;
    // BC's round: a `+` and a country's code that go on in a phone number's groups ("わからんかったら+57 3 048 7982"):
    // Japanese and Chinese run the words before it into the number, which is a phone's.
    if (/\+\d{1,3}$/.test(m[0]) && /^[ \t.-]?\d{1,4}(?:[ \t.-]\d{2,4}){1,4}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  CAMEL_JOINED_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; shaped && (m = CAMEL_JOINED_NUMBER.exec(text)); ) {
    if (/[._-](?:19|20)\d\d$/.test(m[0]) || EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  LEET_CAMEL.lastIndex = 0;
  for (let m: RegExpExecArray | null; shaped && (m = LEET_CAMEL.exec(text)); ) {
    if (leetSpelled(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  TWO_SCRIPTS_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; shaped && (m = TWO_SCRIPTS_NUMBER.exec(text)); ) {
    if (twoScripts(m[0].replace(/\d+$/, ''))) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  for (const re of [JOINED, RUN_TOGETHER, WORD_DIGITS_SYMBOL]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; shaped && (m = re.exec(text)); ) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  return spans;
}

/**
 * AS's round: shapes a generator or a person makes that also occur elsewhere, taken where a password's word stands
 * within a few lines, in any language or its loanword's spelling ("pasward", "Gennwort", "pasuwado", "mk", "şifre",
 * "hasło", "mật khẩu", "كلمة السر", "パスワード"): two small words and a number joined by hyphens
 * (`glacier-dune-2933`), two capitalised words run together and three to five digits, a symbol after them or not
 * (`WalnutGlacier707`, `MangoHeron1242!`), a capitalised word, a dot or a symbol and four to six digits
 * (`Orchid.21772`, `Mango%50922`), and a random run of twelve to forty letters in both cases with digits or symbols,
 * its case changing five times or more (`Kz5WMlgYyIkEJmU`, `OeE7HKufgVlEu=Q8=`). A slug, a handle, a file or a link
 * has a `/`, `@`, `#` or `.` beside it, which none of these has.
 */
const PASSWORD_NEAR =
  /pa[sz]{1,2}u?w[oa]r?[dt]|pasuwado|pw\b|pwd|passcode|kennwort|gennwort|mot[ \t]+de[ \t]+passe|\bmdp\b|contrase[ñn]a|\bclave\b|\bsenha|has[łl]o|\bheslo|\bgeslo|jelsz[óo]|\bparol|пароль|парол|[şs]ifre|wachtwoord|l[öo]senord|adgangskode|passord|salasana|lozinka|κωδικ|סיסמ|كلمة[ \t]+(?:السر|المرور)|باسورد|پسورد|رمز|पासवर्ड|mật[ \t]+khẩu|\bmk\b|sandi|密码|密碼|パスワード|비밀번호|비번|รหัสผ่าน|\blogin\b|\bwifi\b|\bwi-fi\b|\bwlan\b|\bssid\b|\brouter\b/iu;
const NEAR_REACH = 240;
const CONTEXT_SHAPES = new RegExp(
  [
    '(?<![\\p{L}\\p{N}_.@/\\\\$#:=-])[a-z]{3,10}-[a-z]{3,10}-\\d{4}(?![\\p{L}\\p{N}_@/\\\\(%-]|\\.[\\p{L}\\p{N}])',
    '(?<![\\p{L}\\p{N}_.@/\\\\$#-])\\p{Lu}\\p{Ll}{2,12}\\p{Lu}\\p{Ll}{2,12}\\d{3,5}[!?#$%&*@=+~]?(?![\\p{L}\\p{N}_@/\\\\(-]|\\.[\\p{L}\\p{N}])',
    '(?<![\\p{L}\\p{N}_.@/\\\\$#-])\\p{Lu}\\p{Ll}{3,12}[.%&#@$^*+=~_]\\d{4,6}[!?#$%&*@=+~]?(?![\\p{L}\\p{N}_@/\\\\(-]|\\.[\\p{L}\\p{N}])',
    '(?<=^|[\\s"\'“‘(:：])[A-Za-z0-9!@#$%^&*?=+_~-]{12,40}(?=$|[\\s"\'”’),;]|[.!?](?:\\s|$))',
  ].join('|'),
  'gmu',
);

function findShapesNearPasswordWords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Asked once per text, and each line's base64 verdict once per line: searched again at each match (the whole text
  // for a BEGIN, the whole line for its ends and its verdict), they took time quadratic in a long line of such runs.
  let armoured: boolean | null = null;
  const breakBefore = lastBreakBefore(text);
  let lineAt = -1;
  let base64Line = false;
  CONTEXT_SHAPES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CONTEXT_SHAPES.exec(text)); ) {
    const v = m[0];
    if (!/^(?:[a-z]{3,10}-[a-z]{3,10}-\d{4}|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\d{3,5}[!?#$%&*@=+~]?|\p{Lu}\p{Ll}+[.%&#@$^*+=~_]\d{4,6}[!?#$%&*@=+~]?)$/u.test(v)) {
      // The random run: both cases, a digit or a symbol, five case changes; no name=value, no path, no word alone.
      if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || caseChanges(v) < 5 || /^[A-Za-z_]+=|^-{1,2}[a-z]|^[a-z]{2,6}_/.test(v)) continue;
      // Two digits or a password's symbol; not an identifier's words (`OAuth2PasswordRequestForm`, `Ctrl+Alt+Del`);
      // not a line of base64 (a key block's or a certificate's).
      if ((v.match(/\d/g) ?? []).length < 2 && !/[!@#$%^&*?=~]/.test(v)) continue;
      if (/^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,}|\d+|[^A-Za-z0-9])+$/.test(v) || (armoured ??= /-----BEGIN/.test(text))) continue;
      // Base64 with its padding after a `::` or a colon is an encoded value (LDIF's stored hash), not typed.
      if (/^[A-Za-z0-9+/]+={1,2}$/.test(v) && /:[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const lineStart = breakBefore(m.index) + 1;
      if (lineStart !== lineAt) {
        lineAt = lineStart;
        const lineEnd = text.indexOf('\n', m.index);
        base64Line = /^[A-Za-z0-9+/=]{44,}$/.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim());
      }
      if (base64Line) continue;
    }
    // A year after words is a title's or a page's ("UpgradeGuide2024", "annual-report-2025").
    if (/(?<!\d)(?:19|20)\d\d[!?#$%&*@=+~]?$/.test(v) && !/[^A-Za-z0-9]\d|[!?#$%&*@=+~]$/.test(v.replace(/^[a-z]+-[a-z]+-/, 'x'))) continue;
    // BF's round: a setting of a connection string or an option list, `Port=5432` or `Service=9088` between
    // semicolons, is a name and its number, not a word, a symbol and digits typed as a password.
    if (/^\p{L}+=\d+$/u.test(v) && (/[;]/.test(text[m.index - 1] ?? '') || text[m.index + v.length] === ';')) continue;
    // An id's, a host's or a user's word right before it names something else.
    if (/(?<![\p{L}])(?:ids?|client\p{L}*|host\p{L}*|on|at|in|from|server|user\p{L}*|name|domain|audience|tenant|region)[ \t]*[:=]?[ \t]*$/iu.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (!PASSWORD_NEAR.test(text.slice(Math.max(0, m.index - NEAR_REACH), m.index + v.length + NEAR_REACH))) continue;
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    spans.push({ start: m.index, end: m.index + v.length, label: 'password' });
  }
  return spans;
}

/**
 * BM's round: four more shapes that people and generators make and nothing else writes, read alone:
 * - words of two cases and a number joined by one and the same joiner (`:`, `.`, `~`, `-`, `_`), the number first or
 *   last (`heron:KETTLE:4417`, `417.COBALT.fern`, `27-Kettle-heron-Cobalt`): a small word beside a shouted one, or
 *   three words small and capitalised, in one token, which a constant, a slug, a domain, a version or a file's name
 *   never joins so (`partsOfTwoCases`). Four
 *   letters a word at least (a product code's `SKU`, `LAB` is shorter), and the number no year ("report.FINAL.2024"),
 *   no log line's level before a logger's name (`ERROR:root:…`);
 * - a capitalised word, a small word in brackets run on to it and digits after them (`Kettle(heron)41!`): a call's
 *   brackets are followed by code, not by a number;
 * - two or three small words, each run into one or two digits (`heron4kettle7`): words of four letters or more with a
 *   vowel, not hex (`cafe2beef1` is a digest's run);
 * - eight letters or more whose case changes at every letter, then digits (`hErOnKeTtLe41`): mocking prose alternates
 *   so but puts no number on to it. Opening on a capital, twelve letters at least: words of two letters, each
 *   capitalised, run together (`IsItOnUs2`) alternate so too, though never six of them.
 */
const MIXED_CASE_PARTS =
  /(?<![\p{L}\p{N}_.@/\\$#:=~-])(?:\d{2,4}([-_.:~])\p{L}{4,12}(?:\1\p{L}{4,12}){1,3}|\p{L}{4,12}([-_.:~])\p{L}{4,12}(?:\2\p{L}{4,12}){0,2}\2\d{2,4})(?![\p{L}\p{N}_@/\\(:~-]|\.[\p{L}\p{N}])/gu;
const LOG_LEVEL = /^(?:error|warn|warning|info|debug|trace|fatal|critical|notice)$/i;
const WORD_BRACKETED_WORD_DIGITS = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}\(\p{Ll}{3,14}\)\d{2,4}[!?#$%&*@=+~]?(?![\p{L}\p{N}_@/\\(-]|\.[\p{L}\p{N}])/gu;
const WORDS_EACH_WITH_A_DIGIT = /(?<![\p{L}\p{N}_.@/\\$#:=-])[a-z]{4,12}\d{1,2}(?:[a-z]{4,12}\d{1,2}){1,2}(?![\p{L}\p{N}_@/\\(%-]|\.[\p{L}\p{N}])/gu;
const ALTERNATING_CASE_DIGITS = /(?<![\p{L}\p{N}_.@/\\$#:=-])(?:[a-z](?:[A-Z][a-z]){3,16}[A-Z]?|[A-Z](?:[a-z][A-Z]){5,16}[a-z]?)\d{1,4}(?![\p{L}\p{N}_@/\\(%-]|\.[\p{L}\p{N}])/gu;

/**
 * BN's round, two more shapes of the same kind, read alone:
 * - a number between two words, joined by one `+` or `|` (`quince+29+HAFNIUM`, `walrus|992|sitar`): each word in one
 *   case throughout; with `+`, a small word and a shouted or capitalised one (a URL's query writes `+` for its spaces
 *   between words of one case); with `|`, in a line of other words whose every bar is one of such tokens' (a table's
 *   row, a pattern's alternation, or a pipe-separated record alone on its line, is data);
 * - capitals, digits and a small word run together and closed by a symbol (`MANA32serval>`, `BELU17margay!`): a
 *   product's code has no small word after its digits, an identifier no symbol after it.
 */
/**
 * BO's round, four more of a generator's shapes, read alone:
 * - a small word run into a capitalised one, three digits or more and a password's symbol (`quinceHarbor529%`): an
 *   identifier in camel case ends with a bracket or a dot, not with a number and a symbol;
 * - a capitalised word, `@`, a small word and two to four digits (`Kestrel@maple47`), with no dot or colon after it: an
 *   address's domain has a dot, a login's host a colon or nothing after a small name;
 * - two capitalised words and four digits joined by dots (`Cobalt.Heron.5172`), not a year (`Office.Home.2019` is a
 *   product's edition);
 * - one long capitalised word (nine letters or more, two words run together), a slash and two digits
 *   (`Marigoldtrumpet/37`), not a month's name (`September/24`), nor in a path.
 */
const CAMEL_DIGITS_SYMBOL = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Ll}{3,12}\p{Lu}\p{Ll}{2,12}\d{3,5}[!@#$%^&*?=+~](?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
const WORD_AT_WORD_DIGITS = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Lu}\p{Ll}{2,12}@\p{Ll}{3,12}\d{2,4}(?![\p{L}\p{N}_@/\\(:-]|\.[\p{L}\p{N}])/gu;
const DOTTED_WORDS_NUMBER = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Lu}\p{Ll}{2,12}\.\p{Lu}\p{Ll}{2,12}\.(?!(?:19|20)\d\d(?!\d))\d{4}(?![\p{L}\p{N}_@/\\(-]|\.[\p{L}\p{N}])/gu;
const LONG_WORD_SLASH_TWO_DIGITS = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Lu}\p{Ll}{8,20}\/\d{2}(?![\p{L}\p{N}_@/\\(-]|[.,:]\d)/gu;
const MONTH = /^(?:january|february|september|october|november|december)\//i;
/**
 * BP's round, two more of a generator's shapes, read alone:
 * - two or more digits, two capitalised words run together and a password's symbol (`48MaplePlover?`, `19QuinceOtter!`):
 *   a product's name puts its number after it, and no word opens on digits and closes on a symbol;
 * - a small word, three or four digits and a capitalised word joined by underscores (`walrus_418_Tansy`): an
 *   identifier in snake case keeps one case in its words, a file's name has its extension after it.
 */
const DIGITS_CAMEL_SYMBOL = /(?<![\p{L}\p{N}_.@/\\$#:=-])\d{2,4}\p{Lu}\p{Ll}{2,12}\p{Lu}\p{Ll}{2,12}[!@#$%^&*?=+~](?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;
const WORD_NUMBER_CAPITALISED_WORD = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Ll}{3,12}_\d{3,4}_\p{Lu}\p{Ll}{2,12}(?![\p{L}\p{N}_@/\\(-]|\.[\p{L}\p{N}])/gu;

const NUMBER_BETWEEN_WORDS = /(?<![\p{L}\p{N}_.@/\\$#:=|+~-])\p{L}{3,12}([+|])\d{2,4}\1\p{L}{3,12}(?![\p{L}\p{N}_@/\\(|+-]|\.[\p{L}\p{N}])/gu;
const CAPITALS_DIGITS_WORD_SYMBOL = /(?<![\p{L}\p{N}_.@/\\$#<-])\p{Lu}{3,6}\d{2,4}\p{Ll}{3,12}[!@#$%^&*?=+~>](?=$|[\s"'”»),;:]|[.!?](?:\s|$))/gmu;

function numberBetweenWords(text: string, m: RegExpExecArray, lines: Map<number, boolean>, breakBefore: (at: number) => number): boolean {
  const [left, , right] = m[0].split(m[1]!);
  if (![left!, right!].every((w) => /^\p{Ll}+$|^\p{Lu}\p{Ll}+$|^\p{Lu}+$/u.test(w))) return false;
  if (m[1] === '+') return /^\p{Ll}+$/u.test(left!) !== /^\p{Ll}+$/u.test(right!);
  const lineStart = breakBefore(m.index) + 1;
  // The token alone on its line (blanks around it at most) is a record's.
  const end = m.index + m[0].length;
  if (m.index - lineStart <= 64 && /^[ \t]*$/.test(text.slice(lineStart, m.index)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 64))) return false;
  // Every bar on the line is one of such tokens': a table's, a record's or a pattern's alternation has others
  // ("(founders|175|that one|this one)"). Counted once per line: a long line of such tokens stays linear.
  let ok = lines.get(lineStart);
  if (ok === undefined) {
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const tokenBars = (line.match(new RegExp(NUMBER_BETWEEN_WORDS.source, 'gu')) ?? []).filter((t) => t.includes('|')).length * 2;
    ok = line.split('|').length - 1 === tokenBars;
    lines.set(lineStart, ok);
  }
  return ok;
}

/**
 * Whether the word parts of a joined token are of two cases: one small and one in capitals (`heron:KETTLE:4417`), or
 * three words or more, small and capitalised (`27-Kettle-heron-Cobalt`). Two words alone, a capitalised and a small one,
 * are an error's name and its status as often (`Zugriff-verweigert-403`, `Access-denied-403`).
 */
function partsOfTwoCases(parts: readonly string[]): boolean {
  const words = parts.filter((p) => /^\p{L}+$/u.test(p));
  if (words.length < 2 || !words.some((w) => /^\p{Ll}+$/u.test(w))) return false;
  return words.some((w) => /^\p{Lu}+$/u.test(w)) || (words.length >= 3 && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w)));
}

/** Whether a whole token is words of two cases and a number joined by one joiner (`MIXED_CASE_PARTS`). */
export function joinedWordsOfTwoCases(token: string): boolean {
  return findJoinedWordsOfTwoCases(token).some((s) => s.start === 0 && s.end === token.length);
}

function findJoinedWordsOfTwoCases(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  MIXED_CASE_PARTS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MIXED_CASE_PARTS.exec(text)); ) {
    const parts = m[0].split(/[-_.:~]/);
    const number = /^\d/.test(m[0]) ? parts[0]! : parts[parts.length - 1]!;
    if (/^(?:19|20)\d\d$/.test(number) || LOG_LEVEL.test(parts[0]!) || !partsOfTwoCases(parts)) continue;
    // Each word written in one case throughout, as a person types a word: not a camel-cased identifier's.
    if (!parts.every((p) => /^\d+$|^\p{Ll}+$|^\p{Lu}\p{Ll}+$|^\p{Lu}+$/u.test(p))) continue;
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // BV's round: snake case in a sentence about code is an identifier's (`identifiers-in-code-talk.ts`).
    if (m[0].includes('_') && underscoreIdentifierInCodeTalk(text, m.index, m.index + m[0].length)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  NUMBER_BETWEEN_WORDS.lastIndex = 0;
  const lines = new Map<number, boolean>();
  const breakBefore = lastBreakBefore(text);
  for (let m: RegExpExecArray | null; (m = NUMBER_BETWEEN_WORDS.exec(text)); ) {
    if (!numberBetweenWords(text, m, lines, breakBefore) || EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  for (const re of [WORD_BRACKETED_WORD_DIGITS, WORDS_EACH_WITH_A_DIGIT, ALTERNATING_CASE_DIGITS, CAPITALS_DIGITS_WORD_SYMBOL, CAMEL_DIGITS_SYMBOL, WORD_AT_WORD_DIGITS, DOTTED_WORDS_NUMBER, LONG_WORD_SLASH_TWO_DIGITS, DIGITS_CAMEL_SYMBOL, WORD_NUMBER_CAPITALISED_WORD]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      if (re === WORDS_EACH_WITH_A_DIGIT && (/^[a-f\d]+$/.test(m[0]) || !m[0].split(/\d+/).filter(Boolean).every((w) => /[aeiouy]/.test(w)))) continue;
      if (re === LONG_WORD_SLASH_TWO_DIGITS && MONTH.test(m[0])) continue;
      if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (re === WORD_NUMBER_CAPITALISED_WORD && underscoreIdentifierInCodeTalk(text, m.index, m.index + m[0].length)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
    }
  }
  return spans;
}

export const GENERATED_PASSWORD_SHAPE_FINDERS: readonly Finder[] = [
  { name: 'joined-words-of-two-cases', find: findJoinedWordsOfTwoCases },
  { name: 'generated-password-shapes', find: findGeneratedShapes },
  { name: 'password-shapes-near-password-words', find: findShapesNearPasswordWords },
];
