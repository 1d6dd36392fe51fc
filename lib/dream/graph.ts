import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { MemoryRow } from '../db/schema';
import { hashText } from '../engine/text';
import { candidatePairs, cosineDense, cosineSparse, TfIdf } from './lexical';
import { seededRng } from '../util/seeded-rng';

/**
 * The memory graph: memories linked by similarity (embedding cosine when both have a vector, TF-IDF cosine
 * otherwise), then Louvain communities (seeded, so the same memories always give the same communities), each
 * labelled by its top terms.
 */

export interface SimilarityEdge {
  a: string;
  b: string;
  sim: number;
}

export interface Community {
  id: string;
  label: string[];
  memberIds: string[];
}

export interface MemoryGraph {
  edges: SimilarityEdge[];
  communities: Community[];
  tfidf: TfIdf;
}

// Louvain's tie-breaking must not depend on Math.random.
;

export function buildMemoryGraph(
  memories: MemoryRow[],
  vectors: Map<string, Float32Array>,
  opts: { linkThreshold: number; maxNeighbours: number; keepAbove: number },
): MemoryGraph {
  const sorted = [...memories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = sorted.map((m) => m.id);
  const tfidf = new TfIdf(sorted.map((m) => ({ id: m.id, text: m.text })));
  const scored: SimilarityEdge[] = [];
  for (const [i, j] of candidatePairs(tfidf, ids)) {
    const a = ids[i]!;
    const b = ids[j]!;
    const va = vectors.get(a);
    const vb = vectors.get(b);
    const lexical = cosineSparse(tfidf.vectors.get(a)!, tfidf.vectors.get(b)!);
    const sim = va && vb && va.length === vb.length ? Math.max(lexical, cosineDense(va, vb)) : lexical;
    if (sim >= Math.min(opts.linkThreshold, opts.keepAbove)) scored.push({ a, b, sim });
  }
  // Keep each memory's strongest links only (a sparse graph clusters better and stays small).
  const byNode = new Map<string, SimilarityEdge[]>();
  for (const e of scored) {
    if (e.sim < opts.linkThreshold) continue;
    for (const n of [e.a, e.b]) {
      const l = byNode.get(n);
      if (l) l.push(e);
      else byNode.set(n, [e]);
    }
  }
  const keep = new Set<SimilarityEdge>();
  for (const [, list] of byNode) {
    list.sort((x, y) => y.sim - x.sim || (x.a + x.b < y.a + y.b ? -1 : 1));
    for (const e of list.slice(0, opts.maxNeighbours)) keep.add(e);
  }
  // Near-duplicates are always kept (consolidation merges them), even beyond the neighbour cap.
  for (const e of scored) if (e.sim >= opts.keepAbove) keep.add(e);
  const edges = [...keep].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));

  const graph = new Graph({ type: 'undirected', multi: false });
  for (const id of ids) graph.addNode(id);
  for (const e of edges) if (e.sim >= opts.linkThreshold && !graph.hasEdge(e.a, e.b)) graph.addEdge(e.a, e.b, { weight: e.sim });

  const members = new Map<number, string[]>();
  if (graph.size > 0) {
    const assignment = louvain(graph, { getEdgeWeight: 'weight', rng: seededRng(0x5eed) }) as Record<string, number>;
    for (const id of ids) {
      if (graph.degree(id) === 0) continue; // singletons are not topics
      const c = assignment[id]!;
      const l = members.get(c);
      if (l) l.push(id);
      else members.set(c, [id]);
    }
  }
  const communities: Community[] = [...members.values()].map((memberIds) => ({
    // Named by its oldest-sorting member, so a community keeps its id while it grows.
    id: `c:${hashText(memberIds[0]!)}`,
    label: tfidf.topTerms(memberIds, 4),
    memberIds,
  }));
  communities.sort((a, b) => b.memberIds.length - a.memberIds.length || (a.id < b.id ? -1 : 1));
  return { edges, communities, tfidf };
}
