import { keepJudged, type Finder, type RegexRule, type SecretSpan } from './rules';
import { factored, fastAnchors, fastScan } from './fast-anchors';

/**
 * Runs a regex rule only where its anchor stands, tried there and nowhere else: for a rule whose every match begins
 * with one of a few names ("PIN", "door code", "password"), the anchor is those names. A pattern that opens with a
 * Unicode lookbehind (`(?<![\p{L}\p{N}_])`) makes V8 test that lookbehind at every character of the text before the
 * names; the anchor, a plain alternation scanned without the `u` flag (`fast-anchors.ts`), finds the few places
 * where the names stand, and the rule's own regex, made sticky, is tried at each. The matches are the same as a scan
 * of the whole text finds, provided every match of the rule begins where an anchor match begins (each place an
 * anchor begins is tried, not only where the last one ended); the lookbehind still sees the whole text.
 */
export function anchoredFinder(rule: RegexRule, unicodeAnchors: RegExp): Finder {
  // Only where an anchor begins is read: its alternatives may be regrouped by their first characters (`factored`).
  const anchors = factored(fastAnchors(unicodeAnchors));
  const sticky = stickyOf(rule);
  return {
    name: rule.name,
    find(text) {
      // The first place at or after `from` where an anchor begins.
      return findAt(rule, sticky, text, (from) => {
        anchors.lastIndex = from;
        return anchors.exec(text)?.index ?? -1;
      });
    },
  };
}

/**
 * `anchoredFinder` with the places given: `starts(text)` lists, in order, every place where a match may begin (a list
 * several rules share, found once per text: `passwordWordStarts`). The rule's regex, made sticky, is tried at each
 * place past the last match where `near`, if given, finds what every match holds in its first 64 characters.
 */
export function finderAtStarts(rule: RegexRule, starts: (text: string) => readonly number[], near?: RegExp): Finder {
  const sticky = stickyOf(rule);
  return {
    name: rule.name,
    find(text) {
      const list = starts(text);
      let i = 0;
      // The first listed place at or after `from`, skipping those where `near` finds nothing.
      return findAt(rule, sticky, text, (from) => {
        while (i < list.length && (list[i]! < from || (near && !near.test(text.slice(list[i]!, list[i]! + 64))))) i++;
        return i < list.length ? list[i++]! : -1;
      });
    },
  };
}

/** The rule's regex, made sticky: tried at one place only. */
function stickyOf(rule: RegexRule): RegExp {
  // Its alternations regrouped by their first characters: the same matches, found sooner (`factored`).
  return factored(new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'));
}

/**
 * The rule tried at each place `next(from)` gives (the first at or after `from`, or -1 when none is left): from the
 * place's next character on when nothing matches there or the match is empty; from the match's end when the rule
 * keeps it, or where `resumeAfterReject` says when it turns it down.
 */
function findAt(rule: RegexRule, sticky: RegExp, text: string, next: (from: number) => number): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let from = 0;
  for (let at = next(from); at >= 0 && at < text.length; at = next(from)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m || m[0].length === 0) {
      from = at + 1;
      continue;
    }
    const kept = keepJudged(rule, m, text, spans);
    from = kept === 0 && rule.resumeAfterReject ? Math.max(m.index + 1, rule.resumeAfterReject(m)) : m.index + m[0].length;
  }
  return spans;
}

const LETTER = /[\p{L}]/u;
const SPACE = /\s/;

/** `/[\p{L}]/u` on the code unit at `i`, ASCII read without a regex. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}

/** `/[\s\d.!?;]/` on a code unit: a space, a digit or a sentence's end stops a word. */
function endsWord(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 48 && c <= 57) || c === 46 || c === 33 || c === 63 || c === 59;
  return SPACE.test(String.fromCharCode(c));
}

/** `/[\n\d.!?;]/` on a code unit. */
function endsRun(c: number): boolean {
  return c === 10 || (c >= 48 && c <= 57) || c === 46 || c === 33 || c === 63 || c === 59;
}

