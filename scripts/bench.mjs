#!/usr/bin/env node
// `npm run bench -- <name> [options]`: runs bench/<name>.ts (capture, recall, index, embed, warm, dream, load).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const [name, ...rest] = process.argv.slice(2);
const available = readdirSync('bench').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(name ? 2 : 0);
}
const result = spawnSync('npx', ['tsx', `bench/${name}.ts`, ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);
