/**
 * A fast 32-bit checksum of index bytes (tens of MB at 50k vectors), to tell a damaged or half-written index from a
 * good one before handing it to hnswlib. Not cryptographic: it guards against accidents, not adversaries. Bytes
 * rewritten with a matching checksum are caught later (the file header checked against the index's dimension, every
 * search's answers checked against the stored vectors) and the index is dropped and rebuilt (index-manager.ts,
 * vector-search.ts).
 * Word-at-a-time multiply-rotate mixing (murmur3-style), so a 90 MB index hashes in tens of milliseconds.
 */
export function checksumBytes(bytes: Uint8Array): number {
  let h = 0x9747b28c ^ bytes.byteLength;
  const words = bytes.byteLength >>> 2;
  // Aligned views only: copy when the bytes do not start on a 4-byte boundary (rare: sliced buffers).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new Uint32Array(aligned.buffer, aligned.byteOffset, words);
  for (let i = 0; i < words; i++) {
    let k = Math.imul(view[i]!, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  for (let i = words << 2; i < bytes.byteLength; i++) {
    h ^= Math.imul(bytes[i]!, 0xcc9e2d51);
    h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
