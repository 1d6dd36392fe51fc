/**
 * The Snowball English ("Porter2") stemmer, after https://snowballstem.org/algorithms/english/stemmer.html.
 * Input: one lowercased word. Output: its stem ("gaming" → "game", "hiking" → "hike", "generously" → "generous").
 */

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

// A Map, not an object literal: the input is any word the user typed, and `{}['constructor']` is Object itself.
const EXCEPTIONS = new Map<string, string>(Object.entries({
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl', ugly: 'ugli',
  early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
  cosmos: 'cosmos', bias: 'bias', andes: 'andes',
}));
const AFTER_STEP1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const LI_ENDING = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

const STEP2: [string, string][] = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
  ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'],
  ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'], ['anci', 'ance'],
  ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
];
const STEP3: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''],
  ['ical', 'ic'], ['ness', ''], ['ful', ''],
];
const STEP4 = [
  'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion',
  'al', 'er', 'ic',
];

/** Start of the region after the first non-vowel that follows a vowel, searching from `from`. */
function regionAfter(w: string, from: number): number {
  for (let i = Math.max(1, from + 1); i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

/** A short syllable: vowel + non-vowel at the start, or non-vowel + vowel + non-vowel (not w, x, Y) at the end. */
function endsShortSyllable(w: string): boolean {
  const n = w.length;
  if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
  if (n < 3) return false;
  const [a, b, c] = [w[n - 3], w[n - 2], w[n - 1]!];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxY'.includes(c);
}

export function porter2(input: string): string {
  if (input.length <= 2) return input;
  const exception = EXCEPTIONS.get(input);
  if (exception) return exception;
  let w = input.replace(/^'/, '');
  // Consonant y (at the start or after a vowel) becomes Y so it is not treated as a vowel.
  w = w.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');

  let r1 = /^(gener|commun|arsen)/.exec(w)?.[0].length ?? regionAfter(w, 0);
  if (r1 > w.length) r1 = w.length;
  // R2 is the same region found again inside R1; both are positions in the word, fixed before any suffix goes.
  const r2 = Math.min(regionAfter(w, r1), w.length);
  const inR1 = (suffix: string) => w.length - suffix.length >= r1;
  const inR2 = (suffix: string) => w.length - suffix.length >= r2;

  // Step 0: possessive apostrophes.
  w = w.replace(/'s'$|'s$|'$/, '');

  // Step 1a.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith('us') || w.endsWith('ss')) {
    /* unchanged */
  } else if (w.endsWith('s') && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (AFTER_STEP1A.has(w)) return w;

  // Step 1b.
  if (w.endsWith('eedly') || w.endsWith('eed')) {
    const suffix = w.endsWith('eedly') ? 'eedly' : 'eed';
    if (inR1(suffix)) w = w.slice(0, -suffix.length) + 'ee';
  } else {
    const m = /(ingly|edly|ing|ed)$/.exec(w);
    if (m && /[aeiouy]/.test(w.slice(0, -m[0].length))) {
      w = w.slice(0, -m[0].length);
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (DOUBLES.has(w.slice(-2))) w = w.slice(0, -1);
      else if (r1 >= w.length && endsShortSyllable(w)) w += 'e';
    }
  }

  // Step 1c: y/Y after a non-vowel (not the first letter) becomes i.
  if (w.length > 2 && /[yY]$/.test(w) && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';

  // Step 2.
  for (const [suffix, replacement] of STEP2) {
    if (!w.endsWith(suffix)) continue;
    if (inR1(suffix)) {
      if (suffix === 'ogi') {
        if (w[w.length - 4] === 'l') w = w.slice(0, -3) + 'og';
      } else if (suffix === 'li') {
        if (LI_ENDING.has(w[w.length - 3] ?? '')) w = w.slice(0, -2);
      } else w = w.slice(0, -suffix.length) + replacement;
    }
    break;
  }

  // Step 3.
  for (const [suffix, replacement] of STEP3) {
    if (!w.endsWith(suffix)) continue;
    if (inR1(suffix)) {
      if (suffix === 'ative') {
        if (inR2(suffix)) w = w.slice(0, -5);
      } else w = w.slice(0, -suffix.length) + replacement;
    }
    break;
  }

  // Step 4.
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    if (inR2(suffix)) {
      if (suffix === 'ion') {
        if (/[st]ion$/.test(w)) w = w.slice(0, -3);
      } else w = w.slice(0, -suffix.length);
    }
    break;
  }

  // Step 5.
  if (w.endsWith('e')) {
    const stemmed = w.slice(0, -1);
    if (inR2('e') || (inR1('e') && !endsShortSyllable(stemmed))) w = stemmed;
  } else if (w.endsWith('ll') && inR2('l')) w = w.slice(0, -1);

  return w.replace(/Y/g, 'y');
}
