import { Deflate, deflateSync, inflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, parseExport } from '../../../lib/import';
import { formatBytes, MAX_COMPRESSION_RATIO, MAX_IMPORT_BYTES } from '../../../lib/import/archive';
import { parseJsonBytes } from '../../../lib/import/json-bytes';
import { readExportJson } from '../../../lib/import/read';

/**
 * Export archives are checked before they are unpacked: a cap on what conversations.json unpacks to, a bound on the
 * compression ratio, and a hard stop while inflating when the archive yields more than it declared. The bombs here are
 * real: deflate streams of zeros that would unpack to what they say, built in memory.
 */

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Peak resident memory of this process so far, in bytes (a high-water mark: it never goes down). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** What parseExport throws (an ImportError, with its message), and how far the process's peak memory rose meanwhile. */
function refusal(input: Uint8Array, fileName?: string): { message: string; peakRise: number } {
  const before = peakRss();
  try {
    parseExport(input, fileName);
  } catch (error) {
    const peakRise = peakRss() - before;
    expect(error).toBeInstanceOf(ImportError);
    return { message: (error as Error).message, peakRise };
  }
  throw new Error('parseExport accepted the file');
}

/** A raw deflate stream of `mib` MiB of zeros, about 1 KB per MiB: one sync-flushed MiB repeated, then a final block. */
function zeros(mib: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  deflate.push(new Uint8Array(MiB));
  deflate.flush(true); // byte-aligned, not final: the piece can be repeated, each copy one more MiB of zeros
  const piece = concat(parts);
  const stream = new Uint8Array(piece.length * mib + 2);
  for (let i = 0; i < mib; i++) stream.set(piece, i * piece.length);
  stream.set([0x03, 0x00], piece.length * mib); // an empty final block (fixed Huffman, end of block)
  return stream;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Entry {
  name: string;
  data: Uint8Array;
  method?: number;
  /** What the headers declare. */
  uncompressedSize: number;
  /** Declared compressed size; the length of `data` unless given. */
  compressedSize?: number;
  flags?: number;
  /** Write the sizes as ZIP64 (0xFFFFFFFF in the header, the values in extra field 0x0001). */
  zip64?: boolean;
}

/** A zip archive written field by field, so its headers can say anything. CRCs are left 0 (nothing checks them). */
function zip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const extra = e.zip64 ? new Uint8Array(4 + 16) : new Uint8Array(0);
    if (e.zip64) {
      const x = new DataView(extra.buffer);
      x.setUint16(0, 0x0001, true);
      x.setUint16(2, 16, true);
      x.setBigUint64(4, BigInt(e.uncompressedSize), true);
      x.setBigUint64(12, BigInt(e.compressedSize ?? e.data.length), true);
    }
    const size32 = (n: number) => (e.zip64 ? 0xffffffff : n);
    const compressed = e.compressedSize ?? e.data.length;
    const local = new Uint8Array(30 + name.length + extra.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, e.zip64 ? 45 : 20, true);
    l.setUint16(6, e.flags ?? 0, true);
    l.setUint16(8, e.method ?? 8, true);
    l.setUint32(18, size32(compressed), true);
    l.setUint32(22, size32(e.uncompressedSize), true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, extra.length, true);
    local.set(name, 30);
    local.set(extra, 30 + name.length);
    const cd = new Uint8Array(46 + name.length + extra.length);
    const c = new DataView(cd.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, e.zip64 ? 45 : 20, true);
    c.setUint16(8, e.flags ?? 0, true);
    c.setUint16(10, e.method ?? 8, true);
    c.setUint32(20, size32(compressed), true);
    c.setUint32(24, size32(e.uncompressedSize), true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, extra.length, true);
    c.setUint32(42, offset, true);
    cd.set(name, 46);
    cd.set(extra, 46 + name.length);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdBytes = concat(central);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, cdBytes.length, true);
  d.setUint32(16, offset, true);
  return concat([...parts, cdBytes, end]);
}

const EXPORT = JSON.stringify([
  { uuid: 'u1', name: 'Bread', chat_messages: [{ text: 'How long should I proof a rye loaf?', sender: 'human' }, { text: 'About two hours.', sender: 'assistant' }] },
]);

describe('the bomb builder (so the refusals below are about real bombs)', () => {
  it('makes a deflate stream that unpacks to exactly that many zeros', () => {
    const out = inflateSync(zeros(3));
    expect(out.length).toBe(3 * MiB);
    expect(out.every((b) => b === 0)).toBe(true);
    // And a hand-written archive of a good export reads as one.
    const data = strToU8(EXPORT);
    const good = zip([{ name: 'conversations.json', data: deflateSync(data), uncompressedSize: data.length }]);
    expect(parseExport(good).conversations[0]!.turns).toHaveLength(2);
  });
});

