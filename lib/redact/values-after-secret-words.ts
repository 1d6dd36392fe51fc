import { NOT_THE_PASSWORD, PASSWORD_WORDS } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';
import { isMarker } from './values';

/**
 * AN's round: a secret's word in any language, a few plain words of that language (its copula, "of the account", "for
 * the wifi"), then a value whose shape alone says it is the secret, on the same line: "Passwoot för dä Laptop es
 * SaltySail1995", "Гесло до вайфаю є puzzlebonsai07", "Parola ti wifi easte 3006508", "Kod za źurja jo 266827",
 * "गुप्तशब्दः नदीतीरम्18 अस्ति". The words between may be of any language, so no copula list is needed; they must hold no
 * digit, nothing that makes the value an example, a rule or an error, and no word that names another number (an order's,
 * a phone's, a year "since"). The value is one of:
 * - four to twelve digits, not a year, not one digit repeated, not a part of a longer number, a date, a price or a count;
 * - a word run into two to four digits, in any script ("lanternparachute638", "PurpleParachute1974", "Полонина3842",
 *   "青山绿水0709"): six letters at least in a script with small words, as product names ("windows10") are shorter;
 * - letters of both cases mixed at random, ten or more ("owxmXFJwzEeZxFk"): no word or name switches case that often.
 */

/**
 * Password words the shared list lacks, broad rather than one corpus's: the "secret word" of the Romance, Germanic and
 * Slavic languages (parola segreta, palabra secreta, mot secret, Geheimwort, tajne słowo), regional spellings of the
 * password word (Kölsch Passwoot, Jèrriais mot d'passe, Arpitan mot de passo, Lower Sorbian gronidło, Rusyn and
 * Ukrainian гасло/гесло, Võro salasõna, Northern Sami beassansátni, Sanskrit गुप्तशब्द, Inuktitut ᐅᖃᐅᓯᖅ "word" after
 * ᐃᓯᕐᓂᒧᑦ "for entering").
 */
export const MORE_PASSWORD_WORDS = String.raw`pa?r[oòó]la[ \t]+s[eé]gr[eé]t\p{L}*|palabra[ \t]+secreta|palavra[ \t]+secreta|mot[ \t]+secret|geheimwort|tajne[ \t]+s[łl]owo|mot[ \t]+d['’]?[ \t]?pass\p{L}*|mot[ \t]+de[ \t]+pass\p{L}*|passwoo?r?t|passwuet|paswoord|gronid[łl]\p{L}*|г[еаэ]сл[оа](?![\p{L}])|salas[õo]n\p{L}*|beassans[áa]tni\p{L}*|गुप्तशब्द\p{L}*|ᐃᓯᕐᓂᒧᑦ[ \t]+ᐅᖃᐅᓯᖅ|kata[ \t]+sandi|kata[ \t]+rahasia|gizli[ \t]+s[öo]z\p{L}*`;

