import { unzipSync } from 'fflate';
import * as v from 'valibot';
import { ImportError } from './types';
import { ownEntry } from '../util/own';

/** What the user picked: the text of conversations.json, its bytes, or the bytes of the whole export .zip. */
export type ExportInput = string | Uint8Array | ArrayBuffer;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC);
}

/** conversations.json from an export archive; the shallowest one if a folder was zipped around it. */
function conversationsJsonFromZip(bytes: Uint8Array): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => /(^|\/)conversations\.json$/i.test(file.name) });
  } catch (err) {
    throw new ImportError(`This zip archive could not be opened (${(err as Error).message}) — was the download cut short?`);
  }
  const names = Object.keys(entries).sort((a, b) => a.split('/').length - b.split('/').length || a.length - b.length);
  const name = names[0];
  if (name === undefined) {
    throw new ImportError('This zip has no conversations.json in it — is it a ChatGPT or Claude data export?');
  }
  return entries[name]!;
}

/** Byte offset of a character offset, for error messages. */
function byteOffset(text: string, charOffset: number): number {
  return new TextEncoder().encode(text.slice(0, charOffset)).length;
}

function parseJson(text: string, fileName?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const trimmed = text.trimEnd();
    if (trimmed === '') throw new ImportError(`This file is empty${fileName ? ` (${fileName})` : ''}.`);
    if (/unexpected end|unterminated/i.test(message)) {
      throw new ImportError(
        `This file is not JSON (unexpected end at byte ${byteOffset(text, trimmed.length)}) — was it truncated?`,
      );
    }
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined && Number(position) >= trimmed.length) {
      throw new ImportError(`This file is not JSON (unexpected end at byte ${byteOffset(text, trimmed.length)}) — was it truncated?`);
    }
    const at = position !== undefined ? ` at byte ${byteOffset(text, Number(position))}` : '';
    if (/^\s*</.test(text)) {
      throw new ImportError('This file is HTML, not JSON — pick conversations.json (or the whole export .zip), not chat.html.');
    }
    const token = /Unexpected token '?(.)/.exec(message)?.[1];
    const what = token ? `unexpected "${token}"` : 'unexpected character';
    throw new ImportError(`This file is not JSON (${what}${at}).`);
  }
}

/** Decodes the input (unzipping an export archive) and parses the JSON in it. */
export function readExportJson(input: ExportInput, fileName?: string): unknown {
  if (typeof input === 'string') return parseJson(input.replace(/^\uFEFF/, ''), fileName);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (isZip(bytes)) return readExportJson(conversationsJsonFromZip(bytes));
  if (fileName && /\.zip$/i.test(fileName)) {
    throw new ImportError(`${fileName} is named .zip but is not a zip archive.`);
  }
  // TextDecoder drops a UTF-8 byte-order mark; invalid bytes become U+FFFD rather than failing the whole import.
  return parseJson(new TextDecoder('utf-8').decode(bytes), fileName);
}

const EXPECTED_IN_WORDS: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** One valibot issue in plain words: "has no mapping", "has a bad value at mapping.x.parent: it should be ...". */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  if (issue.input === undefined && path) return `has no ${path}`;
  const expected = issue.expected ? (ownEntry(EXPECTED_IN_WORDS, issue.expected) ?? issue.expected) : 'something else';
  return `has a bad value${path ? ` at ${path}` : ''}: it should be ${expected} but is ${issue.received}`;
}

/** A label for the n-th (0-based) conversation in messages: "Conversation 3 (id abc)". */
export function conversationLabel(index: number, id: unknown): string {
  return typeof id === 'string' && id ? `Conversation ${index + 1} (id ${id})` : `Conversation ${index + 1}`;
}
