import type { RedactionLabel, SecretSpan } from './rules';

/**
 * A found secret written again in base64, as APIs hand it back for a header: Elasticsearch's create-key response
 * gives the key and `"encoded": base64("<id>:<key>")`, Basic auth encodes `user:password`, SASL `\0user\0password`.
 * The base64 holds the secret as plainly as the text would. A base64 run of 16 or more characters (not already taken)
 * is decoded; if the text it holds, split at `:` or NUL, has a part that is a found value of eight characters or more,
 * it is masked with that value's label. Only texts with a found secret are read, and each run is decoded once.
 */

const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{16,1024}={0,2}(?![A-Za-z0-9+/=_-])/g;

/** Labels whose values may be encoded again. */
const ENCODABLE: ReadonlySet<RedactionLabel> = new Set(['api key', 'bearer token', 'password', 'jwt', 'private key']);

function decode(run: string): string | null {
  if (run.length % 4 === 1) return null;
  try {
    const decoded = atob(run.padEnd(Math.ceil(run.length / 4) * 4, '='));
    // Text, not bytes: printable ASCII, with NUL as SASL's separator.
    return /^[\x00\x20-\x7e]+$/.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

export function findEncodedRepeats(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const found = new Map<string, RedactionLabel>();
  for (const span of kept) if (ENCODABLE.has(span.label) && span.end - span.start >= 8) found.set(text.slice(span.start, span.end), span.label);
  if (found.size === 0) return [];
  const spans: SecretSpan[] = [];
  BASE64_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BASE64_RUN.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.subarray(start, end).some((t) => t !== 0)) continue;
    const decoded = decode(m[0]);
    if (decoded === null) continue;
    const part = decoded.split(/[:\0]/).find((p) => p.length >= 8 && found.has(p));
    if (part === undefined) continue;
    taken.fill(1, start, end);
    spans.push({ start, end, label: found.get(part)! });
  }
  return spans;
}
