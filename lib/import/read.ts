import * as v from 'valibot';
import { ImportError } from './types';
import { ownEntry } from '../util/own';
import { listZipEntries, MAX_IMPORT_BYTES, readZipEntry, tooLargeMessage } from './archive';
import { parseJsonBytes, parseJsonText } from './json-bytes';

;

/** What the user picked: the text of conversations.json, its bytes, or the bytes of the whole export .zip. */
export type ExportInput = string | Uint8Array | ArrayBuffer;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC);
}

/**
 * conversations.json from an export archive (the shallowest one if a folder was zipped around it), read from the
 * central directory and checked before it is unpacked (archive.ts). Nothing else in the archive (images, audio) is
 * unpacked, so only this entry's size counts.
 */
function conversationsJsonFromZip(bytes: Uint8Array): Uint8Array {
  const entries = listZipEntries(bytes).filter((e) => /(^|\/)conversations\.json$/i.test(e.name));
  entries.sort((a, b) => a.name.split('/').length - b.name.split('/').length || a.name.length - b.name.length);
  const entry = entries[0];
  if (entry === undefined) {
    throw new ImportError('This zip has no conversations.json in it — is it a ChatGPT or Claude data export?');
  }
  return readZipEntry(bytes, entry);
}

/**
 * Decodes the input (unzipping an export archive) and parses the JSON in it. Bytes over MAX_IMPORT_BYTES (512 MB) are
 * refused; a list is parsed element by element, so no string the size of the file is made (json-bytes.ts).
 */
export function readExportJson(input: ExportInput, fileName?: string): unknown {
  if (typeof input === 'string') return parseJsonText(input.replace(/^\uFEFF/, ''), fileName);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (isZip(bytes)) return parseJsonBytes(conversationsJsonFromZip(bytes));
  if (fileName && /\.zip$/i.test(fileName)) {
    throw new ImportError(`${fileName} is named .zip but is not a zip archive.`);
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage('This file is', bytes.byteLength));
  // Invalid UTF-8 becomes U+FFFD rather than failing the whole import.
  return parseJsonBytes(bytes, fileName);
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
