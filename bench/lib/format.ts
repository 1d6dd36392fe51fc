import { readFileSync } from 'node:fs';

/** The neutral retrieval benchmark format (../shared/bench/FORMAT.md). */

interface BenchTurn {
  id: string;
  role: 'user' | 'assistant';
  speaker?: string;
  text: string;
}

export interface BenchSession {
  id: string;
  date: string | null;
  turns: BenchTurn[];
  /** Gold-side material (written by a large model): never used as retrieval input by the lexical path. */
  observations?: { speaker: string; text: string; evidence: string[] }[];
  summary?: string;
}

export interface BenchHaystack {
  id: string;
  sessions: BenchSession[];
}

export interface BenchQuestion {
  id: string;
  haystack: string;
  question: string;
  answer?: unknown;
  date: string | null;
  category?: number;
  evidence: string[];
  evidenceSessions?: string[];
}

export interface BenchDataset {
  name: string;
  haystacks: BenchHaystack[];
  questions: BenchQuestion[];
}

export interface BenchResult {
  question: string;
  ranked: string[];
  ms: number;
  preamble?: string[];
}

export function readDataset(path: string): BenchDataset {
  return JSON.parse(readFileSync(path, 'utf8')) as BenchDataset;
}

/** Session dates are local wall-clock times without a zone ("2023-05-08T13:56:00"). */
export function parseBenchDate(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = new Date(date).getTime();
  return Number.isFinite(t) ? t : null;
}
