// Which co-author pairs one paper contributes, and with what weight: linear in its author count.
// Fractional counting (Newman 2001): each of a paper's k authors spreads one unit of tie strength
// over the others, so a pair gets 1/(k−1) and every author's strength per paper is 1, whether the
// paper has 2 authors or 3,000. Up to CLIQUE_LIMIT authors every pair is linked; above it (high-energy
// physics, genomics consortia) the clique of k(k−1)/2 pairs is replaced by a seeded circulant graph of
// degree SAMPLED_DEGREE (a ring plus seeded chords, so it stays connected), each pair weighted
// 1/SAMPLED_DEGREE: still strength 1 per author, but k·SAMPLED_DEGREE/2 pairs instead of k²/2.
import { seededRng } from "../random";

/** Papers with more distinct authors than this link a seeded sample of pairs, not all of them. */
export const CLIQUE_LIMIT = 100;
/** Co-authors each author of a larger paper is linked to (even: a ring plus chords both ways). */
export const SAMPLED_DEGREE = 20;

/** Pairs a paper of `k` distinct authors contributes (what the pair buffers must hold). */
export function pairsOfPaper(k: number): number {
  if (k <= CLIQUE_LIMIT) return (k * (k - 1)) / 2;
  return (k * SAMPLED_DEGREE) / 2;
}

/**
 * Receives each pair with its weight's divisor (the weight is 1/share): endpoints in author order
 * for a clique, in sample order above the limit.
 */
export type PairSink = (a: number, b: number, share: number) => void;

/**
 * Emits the pairs of one paper whose distinct author ids are `ids[0..k)`. `seed` picks the sample
 * above CLIQUE_LIMIT (the indexer passes a hash of the paper id, so a paper's sample does not
 * depend on where it sits in the corpus).
 */
export function emitPaperPairs(ids: Uint32Array, k: number, seed: number, emit: PairSink): void {
  if (k < 2) return;
  if (k <= CLIQUE_LIMIT) {
    for (let i = 0; i < k; i++) {
      const a = ids[i]!;
      for (let j = i + 1; j < k; j++) emit(a, ids[j]!, k - 1);
    }
    return;
  }
  const rng = seededRng(seed);
  const order = ids.slice(0, k);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  // Distinct offsets below k/2 give distinct edges, each author meeting 2 per offset.
  for (const step of circulantSteps(k, rng)) {
    for (let i = 0; i < k; i++) emit(order[i]!, order[(i + step) % k]!, SAMPLED_DEGREE);
  }
}

/** Offset 1 (the ring) and SAMPLED_DEGREE/2 − 1 distinct seeded offsets in [2, (k−1)/2]. */
function circulantSteps(k: number, rng: () => number): number[] {
  const half = Math.floor((k - 1) / 2);
  const steps = new Set([1]);
  while (steps.size < SAMPLED_DEGREE / 2) steps.add(2 + Math.floor(rng() * (half - 1)));
  return [...steps].sort((a, b) => a - b);
}
