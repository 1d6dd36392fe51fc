import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../fixtures/composers/real-editors.ts', import.meta.url));

/**
 * Bundles the real editor libraries (test/fixtures/composers/real-editors.ts) for the browser into a fresh folder, to
 * be served under REAL_EDITORS_MOUNT (test/e2e/pages/sites.ts). Built per test run, never committed.
 */
export async function buildRealEditors(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reverie-real-editors-'));
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(dir, 'real-editors.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return dir;
}
