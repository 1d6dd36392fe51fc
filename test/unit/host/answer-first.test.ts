import { describe, expect, it } from 'vitest';
import type { MemoryRow } from '../../../lib/db/schema';
import type { RecallHit } from '../../../lib/engine/types';
import { answersFirst } from '../../../lib/host/answer-first';

const NOW = Date.UTC(2026, 10, 10);
const hit = (id: string, text: string, extra: Partial<MemoryRow> = {}): RecallHit => ({
  memory: { id, kind: 'passage', text, status: 'active', ...extra } as MemoryRow,
  score: 1,
  via: ['lexical'],
});
const passage = hit('p', 'my flat in leeds has mould, i live here on my own');
const glasgow = hit('f', 'User lives in Glasgow.', { kind: 'fact', searchTerms: 'live lives living home city town where based habite wohne' });
const job = hit('j', 'User is a senior accountant.', { kind: 'fact', searchTerms: 'work job occupation profession métier Beruf' });
const ids = (hits: RecallHit[]) => hits.map((h) => h.memory.id);

describe('a short question about the user shows the fact that holds now first', () => {
  it('in English and in the other languages the facts are read in', () => {
    expect(ids(answersFirst('where do I live', [passage, job, glasgow], NOW))).toEqual(['f', 'p', 'j']);
    expect(ids(answersFirst('what is my job', [passage, glasgow, job], NOW))).toEqual(['j', 'p', 'f']);
    expect(ids(answersFirst("où est-ce que j'habite", [passage, glasgow], NOW))).toEqual(['f', 'p']);
    expect(ids(answersFirst('quel est mon métier', [passage, job], NOW))).toEqual(['j', 'p']);
    const vivo = hit('v', 'User lives in Zaragoza.', { kind: 'fact', searchTerms: 'live lives vivo vivir ciudad' });
    expect(ids(answersFirst('¿dónde vivo?', [passage, vivo], NOW))).toEqual(['v', 'p']);
  });

  it('"for a living" asks for the job, not where the user lives', () => {
    expect(ids(answersFirst('what did I do for a living', [passage, glasgow, job], NOW))).toEqual(['j', 'p', 'f']);
    expect(ids(answersFirst('what do I do for a living?', [passage, glasgow, job], NOW))).toEqual(['j', 'p', 'f']);
    expect(ids(answersFirst('where am I living now', [passage, job, glasgow], NOW))).toEqual(['f', 'p', 'j']);
  });

  it('a topical search, a search of a time, or a fact no longer held keeps recall\'s order', () => {
    expect(ids(answersFirst('work on the kitchen renovation', [passage, job], NOW))).toEqual(['p', 'j']);
    expect(ids(answersFirst('what did I work on in March?', [passage, job], NOW))).toEqual(['p', 'j']);
    expect(ids(answersFirst('where did I say I would live after the kids move out', [passage, glasgow], NOW))).toEqual(['p', 'f']);
    const old = hit('o', 'User lives in Leeds.', { kind: 'fact', status: 'superseded', searchTerms: 'live lives' });
    expect(ids(answersFirst('where do I live', [passage, old], NOW))).toEqual(['p', 'o']);
  });
});
