/**
 * Whether the text between a PEM BEGIN line and an END line further on is one key's body: base64 lines, the
 * `Proc-Type:` / `DEK-Info:` (or PGP armor's `Version:`) headers and blank lines before them, or one flattened line of
 * base64 and spaces. A truncated key pasted first ("here's the start of it: -----BEGIN … <two lines>") and the full
 * one later must not make the first key's span run through the prose between them to the second key's END line.
 */
const BASE64_LINE = /^[A-Za-z0-9+/=]*$/;
const HEADER_LINE = /^[A-Za-z-]{1,40}: \S/;
const FLAT = /^[A-Za-z0-9+/= \t]*$/;

export function pemBodyOnly(between: string): boolean {
  const lines = between.split(/\r?\n|\\r\\n|\\n/).map((l) => l.trim());
  if (lines.length === 1) return FLAT.test(lines[0]!);
  // Blank lines stand before the body (PGP armor, the headers' end) and after it, never inside it.
  let bodySeen = false;
  let bodyEnded = false;
  for (const line of lines) {
    if (line === '') {
      if (bodySeen) bodyEnded = true;
      continue;
    }
    if (HEADER_LINE.test(line) && !bodySeen) continue;
    if (!BASE64_LINE.test(line) || bodyEnded) return false;
    bodySeen = true;
  }
  return true;
}
