/**
 * Pins the catalog's embedding models (lib/engine/models.ts) to one commit of their hub repositories and the SHA-256
 * of every file the extension's loader asks for, and writes them to lib/engine/model-pins.json, which the embedding
 * worker enforces (lib/host/pinned-fetch.ts). Run it on a machine that reaches the hub, check the diff, commit:
 *
 *   npm run models:pin -- [--hub https://huggingface.co/] [--only MODEL_ID] [--out FILE]
 *
 * What to pin is not guessed: the script loads each model with transformers.js as the extension does, once per
 * precision the extension uses (q8 for WASM, fp32 for WebGPU), at the commit the hub names as current, and pins every
 * file that load fetched. A later transformers.js that asks for another file then shows as a refused download in the
 * end-to-end tests' model path and in the model's status, until the pins are made again.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, pipeline } from '@huggingface/transformers';
import { EMBEDDING_MODELS, type ModelPin } from '../lib/engine/models';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const hub = (flag('--hub') ?? 'https://huggingface.co/').replace(/\/?$/, '/');
const out = flag('--out') ?? new URL('../lib/engine/model-pins.json', import.meta.url).pathname;
const only = flag('--only');
const ids = only ? [only] : EMBEDDING_MODELS.map((m) => m.id);

async function currentCommit(id: string): Promise<string> {
  const response = await fetch(`${hub}api/models/${id}`);
  if (!response.ok) throw new Error(`${hub}api/models/${id}: HTTP ${response.status}`);
  const sha = ((await response.json()) as { sha?: unknown }).sha;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) throw new Error(`${id}: the hub named no commit`);
  return sha;
}

/** Loads `id` at `revision` as the extension does; returns each file fetched whole, with its bytes' SHA-256. */
async function filesTheLoaderFetches(id: string, revision: string): Promise<Record<string, string>> {
  const prefix = `${hub}${id}/resolve/${revision}/`;
  const files = new Map<string, string>();
  const plainFetch = globalThis.fetch.bind(globalThis);
  env.remoteHost = hub;
  env.remotePathTemplate = `{model}/resolve/${revision}/`;
  env.allowRemoteModels = true;
  env.allowLocalModels = false;
  // In Node the loader hands ONNX Runtime a file path, so it needs its file cache: a fresh one, so every file is fetched.
  env.useFSCache = true;
  env.cacheDir = mkdtempSync(join(tmpdir(), 'reverie-pin-'));
  env.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await plainFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const ranged = new Headers(init?.headers).has('range');
    if (response.status === 200 && !ranged && url.startsWith(prefix)) {
      const bytes = new Uint8Array(await response.clone().arrayBuffer());
      files.set(decodeURIComponent(url.slice(prefix.length)), createHash('sha256').update(bytes).digest('hex'));
    }
    return response;
  };
  for (const dtype of ['q8', 'fp32'] as const) {
    const extractor = await pipeline('feature-extraction', id, { dtype, device: 'cpu' });
    await extractor.dispose();
  }
  return Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)));
}

const pins = JSON.parse(readFileSync(out, 'utf8')) as Record<string, ModelPin>;
for (const id of ids) {
  const revision = await currentCommit(id);
  const files = await filesTheLoaderFetches(id, revision);
  if (Object.keys(files).length === 0) throw new Error(`${id}: the loader fetched no file`);
  pins[id] = { revision, files };
  console.log(`${id} @ ${revision}: ${Object.keys(files).join(', ')}`);
}
writeFileSync(out, `${JSON.stringify(pins, null, 2)}\n`);
console.log(`wrote ${out}`);
