import MODEL_PINS from './model-pins.json';

/**
 * One commit of a model's repository on the hub, and the SHA-256 of every file Reverie downloads from it. A moving
 * branch ("main") could change under the user; a file that does not match its hash is never used.
 */
export interface ModelPin {
  /** The repository's commit id. */
  revision: string;
  /** Path in the repository → lowercase hex SHA-256 of its bytes. */
  files: Readonly<Record<string, string>>;
}

/** Embedding models Reverie can use. Vectors are stored per model id, so switching model re-embeds in the background. */
export interface EmbeddingModelInfo {
  /** Hugging Face repo id (ONNX export in `onnx/`), as transformers.js loads it. */
  id: string;
  label: string;
  dim: number;
  /** Download size of the q8 ONNX weights, MB. */
  sizeMbQ8: number;
  languages: 'en' | 'multilingual';
  /** Tokens the model was trained on; longer passages are truncated (the passage splitter keeps them shorter). */
  maxTokens: number;
  /** Text prepended to passages and to queries (E5 models are trained with these prefixes). */
  passagePrefix?: string;
  queryPrefix?: string;
  /**
   * Cosine similarity (query against stored text) below which a memory found by meaning alone is unrelated to the
   * query: the block leaves such hits out. Measured per model; absent when not measured (no floor).
   */
  relevanceFloor?: number;
  why: string;
}

export const EMBEDDING_MODELS: readonly EmbeddingModelInfo[] = [
  {
    id: 'Xenova/all-MiniLM-L6-v2',
    label: 'MiniLM L6 (English, fast)',
    dim: 384,
    sizeMbQ8: 23,
    languages: 'en',
    maxTokens: 256,
    // Real weights on chat text: unrelated pairs 0.00–0.16 (a landlord email vs. laptop advice, a plan for Saturday vs.
    // a canned "Got it"), related ones 0.3–0.5 (stress vs. running for stress, a seat choice vs. a seat preference).
    relevanceFloor: 0.2,
    why: 'Default: small download, 6 layers so it embeds quickly even on the WASM backend, and strong English sentence similarity.',
  },
  {
    id: 'Xenova/multilingual-e5-small',
    label: 'Multilingual E5 small (100 languages)',
    dim: 384,
    sizeMbQ8: 118,
    languages: 'multilingual',
    maxTokens: 512,
    passagePrefix: 'passage: ',
    queryPrefix: 'query: ',
    why:
      'For non-English chats: same 384 dimensions (same index cost) and better multilingual retrieval than ' +
      'paraphrase-multilingual-MiniLM-L12-v2; the bigger download (a 250k-token vocabulary) is why it is not the default.',
  },
];

export function embeddingModelInfo(id: string): EmbeddingModelInfo | undefined {
  return EMBEDDING_MODELS.find((m) => m.id === id);
}

/**
 * The commit and per-file SHA-256 a catalog model is downloaded at (lib/host/pinned-fetch.ts), from
 * `model-pins.json`. `npm run models:pin` writes it on a machine that reaches the hub; the machines this project is
 * built on cannot, so today's values are those public projects pin for the same files (README, "Pinned downloads").
 * A model without a pin is downloaded from its "main" branch, unchecked.
 */
export function modelPin(id: string): ModelPin | undefined {
  const pins = MODEL_PINS as Readonly<Record<string, ModelPin>>;
  return Object.hasOwn(pins, id) ? pins[id] : undefined;
}
