import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ModelPin } from '../../../lib/engine/models';
import { ModelFileRefused, pinnedFetch } from '../../../lib/host/pinned-fetch';

const HUB = 'https://hub.example/';
const REV = '0123456789abcdef0123456789abcdef01234567';
const CONFIG = new TextEncoder().encode('{"model_type":"bert"}');
const WEIGHTS = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A hub holding the two files; `tamper` changes one byte of the weights it serves. */
function hub(opts: { tamper?: boolean } = {}) {
  const requested: string[] = [];
  const fetch = async (input: string | URL): Promise<Response> => {
    const url = String(input);
    requested.push(url);
    const body = url.endsWith('/config.json') ? CONFIG : url.endsWith('/onnx/model_quantized.onnx') ? WEIGHTS.slice() : null;
    if (!body) return new Response('not found', { status: 404 });
    if (opts.tamper && url.endsWith('.onnx')) body[100]! ^= 1;
    // Served in several chunks, as a download arrives.
    const chunks = [body.slice(0, 1000), body.slice(1000, 150_000), body.slice(150_000)];
    return new Response(new ReadableStream({ start: (c) => (chunks.forEach((x) => c.enqueue(x)), c.close()) }), { headers: { 'content-length': String(body.length) } });
  };
  return { fetch, requested };
}

const PINS = new Map<string, ModelPin>([['org/model', { revision: REV, files: { 'config.json': sha(CONFIG), 'onnx/model_quantized.onnx': sha(WEIGHTS) } }]]);
const url = (file: string, rev = REV, model = 'org/model') => `${HUB}${model}/resolve/${rev}/${file}`;

describe('model downloads pinned to a commit and a SHA-256 per file', () => {
  it('lets the listed files of the pinned commit through, byte for byte', async () => {
    const { fetch } = hub();
    const pinned = pinnedFetch(fetch, HUB, PINS);
    expect(new Uint8Array(await (await pinned(url('config.json'))).arrayBuffer())).toEqual(CONFIG);
    expect(new Uint8Array(await (await pinned(url('onnx/model_quantized.onnx'))).arrayBuffer())).toEqual(WEIGHTS);
  });

  it('fails a file whose bytes differ from its hash, at the end of its body', async () => {
    const { fetch } = hub({ tamper: true });
    const response = await pinnedFetch(fetch, HUB, PINS)(url('onnx/model_quantized.onnx'));
    await expect(response.arrayBuffer()).rejects.toThrow(/not the file Reverie was checked against/);
  });

  it('refuses another commit, another model and paths outside a repository, without a request', async () => {
    const { fetch, requested } = hub();
    const pinned = pinnedFetch(fetch, HUB, PINS);
    await expect(pinned(url('config.json', 'main'))).rejects.toBeInstanceOf(ModelFileRefused);
    await expect(pinned(url('config.json', REV, 'evil/model'))).rejects.toThrow(/not one of them/);
    await expect(pinned(`${HUB}settings/tokens`)).rejects.toBeInstanceOf(ModelFileRefused);
    await expect(pinned(`${HUB}constructor/resolve/${REV}/config.json`)).rejects.toBeInstanceOf(ModelFileRefused);
    expect(requested).toEqual([]);
  });

  it('answers 404 for a file the list does not name (an optional file), without a request', async () => {
    const { fetch, requested } = hub();
    const pinned = pinnedFetch(fetch, HUB, PINS);
    expect((await pinned(url('generation_config.json'))).status).toBe(404);
    expect((await pinned(url('toString'))).status).toBe(404);
    expect(requested).toEqual([]);
  });

  it('passes other hosts through untouched (the extension’s own files)', async () => {
    const { fetch, requested } = hub();
    const response = await pinnedFetch(fetch, HUB, PINS)('chrome-extension://abc/ort/config.json');
    expect(response.status).toBe(200);
    expect(requested).toEqual(['chrome-extension://abc/ort/config.json']);
  });
});
