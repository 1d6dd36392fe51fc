/**
 * Reverie's own markers around text it puts in a composer. Capture strips everything between them from user turns,
 * so the preamble is never stored or re-learned (the feedback-loop guard). Plain text so every editor keeps them.
 */
export const PREAMBLE_START = '⟦reverie⟧';
export const PREAMBLE_END = '⟦/reverie⟧';

/** Removes every Reverie block (and an unterminated trailing one) from text a user sent. */
export function stripPreamble(text: string): string {
  let out = text;
  for (;;) {
    const start = out.indexOf(PREAMBLE_START);
    if (start < 0) break;
    const end = out.indexOf(PREAMBLE_END, start);
    out = end < 0 ? out.slice(0, start) : out.slice(0, start) + out.slice(end + PREAMBLE_END.length);
  }
  return out.trim();
}
