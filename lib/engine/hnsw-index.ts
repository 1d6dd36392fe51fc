import type { VectorIndex } from './types';
import { HNSWLIB_FS_DIR, loadHnswlibModule, retireHnswlibModule, type HierarchicalNsw, type HnswlibModule } from './hnswlib-module';
import { checksumBytes } from './hnsw-checksum';

/**
 * Graph parameters. Measured by `npm run bench:index` on 50k clustered 384-d unit vectors (Node 20, 2 shared cores):
 * M 16 / efConstruction 100 / efSearch 64 gave recall@10 1.000 at 0.44 ms p50 (ef 32: 0.998 at 0.30 ms).
 * efConstruction 200 doubled build time (≈2.5 ms/insert) for no measurable recall gain.
 */
export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
  /** Capacity allocated up front; the index doubles when full. */
  initialCapacity: number;
  randomSeed: number;
}

export const DEFAULT_HNSW_PARAMS: HnswParams = {
  m: 16,
  efConstruction: 100,
  efSearch: 64,
  initialCapacity: 1024,
  randomSeed: 100,
};

/** What is stored next to the index bytes so a load can tell a good file from a stale or damaged one. */
interface HnswManifest {
  format: 1;
  model: string;
  dim: number;
  /** Live (not deleted) points. */
  count: number;
  maxLabel: number;
  byteLength: number;
  checksum: number;
  m: number;
  efConstruction: number;
  savedAt: number;
}

export interface SerializedHnswIndex {
  manifest: HnswManifest;
  bytes: Uint8Array;
}

/** Where `save()` puts the serialized index (IndexedDB row in the extension and in tests). */
export interface HnswIndexStore {
  load(model: string): Promise<SerializedHnswIndex | undefined>;
  save(model: string, index: SerializedHnswIndex): Promise<void>;
  remove(model: string): Promise<void>;
}

let fileCounter = 0;

/**
 * The header hnswlib writes before the graph (`saveIndex`, wasm32: size_t is 4 bytes): 6 size_t, an int and a
 * tableint, 3 size_t, a double, a size_t. hnswlib reads it without checking it against the space it is loaded into,
 * so a file of another dimension loads and then answers nonsense; this is checked first.
 */
const HEADER_BYTES = 56;

interface HnswFileHeader {
  elements: number;
  bytesPerElement: number;
  labelOffset: number;
  dataOffset: number;
  m: number;
  maxM0: number;
}

