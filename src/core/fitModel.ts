// Fits the split model's global weights by L2-regularised logistic regression on block pairs of
// labeled names (same person or not). Few parameters, shared by every name: nothing per name.
import type { CorpusIndex } from "./corpusIndex";
import { mentionOf } from "./identitySummary";
import { FEATURE_COUNT, nameEvidence, pairFeatures } from "./splitEvidence";
import type { SplitModel } from "./splitModel";

export interface PairExample {
  features: Float64Array;
  same: boolean;
  weight: number;
}

/** Block-pair examples; each name's pairs weigh 1 in total, so large names do not drown small ones. */
export function trainingPairs(index: CorpusIndex, names: string[]): PairExample[] {
  const examples: PairExample[] = [];
  for (const key of names) {
    const evidence = nameEvidence(index, key);
    const n = evidence.blocks.length;
    const labels = evidence.blocks.map((block) => majorityLabel(index, key, block.papers));
    const nameExamples: PairExample[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (labels[i] === undefined || labels[j] === undefined) continue;
        const features = new Float64Array(FEATURE_COUNT);
        pairFeatures(evidence, evidence.stats, i, j, features, 0);
        nameExamples.push({
          features,
          same: labels[i] === labels[j],
          weight: evidence.blocks[i]!.papers.length * evidence.blocks[j]!.papers.length,
        });
      }
    }
    const total = nameExamples.reduce((sum, e) => sum + e.weight, 0);
    for (const e of nameExamples) examples.push({ ...e, weight: e.weight / total });
  }
  return examples;
}

function majorityLabel(index: CorpusIndex, key: string, papers: number[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of papers) {
    const label = mentionOf(index, p, key)?.label;
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [label, count] of counts) if (count > bestCount) [best, bestCount] = [label, count];
  return best;
}

/** Newton–Raphson on the weighted log-likelihood with an L2 penalty (bias not penalised). */
export function fitLogistic(
  examples: PairExample[],
  l2 = 1e-3,
  dropped: number[] = [],
  iterations = 50,
): Pick<SplitModel, "bias" | "weights"> {
  const d = FEATURE_COUNT + 1;
  const beta = new Float64Array(d);
  for (let iter = 0; iter < iterations; iter++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (const e of examples) {
      const x = [1, ...e.features];
      for (const f of dropped) x[f + 1] = 0;
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const residual = (e.same ? 1 : 0) - p;
      const curvature = p * (1 - p) * e.weight;
      for (let k = 0; k < d; k++) {
        gradient[k]! += e.weight * residual * x[k]!;
        for (let l = 0; l < d; l++) hessian[k * d + l]! += curvature * x[k]! * x[l]!;
      }
    }
    for (let k = 1; k < d; k++) {
      gradient[k]! -= l2 * beta[k]!;
      hessian[k * d + k]! += l2;
    }
    const step = solve(hessian, gradient, d);
    let change = 0;
    for (let k = 0; k < d; k++) {
      beta[k]! += step[k]!;
      change = Math.max(change, Math.abs(step[k]!));
    }
    if (change < 1e-9) break;
  }
  return { bias: beta[0]!, weights: Array.from(beta.slice(1)) };
}

/** Gaussian elimination with partial pivoting; small dense systems only. */
function solve(matrix: Float64Array, rhs: Float64Array, d: number): Float64Array {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  for (let col = 0; col < d; col++) {
    let pivot = col;
    for (let row = col + 1; row < d; row++)
      if (Math.abs(a[row * d + col]!) > Math.abs(a[pivot * d + col]!)) pivot = row;
    for (let k = 0; k < d; k++)
      [a[col * d + k], a[pivot * d + k]] = [a[pivot * d + k]!, a[col * d + k]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const diag = a[col * d + col]! || 1e-12;
    for (let row = col + 1; row < d; row++) {
      const factor = a[row * d + col]! / diag;
      for (let k = col; k < d; k++) a[row * d + k]! -= factor * a[col * d + k]!;
      b[row]! -= factor * b[col]!;
    }
  }
  const x = new Float64Array(d);
  for (let row = d - 1; row >= 0; row--) {
    let sum = b[row]!;
    for (let k = row + 1; k < d; k++) sum -= a[row * d + k]! * x[k]!;
    x[row] = sum / (a[row * d + row]! || 1e-12);
  }
  return x;
}
