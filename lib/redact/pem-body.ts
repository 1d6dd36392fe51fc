/**
 * Whether the text between a PEM BEGIN line and an END line further on is one key's body: base64 lines, the
 * `Proc-Type:` / `DEK-Info:` (or PGP armor's `Version:`) headers and blank lines before them, or one flattened line of
 * base64 and spaces. A truncated key pasted first ("here's the start of it: -----BEGIN … <two lines>") and the full
 * one later must not make the first key's span run through the prose between them to the second key's END line.
 */
const BASE64_LINE = /^[A-Za-z0-9+/=]*$/;
const HEADER_LINE = /^[A-Za-z-]{1,40}: \S/;
const FLAT = /^[A-Za-z0-9+/= \t]*$/;
const LINE_BREAK = /\r?\n|\\r\\n|\\n/g;

export function pemBodyOnly(text: string, from: number, to: number): boolean {
  // Read line by line and stop at the first line that is no body: a text with many BEGIN lines before one END far on
  // is read only as far as each BEGIN's own body, never to the END again and again.
  const lines = LINE_BREAK;
  lines.lastIndex = from;
  const first = lines.exec(text);
  if (first === null || first.index >= to) return FLAT.test(text.slice(from, to));
  // Blank lines stand before the body (PGP armor, the headers' end) and after it, never inside it.
  let bodySeen = false;
  let bodyEnded = false;
  let start = first.index + first[0].length;
  if (!FLAT.test(text.slice(from, first.index))) return false;
  while (start < to) {
    lines.lastIndex = start;
    const br = lines.exec(text);
    const stop = br === null || br.index > to ? to : br.index;
    const line = text.slice(start, stop).trim();
    if (line === '') {
      if (bodySeen) bodyEnded = true;
    } else if (!(HEADER_LINE.test(line) && !bodySeen)) {
      if (!BASE64_LINE.test(line) || bodyEnded) return false;
      bodySeen = true;
    }
    if (br === null || br.index >= to) break;
    start = br.index + br[0].length;
  }
  return true;
}
