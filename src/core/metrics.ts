// Clustering quality against ground truth: pairwise and B-cubed precision/recall/F1, plus macro
// and micro averages over names. Items are ids (paper ids within one name); truth maps id → person.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScore {
  b3: PRF;
  pairwise: PRF;
  /** Counts behind the pairwise figures, for micro averaging. */
  pairs: { truePositive: number; predicted: number; actual: number };
  items: number;
}

function prf(precision: number, recall: number): PRF {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores predicted clusters of item ids against truth labels; items without a label are ignored. */
export function scoreClustering(
  predicted: string[][],
  truth: Map<string, string>,
): ClusteringScore {
  const clusterOf = new Map<string, number>();
  predicted.forEach((cluster, c) => cluster.forEach((id) => truth.has(id) && clusterOf.set(id, c)));
  const items = [...clusterOf.keys()];
  const joint = new Map<string, number>();
  const predictedSize = new Map<number, number>();
  const actualSize = new Map<string, number>();
  for (const id of items) {
    const c = clusterOf.get(id)!;
    const t = truth.get(id)!;
    joint.set(`${c}\u0000${t}`, (joint.get(`${c}\u0000${t}`) ?? 0) + 1);
    predictedSize.set(c, (predictedSize.get(c) ?? 0) + 1);
    actualSize.set(t, (actualSize.get(t) ?? 0) + 1);
  }
  let b3Precision = 0;
  let b3Recall = 0;
  for (const id of items) {
    const c = clusterOf.get(id)!;
    const t = truth.get(id)!;
    const both = joint.get(`${c}\u0000${t}`)!;
    b3Precision += both / predictedSize.get(c)!;
    b3Recall += both / actualSize.get(t)!;
  }
  const pairsOf = (n: number): number => (n * (n - 1)) / 2;
  let truePositive = 0;
  for (const n of joint.values()) truePositive += pairsOf(n);
  let predictedPairs = 0;
  for (const n of predictedSize.values()) predictedPairs += pairsOf(n);
  let actualPairs = 0;
  for (const n of actualSize.values()) actualPairs += pairsOf(n);
  const m = items.length;
  return {
    b3: m === 0 ? prf(0, 0) : prf(b3Precision / m, b3Recall / m),
    pairwise: pairwisePrf(truePositive, predictedPairs, actualPairs),
    pairs: { truePositive, predicted: predictedPairs, actual: actualPairs },
    items: m,
  };
}

/** Pairwise figures; with no pairs on a side, that side is perfect by convention (nothing to get wrong). */
export function pairwisePrf(truePositive: number, predicted: number, actual: number): PRF {
  return prf(
    predicted === 0 ? 1 : truePositive / predicted,
    actual === 0 ? 1 : truePositive / actual,
  );
}

export interface Averages {
  b3F1: number;
  b3Precision: number;
  b3Recall: number;
  pairwiseF1: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
}

export function macroAverage(scores: ClusteringScore[]): Averages {
  const mean = (pick: (s: ClusteringScore) => number): number =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    b3F1: mean((s) => s.b3.f1),
    b3Precision: mean((s) => s.b3.precision),
    b3Recall: mean((s) => s.b3.recall),
    pairwiseF1: mean((s) => s.pairwise.f1),
    pairwisePrecision: mean((s) => s.pairwise.precision),
    pairwiseRecall: mean((s) => s.pairwise.recall),
  };
}

/** Micro: B-cubed weighted by items, pairwise from pooled pair counts. */
export function microAverage(scores: ClusteringScore[]): Averages {
  const items = scores.reduce((sum, s) => sum + s.items, 0) || 1;
  const weighted = (pick: (s: ClusteringScore) => number): number =>
    scores.reduce((sum, s) => sum + pick(s) * s.items, 0) / items;
  const b3Precision = weighted((s) => s.b3.precision);
  const b3Recall = weighted((s) => s.b3.recall);
  const pooled = pairwisePrf(
    scores.reduce((sum, s) => sum + s.pairs.truePositive, 0),
    scores.reduce((sum, s) => sum + s.pairs.predicted, 0),
    scores.reduce((sum, s) => sum + s.pairs.actual, 0),
  );
  return {
    b3F1: prf(b3Precision, b3Recall).f1,
    b3Precision,
    b3Recall,
    pairwiseF1: pooled.f1,
    pairwisePrecision: pooled.precision,
    pairwiseRecall: pooled.recall,
  };
}
