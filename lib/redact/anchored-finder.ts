import { keepJudged, type Finder, type RegexRule, type SecretSpan } from './rules';
import { fastAnchors } from './fast-anchors';

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
  const anchors = fastAnchors(unicodeAnchors);
  const sticky = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
  return {
    name: rule.name,
    find(text) {
      const spans: SecretSpan[] = [];
      let from = 0;
      while (from < text.length) {
        anchors.lastIndex = from;
        const a = anchors.exec(text);
        if (!a) break;
        sticky.lastIndex = a.index;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) {
          from = a.index + 1;
          continue;
        }
        const kept = keepJudged(rule, m, text, spans);
        from = kept === 0 && rule.resumeAfterReject ? Math.max(m.index + 1, rule.resumeAfterReject(m)) : m.index + m[0].length;
      }
      return spans;
    },
  };
}

/**
 * `anchoredFinder` with the places given: `starts(text)` lists, in order, every place where a match may begin (a list
 * several rules share, found once per text: `passwordWordStarts`). The rule's regex, made sticky, is tried at each
 * place past the last match where `near`, if given, finds what every match holds in its first 64 characters.
 */
export function finderAtStarts(rule: RegexRule, starts: (text: string) => readonly number[], near?: RegExp): Finder {
  const sticky = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
  return {
    name: rule.name,
    find(text) {
      const spans: SecretSpan[] = [];
      let from = 0;
      for (const at of starts(text)) {
        if (at < from || (near && !near.test(text.slice(at, at + 64)))) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        const kept = keepJudged(rule, m, text, spans);
        from = kept === 0 && rule.resumeAfterReject ? Math.max(m.index + 1, rule.resumeAfterReject(m)) : m.index + m[0].length;
      }
      return spans;
    },
  };
}
