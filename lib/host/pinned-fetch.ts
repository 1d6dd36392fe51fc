import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ModelPin } from '../engine/models';

/** transformers.js's `env.fetch`: it passes URLs (strings or URL objects), never Request objects. */
type Fetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** Thrown when a download is refused or fails its hash: the message is for the user's model status. */
export class ModelFileRefused extends Error {
  override name = 'ModelFileRefused';
}

/**
 * A fetch for transformers.js (`env.fetch`) that lets through, from `hubHost`, only the pinned commit of the pinned
 * models, and of each only its listed files; every listed file's bytes are hashed as they stream in (so download
 * progress still shows) and the body fails at its end when the hash differs, so the file is neither used nor cached.
 * A file the list does not name answers 404 without a request: transformers.js asks for optional files (a generation
 * config, other precisions) and takes a 404 as "absent". Other hosts (the extension's own files) pass through.
 */
export function pinnedFetch(inner: Fetch, hubHost: string, pins: ReadonlyMap<string, ModelPin>): Fetch {
  const host = hubHost.endsWith('/') ? hubHost : `${hubHost}/`;
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input.href;
    if (!url.startsWith(host)) return inner(input, init);
    const [modelId, rest] = splitOnce(url.slice(host.length).split(/[?#]/)[0]!, '/resolve/');
    const pin = rest === undefined ? undefined : pins.get(modelId);
    if (!pin || rest === undefined) throw new ModelFileRefused(`Reverie downloads only the models of its list; "${modelId}" is not one of them.`);
    const [revision, encodedPath] = splitOnce(rest, '/');
    if (revision !== pin.revision || encodedPath === undefined) {
      throw new ModelFileRefused(`Reverie downloads ${modelId} only at the version it was checked against.`);
    }
    const path = decodeURIComponent(encodedPath);
    const expected = Object.hasOwn(pin.files, path) ? pin.files[path] : undefined;
    if (!expected) return new Response(null, { status: 404, statusText: 'Not in the pinned file list' });
    const response = await inner(input, init);
    // A range request reads a file's size before the download (no content is used); errors are the caller's to read.
    if (!response.ok || !response.body || response.status === 206) return response;
    return new Response(response.body.pipeThrough(hashCheck(expected, `${modelId}/${path}`)), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** Passes bytes through while hashing them; errors the stream at its end when the digest is not `expected`. */
function hashCheck(expected: string, name: string): TransformStream<Uint8Array, Uint8Array> {
  const hash = sha256.create();
  return new TransformStream({
    transform(chunk, controller) {
      hash.update(chunk);
      controller.enqueue(chunk);
    },
    flush(controller) {
      const actual = bytesToHex(hash.digest());
      if (actual !== expected.toLowerCase()) {
        controller.error(new ModelFileRefused(`The downloaded ${name} is not the file Reverie was checked against (its SHA-256 differs), so it is not used.`));
      }
    },
  });
}
