import { FUNCTION, PROSE } from './prose-words';
import type { Finder, SecretSpan } from './rules';

/**
 * BY's round: a passphrase of four to seven plain words, with no small word between them, given for what a
 * passphrase opens: an encrypted volume or disk, a key, a password vault ("VeraCrypt volume on the external drive:
 * marble hazel puffin saffron (all lowercase)", "the gpg key … is protected with crumpet velvet bramble harbor basalt,
 * and …", "KeePass file …: phrase is marble walrus drizzle sparrow"), a "memorable phrase" ("… I gave the pension
 * company was zephyr jasper indigo nutmeg."), or "the words" a group went with. BX's and BW's corpora left the same
 * family ("the words are …"). The rules for phrases after a password's word need a small English word in the phrase or
 * digits after it; here the thing named says what follows is its passphrase, and the run must:
 * - follow the thing's name in the same clause, right after a colon, a verb for "is", "with" or "the words";
 * - be four to seven lower-case words of three to twelve letters, none a pronoun, an auxiliary, a function word or a
 *   word about passwords (`prose-words.ts`), none in "-ly", and not two in "-ing" or "-ed" (a report's verbs);
 * - end its clause: the line's end, a stop, a comma, a semicolon, a bracket or a dash.
 */
const ENCRYPTED_THING =
  /(?<![\p{L}])(?:vera[ \t]?crypt|true[ \t]?crypt|keepass(?:xc)?|bitwarden|1password|luks|gpg|pgp|gnupg|bitlocker|filevault|cryptomator|age[ \t]+key|ssh[ \t]+key|private[ \t]+key|vault|encrypted|encryption|diceware|memorable[ \t]+(?:phrase|words?)|pass[ \t-]?phrase|the[ \t]+words)(?![\p{L}])/giu;
/** Between the thing and the phrase: a colon, or a verb for "is", "with", "the words", then the phrase. */
const BRIDGE_THEN_PHRASE =
  /^[^\n.!?;]{0,80}(?::|(?<![\p{L}])(?:is|was|are|were|with|words|phrase))[ \t]+((?:[a-z]{3,12}[ \t]+){3,6}[a-z]{3,12})(?=[ \t]*(?:$|\n|[.,;)(—–-]))/u;

/** Right after "the words", "passphrase" or "memorable phrase" themselves: the phrase with no bridge. */
const PHRASE_AT_ONCE = /^[ \t]+((?:[a-z]{3,12}[ \t]+){3,6}[a-z]{3,12})(?=[ \t]*(?:$|\n|[.,;)(—–-]))/u;

function findPassphrases(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ENCRYPTED_THING.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ENCRYPTED_THING.exec(text)); ) {
    const from = a.index + a[0].length;
    // Read in a slice: the bridge and the phrase stand within a line's first 200 characters after the name.
    const slice = text.slice(from, from + 200);
    const m = (/(?:words?|phrase)$/i.test(a[0]) ? PHRASE_AT_ONCE.exec(slice) : null) ?? BRIDGE_THEN_PHRASE.exec(slice);
    if (!m) continue;
    const phrase = m[1]!;
    const words = phrase.split(/[ \t]+/);
    if (words.some((w) => PROSE.test(w) || FUNCTION.test(w) || w.endsWith('ly'))) continue;
    if (words.filter((w) => w.length > 4 && /(?:ing|ed)$/.test(w)).length >= 2) continue;
    const start = from + m.index + m[0].length - phrase.length;
    spans.push({ start, end: start + phrase.length, label: 'password' });
    ENCRYPTED_THING.lastIndex = start + phrase.length;
  }
  return spans;
}

export const PASSPHRASES_OF_ENCRYPTED_THINGS_FINDERS: readonly Finder[] = [{ name: 'passphrases-of-encrypted-things', find: findPassphrases }];
