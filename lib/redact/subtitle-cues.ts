import type { Finder, SecretSpan } from './rules';
import { PASSWORD_WORDS } from './password-word-near-value';
import { plainPhrase } from './generated-phrases';

/**
 * AL's round: a sentence that a subtitle file (SRT, WebVTT) splits across two cues: "So for the till, the manager
 * login is" in one cue, the cue's number and times, then "ወርቅ6507! — and please change it after training." The cue
 * break stands between a label and its value as a line break does; every rule that reads a label's value on its line
 * misses it. A cue's text that ends with a password's, a login's, a PIN's or a code's word and "is" or a colon (any
 * language's password word, `PASSWORD_WORDS`), then the next cue's first words, up to a dash, a comma or the line's end,
 * are the value: one word of any shape, or up to five words that are no sentence (`plainPhrase`).
 */
const LABEL = new RegExp(
  String.raw`(?:${PASSWORD_WORDS.source}|login|log-in|passcode|pin|code|c[oó]digo|codice|kod|wifi|wi-fi|key)[^\n]{0,24}?(?:[ \t](?:is|was|are|ist|est|es|è|é|är|er|=)|:)[ \t]*$`,
  'iu',
);
/** A blank line, the cue's number, its times (`00:03:19,000 --> 00:03:22,400` or with dots), then the cue's text. */
const CUE = /\r?\n(?:\d{1,6}\r?\n)?\d{1,2}:\d{2}(?::\d{2})?[,.]\d{3}[ \t]+-->[ \t]+\d{1,2}:\d{2}(?::\d{2})?[,.]\d{3}[^\n]*\r?\n/g;
const VALUE = /^[ \t]*(\S{4,64}(?:[ \t]\S{1,24}){0,4}?)(?=[ \t]*(?:\r?\n|$|[—–][ \t]|-[ \t]|,[ \t]|\.[ \t]|\.?$))/u;

function findSplitCues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('-->')) return spans;
  CUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CUE.exec(text)); ) {
    // The cue before: its last line, read back from the blank line before this cue's number.
    const head = text.slice(Math.max(0, m.index - 160), m.index).trimEnd();
    const lastLine = head.slice(head.lastIndexOf('\n') + 1);
    if (!LABEL.test(lastLine)) continue;
    const from = m.index + m[0].length;
    const v = VALUE.exec(text.slice(from, from + 200));
    if (!v) continue;
    const value = v[1]!.replace(/[.,;]$/, '');
    if (/\s/.test(value) && (!plainPhrase(value) || !/^[\p{L}\p{N} -]+$/u.test(value))) continue;
    const start = from + v[0].length - v[1]!.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const SUBTITLE_CUE_FINDERS: readonly Finder[] = [{ name: 'subtitle-cues', find: findSplitCues }];
