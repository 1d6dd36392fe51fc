import { describe, expect, it } from 'vitest';
import { lastBreakBefore } from '../../../lib/redact/line-starts';

/** The line-break lookup the rules ask at each match: the same answers as `lastIndexOf`, asked in order or not. */
describe('lastBreakBefore', () => {
  const texts = ['', 'no break at all', '\n', 'a\nb', '\n\nab\ncd\n', 'one line\n\ntwo\nthree words here\n\n\nend', 'x\r\ny\nz'];

  it('answers as lastIndexOf does at every place, asked in order', () => {
    for (const text of texts) {
      const ask = lastBreakBefore(text);
      for (let at = 0; at <= text.length; at++) expect(ask(at), `${JSON.stringify(text)} at ${at}`).toBe(text.lastIndexOf('\n', at));
    }
  });

  it('answers as lastIndexOf does when asked at the same place twice or at a place before the last', () => {
    for (const text of texts) {
      const ask = lastBreakBefore(text);
      const places = [3, 3, 1, 7, 0, text.length, 2, text.length + 5];
      for (const at of places) expect(ask(at), `${JSON.stringify(text)} at ${at}`).toBe(text.lastIndexOf('\n', at));
    }
  });
});
