import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env, type PreTrainedTokenizer } from '@huggingface/transformers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { embeddingModelInfo, EMBEDDING_MODELS } from '../../../lib/engine/models';
import { passageTokensFor, passageTokensForModel, splitIntoPassages } from '../../../lib/engine/passages';
import { approxTokens } from '../../../lib/engine/text';
import { conversation, DAY, freshDb, HashingEmbedder } from './helpers';

/**
 * Passages as long as the embedding model reads, no longer: a passage past the model's window is embedded by its start
 * only, and the rest of its text is never seen by the dense ranker. Checked with all-MiniLM-L6-v2's real tokenizer
 * (the shared models folder, as scripts/make-test-model.py reads it).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sharedModels = path.resolve(repoRoot, '..', 'shared', 'models');
const MINILM = 'Xenova/all-MiniLM-L6-v2';
const E5 = 'Xenova/multilingual-e5-small';

/** A long assistant-style reply: lists, figures, names, punctuation (denser in tokens than plain narrative). */
function longReply(): string {
  const items = [
    'Book the 07:45 train from Lisbon (Santa Apolónia) to Porto-Campanhã; second class is €25-€31 if bought 2-3 weeks ahead.',
    "Day 2: walk the Ribeira, cross the Dom Luís I bridge's upper deck, and taste a 10-year tawny at one of Gaia's lodges.",
    'If you are vegetarian, ask for "sem carne" — many tascas will adapt a francesinha, though the sauce often has beer and stock.',
    'Budget roughly €60-€90/night for a double room in Baixa; prices rise ~40% during São João (23-24 June).',
    'The Serralves museum opens 10:00-19:00 (Tue-Sun); the park alone costs €12, the combined ticket €20.',
    'For a day trip, the Douro valley by train (Linha do Douro, ~2h15 each way) is cheaper than a €95 guided tour.',
  ];
  const paragraph = (n: number) =>
    `${n}. ${items.map((s, i) => items[(i + n) % items.length]!.replace('Day 2', `Day ${n + 1}`)).join(' ')}`;
  return Array.from({ length: 8 }, (_, n) => paragraph(n + 1)).join('\n\n');
}

describe('passage length follows the embedding model', () => {
  let tokenizer: PreTrainedTokenizer;
  beforeAll(async () => {
    expect(existsSync(path.join(sharedModels, 'all-MiniLM-L6-v2', 'tokenizer.json'))).toBe(true);
    env.localModelPath = `${sharedModels}/`;
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    tokenizer = await AutoTokenizer.from_pretrained('all-MiniLM-L6-v2');
  });

  it("splits a long reply so that MiniLM reads every passage whole, and every sentence is in a passage", () => {
    const text = longReply();
    const window = embeddingModelInfo(MINILM)!.maxTokens;
    const passages = splitIntoPassages(text, { maxTokens: passageTokensFor(MINILM) });
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) expect(tokenizer.encode(p.text).length).toBeLessThanOrEqual(window);
    const covered = new Uint8Array(text.length);
    for (const p of passages) covered.fill(1, p.offset, p.offset + p.text.length);
    const missed = [...text].filter((ch, i) => !covered[i] && ch.trim()).length;
    expect(missed).toBe(0);
    // The former length (512 approximate tokens) left part of such a reply past the window.
    const old = splitIntoPassages(text, { maxTokens: 512 });
    expect(old.some((p) => tokenizer.encode(p.text).length > window)).toBe(true);
  });

  it('takes each catalog model at its own window, and the shortest one without a known model', () => {
    const minilm = passageTokensFor(MINILM);
    const e5 = passageTokensFor(E5);
    expect(e5).toBeGreaterThan(minilm);
    // E5's prefix ("passage: ") takes room from the text.
    expect(e5).toBeLessThan(passageTokensForModel({ maxTokens: embeddingModelInfo(E5)!.maxTokens }));
    expect(passageTokensFor()).toBe(Math.min(...EMBEDDING_MODELS.map(passageTokensForModel)));
    expect(passageTokensFor('test/unknown-model')).toBe(passageTokensFor());
  });
});

describe('the engine splits by its embedder', () => {
  let db: ReverieDb;
  let engine: MemoryEngine;
  afterEach(async () => {
    await engine?.close();
    db?.close();
  });

  async function passagesUnder(modelId: string | null): Promise<string[]> {
    db = freshDb();
    engine = await MemoryEngine.open({ db, embedder: modelId ? new HashingEmbedder(modelId) : null, now: () => 2 * DAY });
    await engine.ingest(conversation('c1', ['Plan me four days in Porto.', longReply()], DAY));
    const rows = await db.memories.toArray();
    await engine.close();
    return rows.filter((m) => m.sourceTurnIds[0] === 'chatgpt:c1#1').map((m) => m.text);
  }

  it('writes passages no longer than its model reads, longer ones under a model with a longer window', async () => {
    const underMiniLM = await passagesUnder(MINILM);
    const underE5 = await passagesUnder(E5);
    const noModel = await passagesUnder(null);
    for (const t of underMiniLM) expect(approxTokens(t)).toBeLessThanOrEqual(passageTokensFor(MINILM));
    for (const t of underE5) expect(approxTokens(t)).toBeLessThanOrEqual(passageTokensFor(E5));
    expect(underE5.length).toBeLessThan(underMiniLM.length);
    // Before a model loads, text is split for the shortest window, so any catalog model later reads it whole.
    expect(noModel).toEqual(underMiniLM);
  });
});
