import { factored } from './fast-anchors';
import type { Finder, SecretSpan } from './rules';

/**
 * A password under its label mistyped by one letter, as a hurried message writes it: "pasword Kestrel076#",
 * "passwrd: …", "pssword = …", "paswoord …", "wachtwood: …", "contrasena …", "lösneord …". The labels are the
 * password words of the big languages and the EU's (seven letters or more, so that a slip still names one word only),
 * each with one letter dropped, doubled or swapped with the next; the value after a colon, an equals sign, "is" or a
 * space must be a password's shape (letters with digits or symbols), as the correctly spelled labels' rules ask.
 */
const WORDS = ['password', 'passwort', 'passcode', 'passphrase', 'wachtwoord', 'lösenord', 'losenord', 'kennwort', 'contraseña', 'contrasena', 'contrasenya', 'adgangskode', 'salasana', 'jelszó', 'parolă', 'lozinka', 'geslo', 'slaptažodis', 'parooli', 'cyfrinair', 'pasfhocal', 'pasahitza'];

/** Each word with one letter dropped, doubled or swapped with its neighbour: the word itself left out. */
export function slips(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i + 1) + word[i] + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  // A vowel said twice or another vowel for it ("paswoord", "passwerd").
  for (let i = 0; i < word.length; i++) if (/[aeiou]/.test(word[i]!)) for (const v of 'aeiou') out.add(word.slice(0, i) + v + word.slice(i + 1));
  out.delete(word);
  for (const w of WORDS) out.delete(w);
  return [...out].filter((w) => w.length >= 6);
}

const SLIPS = [...new Set(WORDS.flatMap(slips))].sort((a, b) => b.length - a.length);
/** Scanned in the plain mode (a Unicode scan folds every character of a long text); a letter on either side is checked apart. */
const LABEL = factored(new RegExp(SLIPS.join('|'), 'gi'));
const LETTER = /\p{L}/u;
const AFTER = /^[ \t]*(?:[:=：]|is|ist|est|es|er|är|on)?[ \t]*([^\s,;"'“”<>()]{6,64})/iu;
const SYMBOL = /[!#$%^&*?~+=@]/;

function passwordShaped(v: string): boolean {
  if (!/\p{L}/u.test(v) || /:\/\/|\/|[\w-]@[\w-]+\.\p{L}/u.test(v)) return false;
  return (/\d/.test(v) && (SYMBOL.test(v) || (/\p{Lu}/u.test(v) && /\p{Ll}/u.test(v)))) || (SYMBOL.test(v) && /\d/.test(v));
}

function findMistypedLabels(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  LABEL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LABEL.exec(text)); ) {
    const from = m.index + m[0].length;
    if (LETTER.test(text[m.index - 1] ?? '') || LETTER.test(text[from] ?? '')) continue;
    const a = AFTER.exec(text.slice(from, from + 80));
    if (!a) continue;
    const value = a[1]!.replace(/[.,;:]+$/, '');
    if (!passwordShaped(value) && !(/\d/.test(value) && /\p{L}/u.test(value) && /[!#$%^&*?~+=@]$/.test(value))) continue;
    const start = from + a[0].length - a[1]!.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * AI's round: "password" itself mistyped, read by every rule as the word it stands for (index.ts turns it into the
 * word in the copy of the text the rules read): "pasword for webshop is …", "passwrd quote system …", "passowrd
 * booking widget …". Of the same length: eight letters read as "password", seven as " passwd", nine as " password".
 */
const PASSWORD_SLIPS = factored(new RegExp(String.raw`(?<![\p{L}])(?:${slips('password').sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`, 'giu'));
export function passwordSlipsSpelled(text: string): string {
  return text.replace(PASSWORD_SLIPS, (w) => (w.length === 8 ? 'password' : w.length === 7 ? ' passwd' : w.length === 9 ? ' password' : w));
}

export const MISTYPED_LABEL_FINDERS: readonly Finder[] = [{ name: 'mistyped-labels', find: findMistypedLabels }];