/**
 * A rule whose every match ends with a number (its group `group`) and opens on a word at most `words` words before
 * that number, on its line, with no sentence's end between: tried only at the runs of digits where `number` (a sticky
 * regex: the number's shape) matches, its regex made sticky at the first letter of each of those words, nearest first;
 * a match counts where its number is the one tried. A text holds far fewer numbers than words, and rules whose names
 * are a long list (verbs of keying in, combination locks in forty languages, one-time codes' names) cost a scan of
 * every character for them.
 */
export function finderBeforeNumbers(rule: RegexRule, group: number, words: number, number: RegExp): Finder {
  const sticky = stickyOf(rule);
  const runs = /\d+/g;
  return {
    name: rule.name,
    find(text) {
      const spans: SecretSpan[] = [];
      runs.lastIndex = 0;
      for (let r: RegExpExecArray | null; (r = runs.exec(text)); ) {
        number.lastIndex = r.index;
        if (!number.test(text)) continue;
        for (const at of wordStartsBefore(text, r.index, words)) {
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (m && m.indices?.[group]?.[0] === r.index && keepJudged(rule, m, text, spans) > 0) break;
        }
      }
      return spans;
    },
  };
}

/**
 * The first letters of the words before `at`, nearest first, at most `count` of them and 160 characters back, on the
 * same line, stopping at a digit or a sentence's end.
 */
function wordStartsBefore(text: string, at: number, count: number): number[] {
  const starts: number[] = [];
  let i = at;
  const limit = Math.max(0, at - 160);
  while (starts.length < count && i > limit) {
    while (i > limit && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    const end = i;
    while (i > limit && !endsWord(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    let first = i;
    while (first < end && !isLetter(text, first)) first++;
    if (first < end) starts.push(first);
    if (i > limit && endsRun(text.charCodeAt(i - 1))) break;
  }
  return starts;
}

const WORD_PART = /[\p{L}\p{M}\p{N}'’-]/u;

/** `WORD_PART` on the code unit at `i`, ASCII read without a regex. */
function isWordPart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
  return WORD_PART.test(text[i]!);
}

/**
 * A rule whose every match opens on the word a name (`anchors`, a regex for `fastAnchors`) stands in, or on one of the
 * `wordsBack` words before it on its line ("the new code …", "មានកូដ …", "i-PIN …", "Zugangscode …"): its regex, made
 * sticky, is tried only at those word starts, for each place a name is found (once per text, in the plain mode), past
 * the end of the last match. Cheaper than `finderBeforeNumbers` where numbers are many and names are few.
 */
export function finderAtNameWords(rule: RegexRule, names: RegExp, wordsBack: number): Finder {
  const sticky = stickyOf(rule);
  const anchors = fastScan(fastAnchors(names));
  return {
    name: rule.name,
    find(text) {
      const spans: SecretSpan[] = [];
      let done = 0;
      // The last word start tried: a start tried for an earlier name is not tried again (its match would be the same).
      let tried = -1;
      anchors.lastIndex = 0;
      for (let a: RegExpExecArray | null; (a = anchors.exec(text)); ) {
        if (a[0].length === 0) anchors.lastIndex++;
        if (a.index < done) continue;
        // The word the name stands in, then the words before it on the line, nearest first.
        let s = a.index;
        while (s > 0 && a.index - s < 40 && isWordPart(text, s - 1)) s--;
        const starts = [s];
        let i = s;
        for (let n = 0; n < wordsBack; n++) {
          while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
          const end = i;
          while (i > 0 && end - i < 40 && isWordPart(text, i - 1)) i--;
          if (i === end) break;
          starts.push(i);
        }
        for (const at of starts) {
          if (at < done || at <= tried) break;
          // Every match opens on a word's letter, never on a digit.
          if (text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) continue;
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (m && m[0].length > 0 && keepJudged(rule, m, text, spans) > 0) {
            done = m.index + m[0].length;
            break;
          }
        }
        tried = Math.max(tried, s);
      }
      return spans;
    },
  };
}
