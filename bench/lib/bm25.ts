import { processTerm } from '../../lib/engine/lexical';
import { words } from '../../lib/engine/text';
import type { BenchHaystack, BenchQuestion, BenchResult } from './format';

/**
 * The reference the lexical path must never fall below: plain Okapi BM25 (k1 1.2, b 0.75) over whole turns, with the
 * engine's own tokenisation (its word splitter, stop words and Porter2 stemmer), and nothing else — no speaker, no
 * context, no dates, no fusion. Ranks each question's haystack and returns results in the benchmark's format.
 */

const K1 = 1.2;
const B = 0.75;

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = processTerm(w);
    if (t) out.push(t);
  }
  return out;
}

export function bm25Results(haystack: BenchHaystack, questions: BenchQuestion[], k = 40): BenchResult[] {
  const ids: string[] = [];
  const tf: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (const session of haystack.sessions) {
    for (const turn of session.turns) {
      const counts = new Map<string, number>();
      const toks = tokens(turn.text);
      for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
      ids.push(turn.id);
      tf.push(counts);
      lengths.push(toks.length);
    }
  }
  const n = ids.length;
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return questions.map((q) => {
    const terms = [...new Set(tokens(q.question))];
    const scores: { id: string; score: number }[] = [];
    for (let d = 0; d < n; d++) {
      let s = 0;
      for (const t of terms) {
        const f = tf[d]!.get(t);
        if (!f) continue;
        const idf = Math.log(1 + (n - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
        s += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengths[d]!) / avg));
      }
      if (s > 0) scores.push({ id: ids[d]!, score: s });
    }
    scores.sort((a, b) => b.score - a.score);
    return { question: q.id, ranked: scores.slice(0, k).map((x) => x.id), ms: 0 };
  });
}
