import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDING_MODELS, modelPin } from '../../../lib/engine/models';
import { loadPrecision } from '../../../lib/host/embedder-load';

/**
 * The pins the extension downloads its models at (lib/engine/model-pins.json). The files named are those the loader
 * asks for (`npm run models:pin` against a local hub: config.json, tokenizer.json, tokenizer_config.json and one ONNX
 * file per precision), so a missing one would be refused and the model would never load.
 */
const SHARED_MINILM = path.resolve(__dirname, '../../../..', 'shared', 'models', 'all-MiniLM-L6-v2');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('model pins', () => {
  it('pins every catalog model at a commit, with a SHA-256 for each file the q8 load asks for', () => {
    for (const model of EMBEDDING_MODELS) {
      const pin = modelPin(model.id);
      expect(pin, model.id).toBeDefined();
      expect(pin!.revision).toMatch(/^[0-9a-f]{40}$/);
      for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'])
        expect(pin!.files[file], `${model.id} ${file}`).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("MiniLM's pinned tokenizer and config are, byte for byte, the real files this project tests with", () => {
    const files = modelPin('Xenova/all-MiniLM-L6-v2')!.files;
    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json'])
      expect(files[file], file).toBe(sha256(path.join(SHARED_MINILM, file)));
  });

  it('loads a model whose pin has no fp32 weights with its pinned q8 weights on WASM; others as asked', () => {
    expect(loadPrecision({ modelId: 'Xenova/all-MiniLM-L6-v2', allowRemote: true, device: 'webgpu' })).toEqual({ device: 'webgpu' });
    expect(loadPrecision({ modelId: 'Xenova/multilingual-e5-small', allowRemote: true, device: 'webgpu' })).toEqual({ device: 'wasm', dtype: 'q8' });
    expect(loadPrecision({ modelId: 'Xenova/multilingual-e5-small', allowRemote: true })).toEqual({ device: 'wasm', dtype: 'q8' });
    // An explicit precision, or a test build's local model server (no pin applies there), is left as asked.
    expect(loadPrecision({ modelId: 'Xenova/multilingual-e5-small', allowRemote: true, device: 'webgpu', dtype: 'fp32' })).toEqual({ device: 'webgpu', dtype: 'fp32' });
    expect(loadPrecision({ modelId: 'Xenova/multilingual-e5-small', allowRemote: true, device: 'webgpu', remotePathTemplate: '{model}/' })).toEqual({ device: 'webgpu' });
    expect(loadPrecision({ modelId: 'local/test-model', allowRemote: true })).toEqual({});
  });
});
