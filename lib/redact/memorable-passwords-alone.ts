import { memorable } from './passwords-after-what-they-open';
import type { Finder, SecretSpan } from './rules';

/**
 * BU's round: a memorable password read with no word naming it or what it opens ("Dad it's LOAFER.72.cortland for the
 * printer thing", "you're in as info, then stegosaur=Raptor=62", "all yours: 21RUSSETbrogue", "we're
 * caslon_Iguanodon_690! on the shared drive now"). Two words and a number in one of `memorable`'s shapes, where the
 * words are written in two different cases (a small word beside a capitalised or a shouted one, or two words run
 * together told apart by a capital): no name, title, file, product or tag is written so, while a title's words
 * share one case ("Annual_Review_2023", "Tokyo-2020-Olympics") and a product's begin with a small letter before a
 * capital ("iPhone_15_Pro"), both kept. One dot alone is a file's, a site's or a package's ("SHASUMS256.txt",
 * "Earth911.com", "sha256.New"). Not after a path's, a handle's, a tag's or a setting's mark, nor before a
 * file's extension; no hyphen (prose's compounds: "First-90-days ideas", "COVID-19-era") and no slash (paths).
 */
const CANDIDATE = /(?<![^\s"'“‘«([>:])([A-Za-z0-9][A-Za-z0-9/_.~+&@=-]{6,40}[A-Za-z0-9][!?#$%&*]?)(?=[.,;:)"'”’]*(?:\s|$))/g;

const WORD_CASES: readonly [RegExp, string][] = [
  [/^[a-z]+$/, 'small'],
  [/^[A-Z][a-z]+$/, 'title'],
  [/^[A-Z]+$/, 'shouted'],
  [/^[a-z]{3,}[A-Z][a-z]{2,}$/, 'joined'],
];

function wordsInTwoCases(v: string): boolean {
  // The number first and a shouted word run into a small one (`84WORDword`): two words, two cases.
  if (/^\d{2,4}[A-Z]{3,14}[a-z]{3,14}/.test(v)) return true;
  const words = v.match(/[A-Za-z]+/g) ?? [];
  const cases = new Set<string>();
  for (const w of words) {
    const c = WORD_CASES.find(([re]) => re.test(w))?.[1];
    if (c === undefined) return false;
    cases.add(c);
  }
  return cases.has('joined') || cases.size >= 2;
}

function findMemorablePasswordsAlone(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CANDIDATE.exec(text)); ) {
    const v = m[1]!;
    // One dot alone joins a file's name and its extension, a site and its domain, a package and its function
    // ("SHASUMS256.txt", "Earth911.com", "sha256.New"): a memorable password's dots come in twos.
    // No hyphen: prose joins words and numbers so ("First-90-days ideas", "COVID-19-era", "Top-10-list").
    // Dots only around the number (`WORD.NN.word`): a file's versions end in one ("report.FINAL.2024").
    if (v.includes('.') && !/[A-Za-z]\.\d{2,4}\.[A-Za-z]/.test(v)) continue;
    if (v.includes('-') || v.includes('/') || /^[^.]*\.[^.]*$/.test(v) || !memorable(v) || !wordsInTwoCases(v)) continue;
    // A capitalised or shouted word, then small ones, joined by underscores, is how files, sheets' columns and
    // constants are named ("Sales_report_2024", "Tax_returns_2023", "HTTP_status_404"), not a password's mixing.
    if (/^(?:[A-Z][a-z]+|[A-Z]{2,})(?:_(?:[a-z]+|\d+))+$/.test(v)) continue;
    const prev = text[m.index - 1];
    if (prev === ':' && /[\w]:$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    spans.push({ start: m.index, end: m.index + v.length, label: 'password' });
  }
  return spans;
}

export const MEMORABLE_PASSWORDS_ALONE_FINDERS: readonly Finder[] = [{ name: 'memorable-passwords-alone', find: findMemorablePasswordsAlone }];
