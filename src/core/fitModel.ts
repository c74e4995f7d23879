// Fits the split model's global parameters on labeled names: L2-regularised logistic regression on
// block pairs (same person or not) for the evidence weights, then a logistic calibration of identity
// confidence on the identities the fitted model suggests. Each labeled set weighs the same in total
// and, inside a set, each name the same, so neither one large corpus nor one large name decides.
import type { CorpusIndex } from "./corpusIndex";
import { truthOf } from "./evaluation";
import { NO_CONSTRAINTS } from "./constraints";
import { mentionOf } from "./identitySummary";
import { confidenceInputs, confidenceParts } from "./split/confidence";
import { clusterBlocks } from "./split/cluster";
import { FEATURE_COUNT, nameEvidence, pairFeatures } from "./split/evidence";
import { blockScores, type SplitModel } from "./split/model";
import { seededRng } from "./random";

export interface Example {
  features: Float64Array;
  same: boolean;
  weight: number;
}

/** A labeled corpus and the names of it to learn from or score. */
export interface LabeledSet {
  label: string;
  index: CorpusIndex;
  names: string[];
}

/** Pairs kept per name: a seeded sample of the rest says as much and keeps a fit quick. */
const MAX_PAIRS_PER_NAME = 3000;

/** Block-pair examples of one set; the set's examples weigh 1 in total, each name 1/names. */
export function trainingPairs(set: LabeledSet): Example[] {
  const examples: Example[] = [];
  const perName: Example[][] = [];
  const rng = seededRng(7);
  for (const key of set.names) {
    const evidence = nameEvidence(set.index, key, NO_CONSTRAINTS);
    const n = evidence.blocks.length;
    const scratch = new Float64Array(FEATURE_COUNT);
    const labels = evidence.blocks.map((block) => majorityLabel(set.index, key, block.papers));
    const own: Example[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (labels[i] === undefined || labels[j] === undefined) continue;
        pairFeatures(evidence, evidence.stats, i, j, scratch, 0);
        own.push({
          features: Float64Array.from(scratch),
          same: labels[i] === labels[j],
          weight: evidence.blocks[i]!.papers.length * evidence.blocks[j]!.papers.length,
        });
      }
    }
    if (own.length > 0) perName.push(sample(own, MAX_PAIRS_PER_NAME, rng));
  }
  for (const own of perName) {
    const total = own.reduce((sum, e) => sum + e.weight, 0);
    for (const e of own) examples.push({ ...e, weight: e.weight / total / perName.length });
  }
  return examples;
}

/** Up to `size` examples drawn without replacement (partial Fisher–Yates); weights keep their sum. */
function sample(examples: Example[], size: number, rng: () => number): Example[] {
  if (examples.length <= size) return examples;
  const pool = [...examples];
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const kept = pool.slice(0, size);
  const scale =
    examples.reduce((sum, e) => sum + e.weight, 0) / kept.reduce((sum, e) => sum + e.weight, 0);
  return kept.map((e) => ({ ...e, weight: e.weight * scale }));
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

/** Fits evidence weights on the sets' pairs, then the confidence calibration; returns a model. */
export function fitModel(
  sets: LabeledSet[],
  base: SplitModel,
  l2 = 1e-3,
  dropped: number[] = [],
): SplitModel {
  const pairs = sets.flatMap(trainingPairs);
  const [bias, ...weights] = fitLogistic(
    pairs.map((e) => ({ x: e.features, y: e.same, weight: e.weight })),
    l2,
    dropped,
  );
  const model: SplitModel = { ...base, bias: bias!, weights };
  return { ...model, confidence: fitConfidence(sets, model) };
}

/** Logistic calibration of identity confidence on the identities `model` suggests. */
export function fitConfidence(sets: LabeledSet[], model: SplitModel): SplitModel["confidence"] {
  const rows: { x: Float64Array; y: boolean; weight: number }[] = [];
  for (const set of sets) {
    const own: { x: Float64Array; y: boolean }[] = [];
    for (const key of set.names) {
      const truth = truthOf(set.index, key);
      const evidence = nameEvidence(set.index, key, NO_CONSTRAINTS);
      const scores = blockScores(evidence, model);
      const sizes = evidence.blocks.map((b) => b.papers.length);
      const assignment = clusterBlocks("profile", {
        evidence,
        model,
        scores,
        resolution: 1,
        seed: 1,
      });
      const groups = Math.max(-1, ...assignment) + 1;
      const parts = confidenceParts(scores, sizes, assignment, groups);
      const members: string[][] = Array.from({ length: groups }, () => []);
      assignment.forEach((g, b) =>
        members[g]!.push(...evidence.blocks[b]!.papers.map((p) => set.index.corpus.papers[p]!.id)),
      );
      const personSize = new Map<string, number>();
      for (const t of truth.values()) personSize.set(t, (personSize.get(t) ?? 0) + 1);
      members.forEach((ids, g) => {
        const labels = ids.map((id) => truth.get(id)).filter((t) => t !== undefined);
        if (labels.length === 0) return;
        const right =
          labels.every((t) => t === labels[0]) && personSize.get(labels[0]!) === labels.length;
        own.push({ x: Float64Array.from(confidenceInputs(parts[g]!)), y: right });
      });
    }
    for (const r of own) rows.push({ ...r, weight: 1 / own.length });
  }
  const beta = fitLogistic(rows, 1e-3, []);
  return [beta[0]!, beta[1]!, beta[2]!, beta[3]!];
}

/**
 * Newton–Raphson on the weighted log-likelihood with an L2 penalty (intercept not penalised).
 * @returns [intercept, ...coefficients]
 */
export function fitLogistic(
  rows: { x: Float64Array; y: boolean; weight: number }[],
  l2: number,
  dropped: number[],
  iterations = 60,
): number[] {
  const d = (rows[0]?.x.length ?? 0) + 1;
  const beta = new Float64Array(d);
  const x = new Float64Array(d);
  for (let iter = 0; iter < iterations; iter++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (const row of rows) {
      x[0] = 1;
      x.set(row.x, 1);
      for (const f of dropped) x[f + 1] = 0;
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const residual = (row.y ? 1 : 0) - p;
      const curvature = p * (1 - p) * row.weight;
      for (let k = 0; k < d; k++) {
        gradient[k]! += row.weight * residual * x[k]!;
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
  return Array.from(beta);
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
