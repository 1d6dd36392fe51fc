import { formatBytes } from './archive';
import { ImportError } from './types';

/**
 * JSON given as UTF-8 bytes, parsed without ever making one string of the whole file when it is a list (as every
 * chat export is): each element is decoded and parsed on its own.
 *
 * Why: V8 strings stop at 2^29 − 24 characters (~512 MB). Past that, Chrome's `TextDecoder.decode` does not throw: it
 * returns "" — so a 600 MB conversations.json was decoded to nothing and reported as "This file is empty." (Files that
 * large are now refused by size first: archive.ts, read.ts.) Under the limit, one emoji or curly quote makes the whole
 * text a two-byte string (1 GB for 500 MB of JSON) on top of the parsed objects. Element by element, the largest
 * string is one conversation.
 *
 * An error inside an element is described as a whole-file `JSON.parse` would have led to (`describeJsonError`), with
 * byte offsets in the file; one between elements names the character found there.
 */

const decoder = new TextDecoder('utf-8');

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function skipSpace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && isSpace(bytes[at])) at++;
  return at;
}

/** Byte offset of a character offset, for error messages. */
function byteOffset(text: string, charOffset: number): number {
  return new TextEncoder().encode(text.slice(0, charOffset)).length;
}

/**
 * The message for a `JSON.parse` error on `text`; `base` is the byte offset of `text` in the file, `tail` the byte
 * offset where the file's content ends (trailing whitespace excluded), for "unexpected end" messages.
 */
function describeJsonError(err: unknown, text: string, fileName: string | undefined, base = 0, tail?: number): ImportError {
  const message = (err as Error).message;
  const trimmed = text.trimEnd();
  const end = tail ?? base + byteOffset(text, trimmed.length);
  if (trimmed === '' && base === 0) return new ImportError(`This file is empty${fileName ? ` (${fileName})` : ''}.`);
  if (/unexpected end|unterminated/i.test(message)) {
    return new ImportError(`This file is not JSON (unexpected end at byte ${end}) — was it truncated?`);
  }
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined && Number(position) >= trimmed.length) {
    return new ImportError(`This file is not JSON (unexpected end at byte ${end}) — was it truncated?`);
  }
  const at = position !== undefined ? ` at byte ${base + byteOffset(text, Number(position))}` : '';
  if (base === 0 && /^\s*</.test(text)) {
    return new ImportError('This file is HTML, not JSON — pick conversations.json (or the whole export .zip), not chat.html.');
  }
  const token = /Unexpected token '?(.)/.exec(message)?.[1];
  const what = token ? `unexpected "${token}"` : 'unexpected character';
  return new ImportError(`This file is not JSON (${what}${at}).`);
}

/** JSON.parse of a whole text, errors in plain words. */
export function parseJsonText(text: string, fileName?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw describeJsonError(err, text, fileName);
  }
}

/** The decoded text, or a plain-words error where it cannot be one string (instead of Chrome's silent ""). */
function decode(bytes: Uint8Array, what: () => string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (err) {
    if (err instanceof RangeError || /string longer|too long|ERR_STRING_TOO_LONG/i.test(String((err as Error).message))) {
      throw new ImportError(`${what()}: more text than a browser can hold in one piece.`);
    }
    throw err;
  }
  if (text.length === 0 && bytes.length > 0 && !bytes.every(isSpace)) {
    throw new ImportError(`${what()}: more text than a browser can hold in one piece.`);
  }
  return text;
}

/** Index of the quote closing the string whose opening quote is at `open`; -1 when the input ends first. */
function stringEnd(bytes: Uint8Array, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = bytes.indexOf(0x22, from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/**
 * Where the value starting at `start` ends (exclusive), by brackets and strings only (JSON.parse checks the rest);
 * -1 when the input ends inside it.
 */
function valueEnd(bytes: Uint8Array, start: number): number {
  const first = bytes[start];
  if (first === 0x22) {
    const close = stringEnd(bytes, start);
    return close < 0 ? -1 : close + 1;
  }
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let at = start; at < bytes.length; at++) {
      const b = bytes[at];
      if (b === 0x22) {
        at = stringEnd(bytes, at);
        if (at < 0) return -1;
      } else if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) {
        if (--depth === 0) return at + 1;
      }
    }
    return -1;
  }
  // A number, true/false/null, or junk: up to the next separator.
  let at = start;
  while (at < bytes.length) {
    const b = bytes[at]!;
    if (b === 0x2c || b === 0x5d || b === 0x7d || isSpace(b)) break;
    at++;
  }
  return at;
}

/** The character at `at`, for "unexpected" messages (a whole UTF-8 sequence when it starts one). */
function charAt(bytes: Uint8Array, at: number): string {
  return [...decoder.decode(bytes.subarray(at, at + 4))][0] ?? '?';
}

/** Parses UTF-8 JSON bytes (a byte-order mark is skipped); a top-level list is parsed element by element. */
export function parseJsonBytes(input: Uint8Array, fileName?: string): unknown {
  const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  const first = skipSpace(bytes, 0);
  if (bytes[first] !== 0x5b) {
    const text = decode(bytes, () => `This file is ${formatBytes(bytes.length)} of JSON that is not a list`);
    return parseJsonText(text, fileName);
  }

  let tail = bytes.length;
  while (tail > 0 && isSpace(bytes[tail - 1])) tail--;
  const truncated = () => new ImportError(`This file is not JSON (unexpected end at byte ${tail}) — was it truncated?`);
  const unexpected = (at: number) => new ImportError(`This file is not JSON (unexpected "${charAt(bytes, at)}" at byte ${at}).`);

  const items: unknown[] = [];
  let at = skipSpace(bytes, first + 1);
  if (at >= bytes.length) throw truncated();
  if (bytes[at] === 0x5d) {
    at = skipSpace(bytes, at + 1);
    if (at < bytes.length) throw unexpected(at);
    return items;
  }
  for (;;) {
    const end = valueEnd(bytes, at);
    if (end < 0) throw truncated();
    if (end === at) throw unexpected(at);
    const n = items.length;
    const text = decode(bytes.subarray(at, end), () => `Conversation ${n + 1} of this file is ${formatBytes(end - at)} on its own`);
    try {
      items.push(JSON.parse(text));
    } catch (err) {
      // An element that ends too soon (`[tru, 1]`) is cut off by what follows it, not by the end of the file.
      const position = /position (\d+)/.exec((err as Error).message)?.[1];
      const endsEarly =
        /unexpected end|unterminated/i.test((err as Error).message) || (position !== undefined && Number(position) >= text.length);
      if (endsEarly && end < tail) throw unexpected(end);
      throw describeJsonError(err, text, fileName, at, tail);
    }
    at = skipSpace(bytes, end);
    if (at >= bytes.length) throw truncated();
    if (bytes[at] === 0x2c) {
      at = skipSpace(bytes, at + 1);
      if (at >= bytes.length) throw truncated();
      continue;
    }
    if (bytes[at] !== 0x5d) throw unexpected(at);
    at = skipSpace(bytes, at + 1);
    if (at < bytes.length) throw unexpected(at);
    return items;
  }
}
