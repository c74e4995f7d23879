// Average-linkage agglomerative clustering over a symmetric score matrix (log-odds that two groups
// are one person). Groups merge while the best average score between two clusters exceeds the
// threshold; averages are weighted by paper counts so a large block does not count as one vote.

/**
 * @param scores n×n symmetric matrix, row-major; the diagonal is ignored.
 * @param weights size of each item (papers in a block).
 * @returns cluster number per item, 0..k-1 in order of first appearance.
 */
export function averageLinkage(
  scores: Float64Array,
  weights: number[],
  threshold: number,
): number[] {
  const n = weights.length;
  const sim = Float64Array.from(scores);
  const size = Float64Array.from(weights);
  const alive = new Uint8Array(n).fill(1);
  const owner = Array.from({ length: n }, (_, i) => i);
  const best = new Int32Array(n).fill(-1);
  const refreshBest = (i: number): void => {
    let arg = -1;
    let value = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i || !alive[j]) continue;
      const s = sim[i * n + j]!;
      if (s > value) [value, arg] = [s, j];
    }
    best[i] = arg;
  };
  for (let i = 0; i < n; i++) refreshBest(i);

  for (;;) {
    let a = -1;
    let top = threshold;
    for (let i = 0; i < n; i++) {
      if (!alive[i] || best[i]! < 0) continue;
      const s = sim[i * n + best[i]!]!;
      if (s > top) [top, a] = [s, i];
    }
    if (a < 0) break;
    const b = best[a]!;
    // Lance–Williams update for weighted average linkage: merge b into a.
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a || k === b) continue;
      const merged =
        (size[a]! * sim[a * n + k]! + size[b]! * sim[b * n + k]!) / (size[a]! + size[b]!);
      sim[a * n + k] = merged;
      sim[k * n + a] = merged;
    }
    size[a] = size[a]! + size[b]!;
    alive[b] = 0;
    for (let i = 0; i < n; i++) if (owner[i] === b) owner[i] = a;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      if (i === a || best[i] === a || best[i] === b) refreshBest(i);
      else if (sim[i * n + a]! > sim[i * n + best[i]!]!) best[i] = a;
    }
  }
  const renumber = new Map<number, number>();
  return owner.map((o) => {
    if (!renumber.has(o)) renumber.set(o, renumber.size);
    return renumber.get(o)!;
  });
}