describe('export archives are checked before they are unpacked', () => {
  it('a 2 MB zip holding a 2 GiB zero-filled conversations.json is refused unread, memory flat', () => {
    const bomb = zip([{ name: 'conversations.json', data: zeros(2048), uncompressedSize: 2 * GiB }]);
    expect(bomb.length).toBeLessThan(3 * MiB);
    const { message, peakRise } = refusal(bomb, 'export.zip');
    expect(message).toBe('This archive would unpack conversations.json to 2.0 GB, more than the 512 MB Reverie can import at once.');
    expect(peakRise).toBeLessThan(64 * MiB);
  });

  it('the same bomb with a header that claims 1 MB: inflating stops once more than that comes out', () => {
    const liar = zip([{ name: 'conversations.json', data: zeros(2048), uncompressedSize: MiB }]);
    const { message, peakRise } = refusal(liar);
    expect(message).toBe(
      'conversations.json in this archive unpacks to more than the 1.0 MB its header declares: the archive is damaged or made to mislead, so Reverie stopped reading it.',
    );
    // 1 MB declared plus one inflate step's output (16 KB in, at most ~17 MB out), not 2 GiB.
    expect(peakRise).toBeLessThan(96 * MiB);
  });

  it('a ZIP64 header declaring 6 GiB is read and refused the same way', () => {
    const bomb = zip([{ name: 'conversations.json', data: zeros(64), uncompressedSize: 6 * GiB, zip64: true }]);
    expect(refusal(bomb).message).toBe('This archive would unpack conversations.json to 6.0 GB, more than the 512 MB Reverie can import at once.');
  });

  it(`under the cap but compressed far beyond ${MAX_COMPRESSION_RATIO} to 1: refused unread as a bomb`, () => {
    const data = zeros(100);
    const bomb = zip([{ name: 'export/conversations.json', data, uncompressedSize: 100 * MiB }]);
    const { message, peakRise } = refusal(bomb);
    expect(message).toBe(
      `This archive would unpack conversations.json from ${Math.round(data.length / 1024)} KB to 100 MB (${Math.round((100 * MiB) / data.length)} to 1): ` +
        `no chat export compresses more than ${MAX_COMPRESSION_RATIO} to 1, so it looks like a zip bomb and was not opened.`,
    );
    expect(peakRise).toBeLessThan(64 * MiB);
  });

  it('a 600 MB conversations.json in a zip is refused with its size, not "This file is empty"', () => {
    // 4 MB of deflate-looking bytes that declare 600 MB: a plausible ratio (150 to 1), so the size alone refuses it.
    let seed = 7;
    const data = Uint8Array.from({ length: 4 * MiB }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    const big = zip([{ name: 'conversations.json', data, uncompressedSize: 600 * MiB }]);
    expect(refusal(big).message).toBe('This archive would unpack conversations.json to 600 MB, more than the 512 MB Reverie can import at once.');
  });

  it('a header that claims more than the entry holds is refused too (the archive is damaged)', () => {
    const data = strToU8(EXPORT);
    const short = zip([{ name: 'conversations.json', data: deflateSync(data), uncompressedSize: data.length + 1000 }]);
    expect(refusal(short).message).toBe(
      `conversations.json in this archive unpacks to less than the ${formatBytes(data.length + 1000)} its header declares: the archive is damaged or made to mislead, so Reverie stopped reading it.`,
    );
  });

  it('stored (uncompressed) entries are read; encrypted ones and unknown methods are named', () => {
    const data = strToU8(EXPORT);
    expect(parseExport(zip([{ name: 'conversations.json', data, method: 0, uncompressedSize: data.length }])).kind).toBe('claude');
    expect(refusal(zip([{ name: 'conversations.json', data, method: 0, uncompressedSize: data.length + 1 }])).message).toMatch(
      /^conversations\.json in this archive unpacks to less than/,
    );
    expect(refusal(zip([{ name: 'conversations.json', data, flags: 1, uncompressedSize: data.length }])).message).toBe(
      'conversations.json in this archive is encrypted (password-protected): export it again without a password.',
    );
    expect(refusal(zip([{ name: 'conversations.json', data, method: 12, uncompressedSize: data.length }])).message).toBe(
      'conversations.json in this archive is compressed with a method Reverie cannot read (zip method 12): unzip it and choose conversations.json itself.',
    );
  });

  it('only conversations.json counts: a large photo next to it is never unpacked', () => {
    const data = strToU8(EXPORT);
    const archive = zip([
      { name: 'photos/huge.png', data: zeros(64), uncompressedSize: 4 * GiB - 1 },
      { name: 'conversations.json', data: deflateSync(data), uncompressedSize: data.length },
    ]);
    expect(parseExport(archive).conversations).toHaveLength(1);
  });

  it('an archive cut short says so', () => {
    const archive = zipSync({ 'conversations.json': strToU8(EXPORT) });
    expect(refusal(archive.slice(0, archive.length - 30)).message).toMatch(/^This zip archive could not be opened \(.+\) — was the download cut short\?$/);
    // The table of contents intact but the data cut: the entry runs past the end.
    let seed = 3;
    const text = strToU8(JSON.stringify(Array.from({ length: 20_000 }, () => ((seed = (seed * 69069 + 1) >>> 0) >>> 8).toString(36))));
    const data = deflateSync(text);
    const cut = zip([{ name: 'conversations.json', data: data.slice(0, 500), compressedSize: data.length, uncompressedSize: text.length }]);
    expect(refusal(cut).message).toBe('This zip archive could not be opened (conversations.json runs past the end of the file) — was the download cut short?');
    // Cut inside the deflate stream itself, sizes consistent with the cut: the inflater runs out.
    const torn = zip([{ name: 'conversations.json', data: data.slice(0, 500), uncompressedSize: text.length }]);
    expect(refusal(torn).message).toMatch(/^This zip archive could not be opened \(conversations\.json is damaged: .+\) — was the download cut short\?$/);
  });
});

describe('large JSON files', () => {
  it(`a plain file over ${MAX_IMPORT_BYTES / MiB} MB is refused with its size (V8 cannot hold it as one string)`, () => {
    // Zero-filled: the pages are never touched, so this costs no memory. TextDecoder used to return "" for it in Chrome.
    const big = new Uint8Array(MAX_IMPORT_BYTES + 20 * MiB);
    expect(refusal(big, 'conversations.json').message).toBe('This file is 532 MB, more than the 512 MB Reverie can import at once.');
    expect(refusal(new Uint8Array(MAX_IMPORT_BYTES + 1)).message).toBe(
      'This file is 536,870,913 bytes, more than the 536,870,912 bytes Reverie can import at once.',
    );
  });

  it('a list is read element by element with the same result as JSON.parse', () => {
    const value = [
      { a: 'quote " and backslash \\ and \\" both', b: [1, 2, [3, { c: '] } [ {' }]], d: null },
      'a string with ] and , inside',
      12.5e3,
      true,
      null,
      { emoji: '🙂 naïve — ’curly’', nested: { deep: [[[]]] }, empty: {} },
      [],
    ];
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), `\uFEFF \n${JSON.stringify(value)}\n\n`, '[]', ' [ ] ']) {
      expect(parseJsonBytes(strToU8(text))).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')));
    }
  });

  it('a broken list is described as a whole-file parse would (byte offsets in the file)', () => {
    const conv = JSON.stringify({ uuid: 'u1', name: 'x', chat_messages: [{ text: 'hé', sender: 'human' }] });
    const cases = [
      `[${conv},${conv}`, // cut after an element
      `[${conv},${conv.slice(0, 40)}`, // cut inside one
      `[${conv.replace('"name"', '"name" "x",')}]`, // bad token inside an element
      `[${conv},{"a":1,}]`, // trailing comma inside an element
      `[${conv},  `,
      `\uFEFF[${conv},${conv.slice(0, 30)}\n\n`,
    ];
    for (const text of cases) {
      const fromText = errorOf(() => readExportJson(text.replace(/^\uFEFF/, '')));
      const fromBytes = errorOf(() => readExportJson(strToU8(text)));
      expect(fromBytes).toBe(fromText);
    }
    const convBytes = strToU8(conv).length; // 'é' is two bytes
    expect(errorOf(() => readExportJson(strToU8(`[${conv} ${conv}]`)))).toBe(`This file is not JSON (unexpected "{" at byte ${convBytes + 2}).`);
    expect(errorOf(() => readExportJson(strToU8(`[${conv}] x`)))).toBe(`This file is not JSON (unexpected "x" at byte ${convBytes + 3}).`);
    expect(errorOf(() => readExportJson(strToU8('[1,]')))).toBe('This file is not JSON (unexpected "]" at byte 3).');
    expect(errorOf(() => readExportJson(strToU8('[tru, 1]')))).toBe('This file is not JSON (unexpected "," at byte 4).');
    expect(errorOf(() => readExportJson(strToU8('  \n ')))).toBe('This file is empty.');
  });
});

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}
