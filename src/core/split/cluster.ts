// Three ways to turn block-pair evidence into identities, all stopping at log(resolution) log-odds.
// "profile" (the default): the most likely pair of groups merges and the merged group is scored
// afresh on its pooled evidence (co-authors, venues, title terms, names), so a person whose papers
// each say little is recognised once a few are together. "agglomerative": weighted average linkage
// over the first block-pair scores. "louvain": community detection on the name's evidence graph
// (blocks as nodes, edges weighted by expected same-person paper pairs), resolution as Louvain's.
// Measured on every labeled set, profile did best (README, "How a split is suggested").
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { agglomerate, averageLinkage } from "../linkage";
import { seededRng } from "../random";
import {
  copyStats,
  FEATURE_COUNT,
  mergeStats,
  type GroupStats,
  type NameEvidence,
} from "./evidence";
import { pairScore, type SplitModel } from "./model";
import { refineAssignment } from "./refine";

export type SplitMethod = "agglomerative" | "profile" | "louvain";
export const SPLIT_METHODS: readonly SplitMethod[] = ["profile", "agglomerative", "louvain"];

export interface ClusterInput {
  evidence: NameEvidence;
  model: SplitModel;
  /** n×n block-pair log-odds, symmetric. */
  scores: Float64Array;
  resolution: number;
  seed: number;
  /** Move blocks to their best identity afterwards (refine.ts); default true. */
  refine?: boolean;
  /** Told of each profile merge, before groups a and b are pooled (the fitter learns from them). */
  onMerge?: (stats: GroupStats, a: number, b: number) => void;
}

/** Group number per block, 0..k-1. */
export function clusterBlocks(method: SplitMethod, input: ClusterInput): number[] {
  const { evidence, scores, resolution } = input;
  const grouped =
    method === "louvain"
      ? louvainBlocks(input)
      : method === "profile"
        ? profileBlocks(input)
        : averageLinkage(scores, evidence.stats.sizes, Math.log(resolution), evidence.forbidden);
  return input.refine === false
    ? grouped
    : refineAssignment(grouped, scores, evidence.stats.sizes, evidence.forbidden);
}

/** Agglomeration that re-scores a merged group on its pooled evidence (profile linkage). */
function profileBlocks({ evidence, model, scores, resolution, onMerge }: ClusterInput): number[] {
  const stats = copyStats(evidence.stats);
  const scratch = new Float64Array(FEATURE_COUNT);
  return agglomerate(
    scores,
    stats.n,
    Math.log(resolution),
    (a, b) => {
      onMerge?.(stats, a, b);
      mergeStats(stats, a, b);
      return (k) => pairScore(evidence, stats, model, a, k, scratch);
    },
    evidence.forbidden,
  );
}

/**
 * Louvain over blocks; an edge carries p·|a|·|b| (expected same-person paper pairs) for pairs the
 * model gives better than even odds at resolution 1, so unrelated blocks are not tied by a haze of
 * small probabilities. A kept-apart pair that lands together is split off afterwards.
 */
function louvainBlocks({ evidence, scores, resolution, seed }: ClusterInput): number[] {
  const { sizes } = evidence.stats;
  const { forbidden } = evidence;
  const n = sizes.length;
  const graph = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) graph.addNode(i);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = scores[i * n + j]!;
      if (s <= 0 || forbidden[i * n + j]) continue;
      const p = 1 / (1 + Math.exp(-s));
      graph.addEdge(i, j, { weight: p * sizes[i]! * sizes[j]! });
    }
  }
  if (graph.size === 0) return sizes.map((_, i) => i);
  const raw = louvain(graph, { resolution, rng: seededRng(seed), getEdgeWeight: "weight" });
  const assignment = sizes.map((_, i) => raw[String(i)]!);
  return separateForbidden(assignment, forbidden, n);
}

/** Moves a block out of its group when it is kept apart from a block already placed there. */
function separateForbidden(assignment: number[], forbidden: Uint8Array, n: number): number[] {
  let next = Math.max(-1, ...assignment) + 1;
  const out = [...assignment];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (out[j] === out[i] && forbidden[i * n + j]) {
        out[i] = next++;
        break;
      }
    }
  }
  const renumber = new Map<number, number>();
  return out.map((g) => {
    if (!renumber.has(g)) renumber.set(g, renumber.size);
    return renumber.get(g)!;
  });
}
