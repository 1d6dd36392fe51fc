#!/usr/bin/env node
// Release step: download the WebLLM model libraries (.wasm, compiled model code) into public/webllm/ so they ship
// inside the extension — stores forbid loading code from the network at run time. Weights are data and are fetched
// by the extension from Hugging Face on first use. Run on a machine with internet access before `npm run zip`.
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { DREAM_MODELS } from '../lib/llm/webllm-config.ts';

const BASE = 'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/';
await mkdir('public/webllm', { recursive: true });
for (const model of DREAM_MODELS) {
  const target = `public/webllm/${model.wasmFile}`;
  if (await stat(target).then(() => true, () => false)) {
    console.log(`have ${target}`);
    continue;
  }
  const response = await fetch(BASE + model.wasmFile);
  if (!response.ok) throw new Error(`${model.wasmFile}: HTTP ${response.status}`);
  await writeFile(target, new Uint8Array(await response.arrayBuffer()));
  console.log(`wrote ${target}`);
}
