// Agglomerative clustering over a symmetric score matrix (log-odds that two groups are one person):
// the best-scoring pair merges while its score exceeds the threshold. How a merged group scores
// against the rest is the linkage: a weighted average of the old scores, or a fresh look at the
// merged group's evidence (see profileLinkage in split.ts).

/**
 * Called once when group `b` merges into `a` (before any score is overwritten); returns the new
 * score between the merged group and each remaining group `k`.
 */
export type Merge = (a: number, b: number, scores: Float64Array) => (k: number) => number;

/**
 * @param scores n×n symmetric matrix, row-major; the diagonal is ignored. Not modified.
 * @param forbidden n×n, 1 where two items must never share a group (a curator kept them apart);
 *   the ban passes to every group either item joins.
 * @returns group number per item, 0..k-1 in order of first appearance.
 */
export function agglomerate(
  scores: Float64Array,
  n: number,
  threshold: number,
  merge: Merge,
  forbidden?: Uint8Array,
): number[] {
  const sim = scores.slice();
  const banned = forbidden && forbidden.some((x) => x === 1) ? forbidden.slice() : undefined;
  if (banned) for (let i = 0; i < n * n; i++) if (banned[i]) sim[i] = -Infinity;
  const alive = new Uint8Array(n).fill(1);
  const owner = Array.from({ length: n }, (_, i) => i);
  // Each group's best partner (the first index of its highest score) and that score.
  const best = new Int32Array(n).fill(-1);
  const bestScore = new Float64Array(n).fill(-Infinity);
  const refreshBest = (i: number): void => {
    let arg = -1;
    let value = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i || !alive[j]) continue;
      const s = sim[i * n + j]!;
      if (s > value) [value, arg] = [s, j];
    }
    best[i] = arg;
    bestScore[i] = value;
  };
  for (let i = 0; i < n; i++) refreshBest(i);

  for (;;) {
    let a = -1;
    let top = threshold;
    for (let i = 0; i < n; i++) {
      if (!alive[i] || best[i]! < 0) continue;
      const s = bestScore[i]!;
      if (s > top) [top, a] = [s, i];
    }
    if (a < 0) break;
    const b = best[a]!;
    alive[b] = 0;
    const scoreAgainst = merge(a, b, sim);
    if (banned) {
      for (let k = 0; k < n; k++) {
        const ban = banned[a * n + k]! | banned[b * n + k]!;
        banned[a * n + k] = banned[k * n + a] = ban;
      }
    }
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a) continue;
      const merged = banned?.[a * n + k] ? -Infinity : scoreAgainst(k);
      sim[a * n + k] = merged;
      sim[k * n + a] = merged;
    }
    for (let i = 0; i < n; i++) if (owner[i] === b) owner[i] = a;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const toA = sim[i * n + a]!;
      if (i === a) refreshBest(i);
      else if (best[i] === a || best[i] === b) {
        // Only the score against a changed (and b left). A score above the old best is the new
        // best; a tie keeps a only where a was already the first of the tied (best was a). Anything
        // else needs a look at the whole row. The answer is always the one refreshBest gives.
        if (toA > bestScore[i]! || (toA === bestScore[i] && best[i] === a)) {
          best[i] = a;
          bestScore[i] = toA;
        } else refreshBest(i);
      } else if (toA > bestScore[i]! || (toA === bestScore[i] && a < best[i]!)) {
        best[i] = a;
        bestScore[i] = toA;
      }
    }
  }
  const renumber = new Map<number, number>();
  return owner.map((o) => {
    if (!renumber.has(o)) renumber.set(o, renumber.size);
    return renumber.get(o)!;
  });
}

/** Weighted average linkage (Lance–Williams): averages are over papers, not blocks. */
export function averageLinkage(
  scores: Float64Array,
  weights: number[],
  threshold: number,
  forbidden?: Uint8Array,
): number[] {
  const n = weights.length;
  const size = Float64Array.from(weights);
  return agglomerate(
    scores,
    n,
    threshold,
    (a, b, sim) => {
      const [sa, sb] = [size[a]!, size[b]!];
      size[a] = sa + sb;
      return (k) => (sa * sim[a * n + k]! + sb * sim[b * n + k]!) / (sa + sb);
    },
    forbidden,
  );
}
