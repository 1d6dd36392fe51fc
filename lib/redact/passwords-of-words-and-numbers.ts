import type { Finder, SecretSpan } from './rules';

/**
 * BZ's round: two more shapes people make passwords in, read alone, with no word that names them (BW's, BX's and BY's
 * rounds left "human passwords with no naming word" too: "reading it off the post-it: MEaDOwPArSniP92"). Each is a
 * shape that names, paths, versions and code do not write:
 * - letters in random case, then two digits and a symbol or two maybe ("DOORMaTtundrA77", "WafflEnEcTar93!?"): a
 *   capital run or a lone small letter between capitals, at least four switches of case, which camel-cased names
 *   ("MacBookPro16") never have;
 * - a capitalised word with a digit or `@`/`$` put for a letter inside it and a digit at its end ("V0rtexdynamo2",
 *   "L@nternhaz3l7").
 * The round also read three shapes of words joined by a symbol and a number ("Turnip:Glacier:28", "Marble/pistol/00",
 * "orbit-Hammock.177"); the lead's review left them out: they were BZ's writer's generator's shapes, and read alone
 * they took a log's fields ("Status:Pending:15"), months and days ("Jan/Feb/23", "Mon/Wed/20"), a sheet's tabs
 * ("Home/garden/12") and files', branches' and teams' names ("holiday-Spain-22", "feature-Login-42", "team-Alpha-01").
 */
const RANDOM_CASE_DIGITS = /(?<![\p{L}\p{N}_.:/@\\$#+=-])[A-Za-z]{8,20}\d{2}[!?%&=*#$@^~+]{0,3}(?![\p{L}\p{N}_:/@\\+=-]|\.\p{L})/gu;
const LEET_WORD = /(?<![\p{L}\p{N}_.:/@\\$#+=-])[A-Z][a-z0-9@$]{8,20}[0-9](?![\p{L}\p{N}_:/@\\+=-]|\.\p{L})/gu;

/**
 * Random case: at least four switches of case, and two lone small letters between capitals, or one with two capitals
 * before a small one inside the word, or a capital last after a small letter.
 */
function randomCase(letters: string): boolean {
  const switches = letters.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0;
  if (switches < 4) return false;
  // A lone small letter between capitals comes once in a camel-cased name with a one-letter word ("getUserById"),
  // twice or more only by chance.
  const lone = letters.match(/[A-Z][a-z](?=[A-Z])/g)?.length ?? 0;
  return lone >= 2 || (lone >= 1 && /[A-Z]{2}[a-z]/.test(letters)) || /[a-z][A-Z]$/.test(letters);
}

/** A letter-for-a-digit inside the word: a digit (or `@`, `$`) between two small letters, three or fewer digits in all. */
function leet(value: string): boolean {
  const digits = value.match(/\d/g)?.length ?? 0;
  const letters = value.match(/[a-z]/gi)?.length ?? 0;
  return digits <= 3 && letters >= 8 && /[a-z][0-9@$][a-z]/.test(value);
}

function findPasswordsOfWordsAndNumbers(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  const add = (start: number, end: number) => spans.push({ start, end, label: 'password' });
  for (const m of text.matchAll(RANDOM_CASE_DIGITS)) if (randomCase(m[0].replace(/\d{2}[^A-Za-z\d]*$/, ''))) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(LEET_WORD)) if (leet(m[0])) add(m.index, m.index + m[0].length);
  return spans;
}

export const PASSWORDS_OF_WORDS_AND_NUMBERS_FINDERS: readonly Finder[] = [{ name: 'passwords-of-words-and-numbers', find: findPasswordsOfWordsAndNumbers }];
