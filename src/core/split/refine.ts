// A last pass over a clustering: a block moves to the identity whose papers it matches best on
// average (first block-pair log-odds, weighted by papers) when that beats its own identity by a
// margin. Agglomeration never takes a merge back; this lets a block that joined early on pooled
// evidence go where its own evidence points. Kept-apart blocks are never moved together.

/** How much better (log-odds) another identity must look before a block moves there. */
const MARGIN = 0.5;
const PASSES = 2;

export function refineAssignment(
  assignment: number[],
  scores: Float64Array,
  sizes: number[],
  forbidden: Uint8Array,
): number[] {
  const n = sizes.length;
  const group = [...assignment];
  // Per identity, the paper-weighted sum of log-odds to block b and the papers behind it; `seen`
  // lists the identities met, in the order met (ties go to the first, as a Map would).
  const sum = new Float64Array(n);
  const weight = new Float64Array(n);
  const seen = new Int32Array(n);
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (let b = 0; b < n; b++) {
      let met = 0;
      const row = b * n;
      for (let c = 0; c < n; c++) {
        if (c === b) continue;
        const g = group[c]!;
        if (weight[g] === 0) seen[met++] = g;
        sum[g]! += sizes[c]! * scores[row + c]!;
        weight[g]! += sizes[c]!;
      }
      const own = group[b]!;
      // Alone in its identity, a block compares with staying alone: log-odds 0.
      let best = own;
      let bestMean = weight[own]! > 0 ? sum[own]! / weight[own]! : 0;
      for (let k = 0; k < met; k++) {
        const g = seen[k]!;
        const mean = sum[g]! / weight[g]!;
        if (g !== own && mean > bestMean + MARGIN && !keptApart(b, g, group, forbidden, n)) {
          [best, bestMean] = [g, mean];
        }
      }
      for (let k = 0; k < met; k++) sum[seen[k]!] = weight[seen[k]!] = 0;
      if (best !== own) {
        group[b] = best;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return renumber(group);
}

function keptApart(
  b: number,
  g: number,
  group: number[],
  forbidden: Uint8Array,
  n: number,
): boolean {
  for (let c = 0; c < n; c++) if (group[c] === g && forbidden[b * n + c]) return true;
  return false;
}

function renumber(group: number[]): number[] {
  const order = new Map<number, number>();
  return group.map((g) => {
    if (!order.has(g)) order.set(g, order.size);
    return order.get(g)!;
  });
}
