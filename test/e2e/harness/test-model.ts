import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** Served by the fixture server as `/models/<id>/…`, in the layout transformers.js asks a hub for. */
export const TEST_MODEL_ROOT = path.join(repoRoot, '.cache', 'test-model');
export const TEST_MODEL_ID = 'reverie-test/bert-tiny';

/** The random-weight model with the real all-MiniLM-L6-v2 tokenizer (scripts/make-test-model.py), made once. */
export function ensureTestModel(): void {
  if (existsSync(path.join(TEST_MODEL_ROOT, TEST_MODEL_ID, 'onnx', 'model.onnx'))) return;
  execFileSync('/usr/bin/python3', [path.join(repoRoot, 'scripts', 'make-test-model.py'), '--out', path.join(TEST_MODEL_ROOT, TEST_MODEL_ID)], {
    stdio: 'inherit',
  });
}
