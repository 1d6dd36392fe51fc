import type { BenchQuestion, BenchResult } from './format';

/**
 * Scores a retrieval run as FORMAT.md defines: per question with evidence, whether all (`all@k`) or any (`any@k`)
 * of its evidence turns are among the first k distinct ranked turn ids; shares per category and overall.
 */

interface ScoreRow {
  n: number;
  [metric: string]: number;
}

export interface Scores {
  overall: ScoreRow;
  byCategory: Record<string, ScoreRow>;
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}

function hitsAt(ranked: string[], evidence: string[], k: number): { all: boolean; any: boolean } {
  const top = new Set(distinct(ranked).slice(0, k));
  const found = evidence.filter((e) => top.has(e)).length;
  return { all: found === evidence.length, any: found > 0 };
}

export function score(questions: BenchQuestion[], results: BenchResult[], ks: number[] = [5, 10]): Scores {
  const byId = new Map(results.map((r) => [r.question, r]));
  const sums = new Map<string, Record<string, number>>();
  const bump = (group: string, metric: string, value: number) => {
    const row = sums.get(group) ?? { n: 0 };
    row[metric] = (row[metric] ?? 0) + value;
    sums.set(group, row);
  };
  for (const q of questions) {
    if (!q.evidence || q.evidence.length === 0) continue;
    const r = byId.get(q.id);
    const ranked = r?.ranked ?? [];
    for (const group of ['overall', typeof q.category === 'string' ? q.category : `cat${q.category ?? '?'}`]) {
      bump(group, 'n', 1);
      for (const k of ks) {
        const h = hitsAt(ranked, q.evidence, k);
        bump(group, `all@${k}`, h.all ? 1 : 0);
        bump(group, `any@${k}`, h.any ? 1 : 0);
      }
      if (r?.preamble) {
        const h = hitsAt(r.preamble, q.evidence, Infinity);
        bump(group, 'all@pre', h.all ? 1 : 0);
        bump(group, 'any@pre', h.any ? 1 : 0);
        bump(group, 'nPre', 1);
      }
    }
  }
  const toShares = (row: Record<string, number>): ScoreRow => {
    const out: ScoreRow = { n: row.n ?? 0 };
    for (const [m, v] of Object.entries(row)) {
      if (m === 'n' || m === 'nPre') continue;
      const denom = m.endsWith('@pre') ? row.nPre ?? 0 : row.n ?? 0;
      out[m] = denom ? v / denom : 0;
    }
    return out;
  };
  const byCategory: Record<string, ScoreRow> = {};
  for (const [group, row] of [...sums.entries()].sort()) if (group !== 'overall') byCategory[group] = toShares(row);
  return { overall: toShares(sums.get('overall') ?? { n: 0 }), byCategory };
}

/**
 * One table for several datasets: a row per dataset and category, the system's metrics, then the reference's
 * all@10 and any@5 beside them (e.g. plain BM25), so a category where the system falls below it shows at a glance.
 */
export function formatComparison(
  runs: { name: string; scores: Scores; reference: Scores | null }[],
  metrics = ['all@5', 'any@5', 'all@10', 'any@10'],
  referenceName = 'ref',
): string {
  const refMetrics = ['all@10', 'any@5'];
  const withRef = runs.some((r) => r.reference);
  const header = [
    'dataset'.padEnd(14),
    'group'.padStart(26),
    'n'.padStart(5),
    ...metrics.map((m) => m.padStart(8)),
    ...(withRef ? refMetrics.map((m) => `${referenceName} ${m}`.padStart(12)) : []),
  ].join(' ');
  const lines = [header];
  for (const run of runs) {
    const rows: [string, ScoreRow][] = [...Object.entries(run.scores.byCategory), ['overall', run.scores.overall]];
    for (const [group, row] of rows) {
      const ref = group === 'overall' ? run.reference?.overall : run.reference?.byCategory[group];
      lines.push(
        [
          run.name.slice(0, 14).padEnd(14),
          group.slice(0, 26).padStart(26),
          String(row.n).padStart(5),
          ...metrics.map((m) => (row[m] ?? 0).toFixed(3).padStart(8)),
          ...(withRef ? refMetrics.map((m) => (ref ? (ref[m] ?? 0).toFixed(3) : '-').padStart(12)) : []),
        ].join(' '),
      );
    }
  }
  return lines.join('\n');
}