const SECRET_WORD = new RegExp(String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_./])(?:${PASSWORD_WORDS.source}|${MORE_PASSWORD_WORDS})`, 'giu');

/**
 * A code's word: the international word's stems in Latin and Cyrillic (code, codice, código, kod, kód, koda, kood,
 * kodigu, codlu, код), with a compound's head before it ("Uksakoda", "Türcode"), Sanskrit and Hindi सङ्केत/संकेत, and
 * the Han script's 密码/密碼 (already a password word). Not a barcode, source code, promo code, postcode or an error's.
 */
const CODE_WORD = /(?<![\p{L}\p{N}_./-])(?:c[oóòô]d|k[oóòô]{1,2}d|код|सङ्केत|संकेत)\p{L}{0,6}|(?<![\p{L}\p{N}_./-])(?:uksa|ovi|uks|t[üu]r|d[øo]r|deur|door|gate|user|engineer|installer|master|admin|alarm|access|entry|lock|keypad|garage)[ \t-]?(?:c[oóòô]d|k[oóòô]{1,2}d)\p{L}{0,4}/giu;
const NOT_A_CODE = /^(?:codes?|kodi|cod(?:e[cdrx]|ed|ers?|eine|ing|if\p{L}*|ices?|ex\p{L}*|a|as|fish)?|kodak\p{L}*|kodiak\p{L}*|\p{L}*(?:bar|qr|post|zip|source|promo|uni|en|de|re|trans|pseudo|geo|kodieren|codierung|decod|encod)(?:c[oóòô]d|k[oóòô]d)\p{L}*|coda|codon\p{L}*)$/iu;
const OTHER_CODE_BEFORE = /(?<![\p{L}])(?:product|article|item|model|part|sku|serial|order|booking|reference|customer|post|postal|zip|bar|qr|source|promo|discount|voucher|coupon|error|status|exit|area|country|tracking|referral|sms|otp|verification|confirmation|tax|course|class|auth\p{L}*|approval|stop|cent(?:re|er)|reg\.?|registr\p{L}*|version|syllabus|pin|kontroll\p{L}*|company|firm\p{L}*|\p{L}*mon[eė]s|unternehm\p{L}*|entreprise|empresa|societ\p{L}*|business|dial\p{L}*|colou?r|hs|fehler|rabatt|gutschein|quell)[ \t-]?$/iu;

/** Words between that name another number or make the value something other than the secret. */
const ANOTHER_NUMBER = /(?<![\p{L}])(?:number|nummer|num[ée]ro|n[úu]mero|numer|номер|order|bestell\p{L}*|commande|pedido|booking|reservation|invoice|ticket|tracking|phone|tel|fax|mobile|zip|post\p{L}*|since|seit|depuis|desde|from|until|year\p{L}*|length|long|characters?|digits?|chars|min|max|expires?|expired|ago|last|old|alt\p{L}*|vieux|ancien\p{L}*|previous|former|before|was|war|era|était|reset|hint|de[- ]?fault|standard|factory|id|returns?|gives?|prints?|shows?|outputs?|auth\p{L}*|autori\p{L}*|approv\p{L}*|confirm\p{L}*|changed|never|these|those|produ\p{L}*|pocztow\p{L}*|postal\p{L}*|puerto|port|error|erro|erreur|fehler|errore|b[łl][ąa]d\p{L}*|ошибк\p{L}*|خطأ|الخطأ|بريد\p{L}*|البريدي|kwa|mwezi|month|monat|mois|mes|per)(?![\p{L}])/iu;

/** "like", "such as" in a few languages: what follows is an example ("No uses contraseñas como 123456"). */
const SUCH_AS = /(?<![\p{L}])(?:like|such|como|comme|come|wie|zoals|jak|как|kuten|som|olarak|gibi|seperti|tulad)(?![\p{L}])/iu;

const WORD_RUN_DIGITS = /^(?:[\p{L}\p{M}]{4,24})\d{2,4}$/u;
const DIGITS = /^\d{4,12}$/;
/** A value ends at a space, a clause's punctuation or the line; not in a longer number, a date, a time or a price. */
const VALUE = /^[^\s"“”<>()，。、；,;!?]{1,40}/u;
const BAD_TAIL = /^(?:[-./:]\d|[ \t]*(?:€|\$|£|%|eur|usd|km|kg|cm|mm|years?|days?|hours?|minutes?|times|x|ans|jahre?|tage?|d[ií]as)(?![\p{L}]))/iu;

/**
 * A token's word, or a key's with a head that makes it private (secret, private, upload, API, access, auth, signing,
 * master, admin key: "new API token for the zone edits is `…`"): only a value of random shape is taken after it,
 * letters of both cases with digits, eight characters at least and changing case twice, with no vendor's prefix (a
 * publishable `pk_live_`, a checkout's `rzp_live_` id are the vendor rules' to judge); a key's name or a word is not.
 */
const KEY_WORD = /(?<![\p{L}\p{N}_./-])(?:token|(?:secret|private|upload|api|access|auth|signing|master|admin)[ \t_-]?key)(?![\p{L}\p{N}_-])/giu;

function randomKey(value: string): boolean {
  if (!/^[A-Za-z0-9_-]{8,200}$/.test(value) || /^[a-z]{2,5}_/.test(value) || !/\d/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return false;
  const switches = (value.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g) ?? []).length;
  // A program's identifier in camel case, digits anywhere ("getUserAccountSettings2024Final"), is no key.
  return switches >= (value.length >= 20 ? 3 : 2) && !/^[a-z]+(?:[A-Z][a-z]+)+$|^(?:[A-Z][a-z]+){2,}$/.test(value.replace(/\d+/g, ''));
}

function shapeSaysSecret(value: string, codeWord: boolean | 'key'): boolean {
  if (codeWord === 'key') return randomKey(value);
  if (DIGITS.test(value)) {
    if (/^(\d)\1+$/.test(value) || /^(?:19|20)\d\d$/.test(value)) return false;
    return true;
  }
  if (codeWord) return false;
  if (WORD_RUN_DIGITS.test(value)) {
    const letters = value.replace(/\d+$/, '');
    if (/^\p{Script=Latin}+$/u.test(letters) && letters.length < 6) return false;
    // A CamelCase name with a year ("PostgreSQL2019"): a run of capitals is an acronym's, not a password's.
    if (/\p{Lu}{3}/u.test(letters)) return false;
    return true;
  }
  // A program's identifier in camel case ("getUserByIdAndName", "PasswordResetToken") is no password.
  if (/^[a-z]+(?:[A-Z][a-z]+)+\d*$|^(?:[A-Z][a-z]+){2,}\d*$/.test(value) && !WORD_RUN_DIGITS.test(value)) return false;
  if (/^[\p{L}\d]{10,40}$/u.test(value) && /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)) {
    const switches = (value.match(/\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Ll})/gu) ?? []).length;
    return switches >= (/\d/.test(value) ? 4 : 6);
  }
  return false;
}

function findValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text) && !/\p{Lu}/u.test(text)) return spans;
  let after = 0;
  for (const [re, codeWord] of [
    [SECRET_WORD, false],
    [CODE_WORD, true],
    [KEY_WORD, 'key'],
  ] as const) {
    re.lastIndex = 0;
    for (let a: RegExpExecArray | null; (a = re.exec(text)); ) {
      const word = a[0];
      // A word in the Arabic script inside a longer one names something else ("الرمز البريدي", a postal code).
      if (/^[\u0600-\u06FF]/.test(word) && /[\u0600-\u06FF]/.test(text[a.index - 1] ?? '')) continue;
      if (codeWord === true && NOT_A_CODE.test(word)) continue;
      const from = a.index + word.length;
      const rest = text.slice(from, from + 120);
      const line = rest.slice(0, (rest.indexOf('\n') + 1 || rest.length + 1) - 1);
      // Every value holds a digit or is ten letters at least: a line without either is passed over at once.
      if (!/\d|[\p{L}\d]{10}/u.test(line)) continue;
      let before = text.slice(Math.max(0, a.index - 100), a.index);
      before = before.slice(before.lastIndexOf('\n') + 1);
      // A code's word on a line with other numbers before it (not one this rule has just taken: "engineer code 4262,
      // user code 2574") is a form's or a receipt's field (an order's, a card's, an address's number first: "Nombor pesanan 8319251, poskod 50450", "Karta: **** 3466 / Kodi i autorizimit").
      if (codeWord === true && (OTHER_CODE_BEFORE.test(before) || /\d|[*•]{3}/.test(text.slice(Math.max(0, a.index - 120, after), a.index)))) continue;
      // "Do not pick these passwords:", "avoid passwords like": a list of bad ones follows.
      if (NOT_THE_PASSWORD.test(before) || /(?<![\p{L}])(?:these|those|never|not|avoid|don['’]?t)(?![\p{L}])[^.!?]{0,20}$/iu.test(before)) continue;
      // Try each end of the words between, shortest first: the first token after them whose shape says secret.
      let at = 0;
      let words = 0;
      while (at <= line.length && words <= 5) {
        const lead = /^[ \t]*[:：=]?[ \t]*/.exec(line.slice(at))![0];
        const v = VALUE.exec(line.slice(at + lead.length));
        if (!v) break;
        const raw = v[0].replace(/[.:：'’`]+$/, '').replace(/^['’`]+/, '');
        const between = line.slice(0, at);
        if (between && codeWord === 'key' && /(?<![\p{L}])(?:to|from|address|wallet|public|publishable|site)(?![\p{L}])/iu.test(between)) break;
        if (between && (NOT_THE_PASSWORD.test(between) || ANOTHER_NUMBER.test(between) || SUCH_AS.test(between))) break;
        if (shapeSaysSecret(raw, codeWord) && !isMarker(raw)) {
          const start = from + at + lead.length + v[0].indexOf(raw);
          const tail = text.slice(start + raw.length, start + raw.length + 40);
          // What follows names another number ("8656 يظهر", "15000 kwa mwezi", "8080 está abierto" with its port before).
          const next = tail.slice(0, tail.search(/[\n.!?;]|$/));
          // A list after it (", 5678, 0000"): examples or a rule's, not one given.
          if (!BAD_TAIL.test(tail) && !(codeWord === true && ANOTHER_NUMBER.test(next.slice(0, 24))) && !/^[!?.#*]*[ \t]*[,;][ \t]*[^\s,;]{3,}[ \t]*[,;]/u.test(tail) && start >= after) {
            spans.push({ start, end: start + raw.length, label: 'password' });
            after = start + raw.length;
          }
          break;
        }
        // The words between: up to five, letters of any script (a particle, a copula, "for the wifi"), no digit, and
        // no stop that ends the sentence.
        if (!/^[\p{L}\p{M}'’-]{1,16}$/u.test(raw) || v[0].endsWith('.')) break;
        at += lead.length + v[0].length;
        words++;
      }
    }
  }
  return spans;
}

export const VALUES_AFTER_SECRET_WORD_FINDERS: readonly Finder[] = [{ name: 'values-after-secret-words', find: findValues }];
