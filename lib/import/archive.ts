import { Inflate } from 'fflate';
import { ImportError } from './types';

/**
 * Reading one file out of a chat-export .zip without trusting the archive. The central directory's declared sizes are
 * checked before anything is unpacked (a cap, and a compression ratio no chat export comes near), and the entry is then
 * inflated in small steps into a buffer of exactly the declared size, so a header that lies cannot make it write more:
 * at most one step's output (about 16 MB) beyond what was declared is ever produced before it stops.
 *
 * fflate's unzipSync, used before, allocated and wrote whatever the header declared: a 2 MB zip holding a 2 GiB
 * zero-filled conversations.json was unpacked whole on the options page.
 */

/**
 * The most one import reads: conversations.json, uncompressed (or the JSON file itself). What bounds it is memory, not
 * string length: the parser reads a list element by element (json-bytes.ts), so no string is ever this long, but these
 * bytes plus every parsed conversation are held at once until the import is sent. Going higher needs the parse to hand
 * conversations on as it goes instead of returning them all.
 */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/**
 * Declared uncompressed ÷ compressed size above which an entry is refused unread. Chat exports (JSON text) deflate
 * 5–20 to 1; a run of zeros deflates about 1030 to 1, which is what bombs are made of.
 */
export const MAX_COMPRESSION_RATIO = 200;

/** Entries up to this size are never refused for their ratio (a small, repetitive file may compress very well). */
const RATIO_FLOOR = 1024 * 1024;

/** Compressed bytes handed to the inflater per step: at most ~1030× this comes out of one step. */
const INFLATE_STEP = 16 * 1024;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Sizes in words: "512 MB", "2.0 GB", "600 MB", "1.5 MB", "20 KB" (binary units, as the browser shows files). */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) {
      const x = n / size;
      return `${x >= 100 ? Math.round(x) : x.toFixed(1)} ${unit}`;
    }
  }
  return `${n} bytes`;
}

/** "X, more than the Y": exact byte counts where rounding would make the two look the same. */
function sizeAgainstLimit(size: number, limit: number): [string, string] {
  const a = formatBytes(size);
  const b = formatBytes(limit);
  return a === b ? [`${size.toLocaleString('en-US')} bytes`, `${limit.toLocaleString('en-US')} bytes`] : [a, b];
}

export function tooLargeMessage(what: string, size: number, limit = MAX_IMPORT_BYTES): string {
  const [s, l] = sizeAgainstLimit(size, limit);
  return `${what} ${s}, more than the ${l} Reverie can import at once.`;
}

function unreadable(why: string): ImportError {
  return new ImportError(`This zip archive could not be opened (${why}) — was the download cut short?`);
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.byteLength;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable('a size in it is out of range');
    return Number(value);
  }
}

/** Where the central directory is and how many entries it has (ZIP64 included). */
function findCentralDirectory(r: Reader): { offset: number; size: number; entries: number } {
  const n = r.bytes.byteLength;
  // The end record is the last 22 bytes, unless a comment (up to 64 KiB) follows it.
  let eocd = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 0xffff); at--) {
    if (r.u32(at) === SIG_EOCD && at + 22 + r.u16(at + 20) <= n) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw unreadable('its table of contents at the end is missing');
  let entries = r.u16(eocd + 10);
  let size = r.u32(eocd + 12);
  let offset = r.u32(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (r.has(locator, 20) && r.u32(locator) === SIG_ZIP64_LOCATOR) {
      const record = r.u64(locator + 8);
      if (!r.has(record, 56) || r.u32(record) !== SIG_ZIP64_EOCD) throw unreadable('its ZIP64 table of contents is missing');
      entries = r.u64(record + 32);
      size = r.u64(record + 40);
      offset = r.u64(record + 48);
    }
  }
  if (!r.has(offset, size)) throw unreadable('its table of contents points past the end of the file');
  return { offset, size, entries };
}