function readHeader(bytes: Uint8Array): HnswFileHeader {
  if (bytes.byteLength < HEADER_BYTES) throw new Error('hnsw: index bytes truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  return { elements: u32(8), bytesPerElement: u32(12), labelOffset: u32(16), dataOffset: u32(20), maxM0: u32(36), m: u32(40) };
}

/** Throws unless the header describes a graph of `dim`-dimensional vectors with `m` links that fits in the file. */
function checkHeader(header: HnswFileHeader, bytes: Uint8Array, dim: number, m: number): void {
  const vectorBytes = header.labelOffset - header.dataOffset;
  if (vectorBytes !== dim * 4) {
    throw new Error(`hnsw: index file holds ${vectorBytes / 4}-dimensional vectors, wanted ${dim}`);
  }
  const links = header.m === m && header.maxM0 === 2 * m && header.dataOffset === header.maxM0 * 4 + 4;
  if (!links || header.bytesPerElement !== header.labelOffset + 4) {
    throw new Error('hnsw: index file header does not describe this index');
  }
  if (HEADER_BYTES + header.elements * header.bytesPerElement > bytes.byteLength) throw new Error('hnsw: index bytes truncated');
}

function isCapacityError(error: unknown): boolean {
  return /maximum number of elements/i.test(describeWasmError(error));
}

/**
 * A trap of the wasm code (an out-of-bounds access while walking a damaged graph, an emscripten abort), as opposed to
 * a C++ exception hnswlib threw and unwound cleanly: after one, that instance's heap is not to be trusted.
 */
export function isWasmTrap(error: unknown): boolean {
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}

/** Emscripten C++ exceptions carry `[type, message]` in `message`; plain errors a string. */
export function describeWasmError(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  if (Array.isArray(message)) return message.join(': ');
  return typeof message === 'string' ? message : String(error);
}

/** HNSW approximate nearest-neighbour index (hnswlib-wasm, cosine space) over integer labels. */
export class HnswVectorIndex implements VectorIndex {
  private readonly live = new Set<number>();
  private maxLabelSeen = -1;

  private constructor(
    private readonly lib: HnswlibModule,
    private readonly native: HierarchicalNsw,
    readonly model: string,
    readonly dim: number,
    readonly params: HnswParams,
    private readonly store: HnswIndexStore | undefined,
  ) {
    native.setEfSearch(params.efSearch);
  }

  /** An empty index. */
  static async create(opts: {
    model: string;
    dim: number;
    params?: Partial<HnswParams>;
    store?: HnswIndexStore;
  }): Promise<HnswVectorIndex> {
    const lib = await loadHnswlibModule();
    const params = { ...DEFAULT_HNSW_PARAMS, ...opts.params };
    const native = new lib.HierarchicalNSW('cosine', opts.dim, '');
    native.initIndex(Math.max(16, params.initialCapacity), params.m, params.efConstruction, params.randomSeed);
    return new HnswVectorIndex(lib, native, opts.model, opts.dim, params, opts.store);
  }

  /**
   * Rebuilds an index from serialized bytes. Throws if the manifest does not match `model`/`dim`, the checksum fails,
   * or hnswlib cannot read the file (truncated or damaged).
   */
  static async fromSerialized(
    serialized: SerializedHnswIndex,
    opts: { model: string; dim: number; params?: Partial<HnswParams>; store?: HnswIndexStore },
  ): Promise<HnswVectorIndex> {
    const { manifest, bytes } = serialized;
    if (manifest.format !== 1) throw new Error(`hnsw: unknown format ${String(manifest.format)}`);
    if (manifest.model !== opts.model || manifest.dim !== opts.dim) {
      throw new Error(`hnsw: index is for ${manifest.model}/${manifest.dim}, wanted ${opts.model}/${opts.dim}`);
    }
    if (!(bytes instanceof Uint8Array) || bytes.byteLength !== manifest.byteLength) {
      throw new Error('hnsw: index bytes truncated');
    }
    if (checksumBytes(bytes) !== manifest.checksum) throw new Error('hnsw: index checksum mismatch');

    const header = readHeader(bytes);
    checkHeader(header, bytes, opts.dim, manifest.m);

    const lib = await loadHnswlibModule();
    const params = { ...DEFAULT_HNSW_PARAMS, ...opts.params, m: manifest.m, efConstruction: manifest.efConstruction };
    const native = new lib.HierarchicalNSW('cosine', opts.dim, '');
    const file = `reverie-load-${++fileCounter}.bin`;
    lib.FS.writeFile(HNSWLIB_FS_DIR + file, bytes);
    try {
      // Capacity: what is there plus an eighth (at least initialCapacity), so the first adds do not resize at once;
      // twice the count made loading 50k vectors allocate and zero ~80 MB more than needed. Never below the elements
      // in the file (deleted ones included), or hnswlib would take the capacity written in the header instead.
      const count = Math.max(manifest.count, header.elements);
      await native.readIndex(file, Math.max(count + Math.max(params.initialCapacity, count >> 3), 16));
    } catch (error) {
      throw new Error(`hnsw: unreadable index (${describeWasmError(error)})`);
    } finally {
      lib.FS.unlink(HNSWLIB_FS_DIR + file);
    }
    if (native.getNumDimensions() !== opts.dim) throw new Error('hnsw: index file has another dimension');
    const index = new HnswVectorIndex(lib, native, opts.model, opts.dim, params, opts.store);
    for (const label of native.getUsedLabels()) index.trackLive(label);
    index.maxLabelSeen = Math.max(index.maxLabelSeen, manifest.maxLabel);
    if (index.size !== manifest.count) throw new Error('hnsw: index count does not match its manifest');
    return index;
  }

  get size(): number {
    return this.live.size;
  }

  /** Highest label ever added (−1 when none). */
  get maxLabel(): number {
    return this.maxLabelSeen;
  }

  get capacity(): number {
    return this.native.getMaxElements();
  }

  /** The live labels (a copy). */
  labels(): number[] {
    return [...this.live];
  }

  has(label: number): boolean {
    return this.live.has(label);
  }

  /** Adds a point, or replaces the vector of an existing label (also one marked deleted). */
  add(label: number, vector: Float32Array): void {
    if (!Number.isInteger(label) || label < 0) throw new Error(`hnsw: label must be a non-negative integer: ${label}`);
    if (vector.length !== this.dim) throw new Error(`hnsw: vector has ${vector.length} dimensions, index ${this.dim}`);
    if (!this.live.has(label)) {
      // A deleted label must be unmarked before hnswlib updates it; if its slot was already reused it is gone
      // ("Label not found") and is added afresh below.
      try {
        this.native.unmarkDelete(label);
      } catch {
        /* not in the index */
      }
    }
    try {
      // replaceDeleted: new labels reuse the slots of deleted points before the index grows.
      this.native.addPoint(vector, label, true);
    } catch (error) {
      if (!isCapacityError(error)) throw new Error(`hnsw: add failed (${describeWasmError(error)})`);
      this.native.resizeIndex(Math.max(16, this.native.getMaxElements() * 2));
      this.native.addPoint(vector, label, true);
    }
    this.trackLive(label);
  }

  markDeleted(label: number): void {
    if (!this.live.has(label)) return;
    this.native.markDelete(label);
    this.live.delete(label);
  }

  search(vector: Float32Array, k: number): { label: number; distance: number }[] {
    const n = Math.min(Math.floor(k), this.live.size);
    if (n <= 0) return [];
    if (vector.length !== this.dim) throw new Error(`hnsw: query has ${vector.length} dimensions, index ${this.dim}`);
    // ef must be at least k for hnswlib to return k results.
    this.native.setEfSearch(Math.max(this.params.efSearch, n));
    const result = this.native.searchKnn(vector, n, undefined);
    const hits = result.neighbors.map((label, i) => ({ label, distance: result.distances[i]! }));
    // A sound graph answers with points it holds at cosine distances in [0, 2]; anything else is a damaged index.
    for (const hit of hits) {
      if (!this.live.has(hit.label) || !(hit.distance >= -1e-3 && hit.distance <= 2 + 1e-3)) {
        throw new Error(`hnsw: search answered label ${hit.label} at distance ${hit.distance}: the index is damaged`);
      }
    }
    return hits.sort((a, b) => a.distance - b.distance);
  }

  /** Sets the search breadth (recall/speed trade-off); benchmarks sweep it. */
  setEfSearch(ef: number): void {
    this.params.efSearch = ef;
    this.native.setEfSearch(ef);
  }

  /** The index file bytes plus a manifest to check them by. */
  async serialize(): Promise<SerializedHnswIndex> {
    const file = `reverie-save-${++fileCounter}.bin`;
    await this.native.writeIndex(file);
    let bytes: Uint8Array;
    try {
      // Copy out of the wasm heap-backed FS node so the bytes outlive the file.
      bytes = new Uint8Array(this.lib.FS.readFile(HNSWLIB_FS_DIR + file));
    } finally {
      this.lib.FS.unlink(HNSWLIB_FS_DIR + file);
    }
    return {
      manifest: {
        format: 1,
        model: this.model,
        dim: this.dim,
        count: this.live.size,
        maxLabel: this.maxLabelSeen,
        byteLength: bytes.byteLength,
        checksum: checksumBytes(bytes),
        m: this.params.m,
        efConstruction: this.params.efConstruction,
        savedAt: Date.now(),
      },
      bytes,
    };
  }

  async save(): Promise<void> {
    if (!this.store) throw new Error('hnsw: this index has no store to save to');
    await this.store.save(this.model, await this.serialize());
  }

  /** Frees the wasm memory held by the graph. The index must not be used afterwards. */
  dispose(): void {
    (this.native as unknown as { delete?: () => void }).delete?.();
    this.live.clear();
  }

  /**
   * Gives up on this index after it failed (`cause`): removes what `save()` persisted, so the next open rebuilds from
   * the stored vectors instead of loading the same bytes again, and lets go of the graph. After a wasm trap the graph
   * is not freed through its (possibly damaged) heap: the hnswlib instance is retired instead, and the rebuilt index
   * gets a fresh one. The index must not be used afterwards.
   */
  async discard(cause?: unknown): Promise<void> {
    if (isWasmTrap(cause)) {
      retireHnswlibModule(this.lib);
      this.live.clear();
    } else {
      try {
        this.dispose();
      } catch {
        retireHnswlibModule(this.lib);
        this.live.clear();
      }
    }
    await this.store?.remove(this.model);
  }

  private trackLive(label: number): void {
    this.live.add(label);
    if (label > this.maxLabelSeen) this.maxLabelSeen = label;
  }
}