/** Every entry of the archive's central directory (what the archive says it holds; nothing is unpacked). */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const r = new Reader(bytes);
  const cd = findCentralDirectory(r);
  const names = new TextDecoder('utf-8');
  const out: ZipEntry[] = [];
  let at = cd.offset;
  const end = cd.offset + cd.size;
  for (let i = 0; i < cd.entries; i++) {
    if (!r.has(at, 46) || at + 46 > end || r.u32(at) !== SIG_CENTRAL) throw unreadable('its table of contents is damaged');
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    if (!r.has(at + 46, nameLength + extraLength + commentLength)) throw unreadable('its table of contents is damaged');
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      compressedSize: r.u32(at + 20),
      uncompressedSize: r.u32(at + 24),
      localHeaderOffset: r.u32(at + 42),
    };
    // ZIP64: the 32-bit fields hold 0xFFFFFFFF and the real values sit in extra field 0x0001, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = r.u16(extra);
      const length = r.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => {
          if (field + 8 > extra + 4 + length) throw unreadable('its table of contents is damaged');
          const value = r.u64(field);
          field += 8;
          return value;
        };
        if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      }
      extra += 4 + length;
    }
    out.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * The bytes of one entry, checked and bounded: refused before unpacking when its declared size is over `limit` or
 * its declared ratio over MAX_COMPRESSION_RATIO; refused while unpacking as soon as it yields more than declared (or,
 * at the end, less). Messages name the entry by its file name ("conversations.json").
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit = MAX_IMPORT_BYTES): Uint8Array {
  const label = entry.name.split('/').pop() || entry.name;
  const inArchive = `${label} in this archive`;
  if (entry.flags & 0x1) throw new ImportError(`${inArchive} is encrypted (password-protected): export it again without a password.`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ImportError(
      `${inArchive} is compressed with a method Reverie cannot read (zip method ${entry.method}): unzip it and choose ${label} itself.`,
    );
  }
  const declared = entry.uncompressedSize;
  if (declared > limit) throw new ImportError(tooLargeMessage(`This archive would unpack ${label} to`, declared, limit));
  if (declared > RATIO_FLOOR && declared > entry.compressedSize * MAX_COMPRESSION_RATIO) {
    const ratio = entry.compressedSize > 0 ? Math.round(declared / entry.compressedSize) : Infinity;
    throw new ImportError(
      `This archive would unpack ${label} from ${formatBytes(entry.compressedSize)} to ${formatBytes(declared)}` +
        `${Number.isFinite(ratio) ? ` (${ratio} to 1)` : ''}: no chat export compresses more than ${MAX_COMPRESSION_RATIO} to 1, ` +
        'so it looks like a zip bomb and was not opened.',
    );
  }

  const r = new Reader(bytes);
  const local = entry.localHeaderOffset;
  if (!r.has(local, 30) || r.u32(local) !== SIG_LOCAL) throw unreadable(`${label} is not where the archive says`);
  const start = local + 30 + r.u16(local + 26) + r.u16(local + 28);
  if (!r.has(start, entry.compressedSize)) throw unreadable(`${label} runs past the end of the file`);
  const data = bytes.subarray(start, start + entry.compressedSize);

  const lied = (more: boolean) =>
    new ImportError(
      `${inArchive} unpacks to ${more ? 'more' : 'less'} than the ${formatBytes(declared)} its header declares: ` +
        'the archive is damaged or made to mislead, so Reverie stopped reading it.',
    );
  if (entry.method === 0) {
    if (data.byteLength !== declared) throw lied(data.byteLength > declared);
    return data;
  }

  const out = new Uint8Array(declared);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.byteLength > declared) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.byteLength;
  });
  try {
    for (let at = 0; at < data.byteLength && !overflow; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.byteLength);
      inflater.push(data.subarray(at, end), end === data.byteLength);
    }
    if (data.byteLength === 0) inflater.push(data, true);
  } catch (error) {
    if (!overflow) throw unreadable(`${label} is damaged: ${(error as Error).message}`);
  }
  if (overflow) throw lied(true);
  if (written !== declared) throw lied(false);
  return out;
}
