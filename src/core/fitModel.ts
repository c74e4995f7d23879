// Fits the split model's global parameters on labeled names. Evidence weights: L2-regularised
// logistic regression on block pairs (same person or not), then on the merges the profile
// clustering makes with those weights (merged groups carry pooled evidence that first block pairs
// never show), refitted on both. Then a logistic calibration of identity confidence on the
// identities the fitted model suggests. Each labeled set weighs the same in total and, inside a
// set, each name the same, so neither one large corpus nor one large name decides.
import { NO_CONSTRAINTS } from "./constraints";
import type { CorpusIndex } from "./corpusIndex";
import { truthOf } from "./evaluation";
import { mentionOf } from "./identitySummary";
import { seededRng, type Rng } from "./random";
import { clusterBlocks } from "./split/cluster";
import { confidenceInputs, confidenceParts } from "./split/confidence";
import { FEATURE_COUNT, nameEvidence, pairFeatures, type NameEvidence } from "./split/evidence";
import { blockScores, type SplitModel } from "./split/model";

/** A labeled corpus and the names of it to learn from or score. */
export interface LabeledSet {
  label: string;
  index: CorpusIndex;
  names: string[];
}

interface Row {
  x: Float64Array;
  y: boolean;
  weight: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  /** Feature positions held at 0 (to measure what a feature adds). */
  dropped?: number[];
  /** Rounds of learning from the clustering's own merges (0: block pairs only). */
  rounds?: number;
  /** How much each set weighs in total, in the order of `sets` (1 each when left out). */
  setWeights?: number[];
  /**
   * The family of each set (sets of one family share how often two of a name's blocks are one
   * person). Given, each family gets its own intercept while fitting (effect-coded, so the model's
   * bias is their mean), and the evidence weights learn only from differences inside a family.
   */
  families?: number[];
  /** The sets the confidence is calibrated on (`sets` when left out): field views are not. */
  calibration?: LabeledSet[];
}

/** Pairs kept per name and round: a seeded sample of the rest says as much and keeps a fit quick. */
const MAX_PAIRS_PER_NAME = 3000;
/** Merges are recorded down to these log-odds, so near-misses teach as much as merges. */
const RECORD_BELOW = -2;

/** Fits evidence weights on the sets' pairs and merges, then the confidence calibration. */
export function fitModel(
  sets: LabeledSet[],
  base: SplitModel,
  options: FitOptions = {},
): SplitModel {
  const { l2 = 1e-3, dropped = [], rounds = 1, setWeights = [], families } = options;
  const familyCount = families ? Math.max(...families) + 1 : 0;
  const rng = seededRng(7);
  const names = sets.map((set) =>
    set.names.map((key) => {
      const evidence = nameEvidence(set.index, key, NO_CONSTRAINTS);
      const labels = evidence.blocks.map((b) => majorityLabel(set.index, key, b.papers));
      return { evidence, labels, rows: [sample(blockPairs(evidence, labels), rng)] };
    }),
  );
  const fit = (): SplitModel => {
    const rows = names.flatMap((own, s) =>
      weighNames(own.map((name) => name.rows)).map((r) => ({
        ...r,
        x: families ? withFamily(r.x, families[s]!, familyCount) : r.x,
        weight: r.weight * (setWeights[s] ?? 1),
      })),
    );
    const [bias, ...weights] = fitLogistic(rows, l2, dropped);
    return { ...base, bias: bias!, weights: weights.slice(0, FEATURE_COUNT) };
  };
  let model = fit();
  for (let round = 0; round < rounds; round++) {
    for (const own of names)
      for (const name of own)
        name.rows.push(sample(mergeRows(name.evidence, name.labels, model), rng));
    model = fit();
  }
  return { ...model, confidence: fitConfidence(options.calibration ?? sets, model) };
}

/**
 * `x` with the effect coding of its set's family appended: families − 1 columns, the last family
 * −1 in every one, so each column sums to 0 over families and the intercept is their mean.
 */
export function withFamily(x: Float64Array, family: number, families: number): Float64Array {
  const out = new Float64Array(x.length + families - 1);
  out.set(x);
  for (let f = 0; f < families - 1; f++)
    out[x.length + f] = family === families - 1 ? -1 : family === f ? 1 : 0;
  return out;
}

/** Every pair of blocks with a known person on both sides, weighted by the paper pairs it stands for. */
function blockPairs(evidence: NameEvidence, labels: (string | undefined)[]): Row[] {
  const rows: Row[] = [];
  const n = evidence.blocks.length;
  const scratch = new Float64Array(FEATURE_COUNT);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (labels[i] === undefined || labels[j] === undefined) continue;
      pairFeatures(evidence, evidence.stats, i, j, scratch, 0);
      rows.push({
        x: Float64Array.from(scratch),
        y: labels[i] === labels[j],
        weight: evidence.stats.sizes[i]! * evidence.stats.sizes[j]!,
      });
    }
  }
  return rows;
}

/** The merges profile clustering makes with `model` (down to RECORD_BELOW), labeled by majority. */
function mergeRows(
  evidence: NameEvidence,
  labels: (string | undefined)[],
  model: SplitModel,
): Row[] {
  const rows: Row[] = [];
  const members = labels.map((label) => (label === undefined ? [] : [label]));
  const scratch = new Float64Array(FEATURE_COUNT);
  clusterBlocks("profile", {
    evidence,
    model,
    scores: blockScores(evidence, model),
    resolution: Math.exp(RECORD_BELOW),
    seed: 1,
    refine: false,
    onMerge: (stats, a, b) => {
      const [la, lb] = [majority(members[a]!), majority(members[b]!)];
      if (la !== undefined && lb !== undefined) {
        pairFeatures(evidence, stats, a, b, scratch, 0);
        rows.push({
          x: Float64Array.from(scratch),
          y: la === lb,
          weight: stats.sizes[a]! * stats.sizes[b]!,
        });
      }
      members[a]!.push(...members[b]!);
    },
  });
  return rows;
}

/** Each name's row lists weigh 1 each, and the set's names 1 in total. */
function weighNames(perName: Row[][][]): Row[] {
  const weighed: Row[] = [];
  const named = perName.filter((lists) => lists.some((rows) => rows.length > 0));
  for (const lists of named) {
    const parts = lists.filter((rows) => rows.some((r) => r.weight > 0));
    for (const rows of parts) {
      const total = rows.reduce((sum, r) => sum + r.weight, 0);
      for (const r of rows)
        weighed.push({ ...r, weight: r.weight / total / parts.length / named.length });
    }
  }
  return weighed;
}

/** Up to MAX_PAIRS_PER_NAME rows drawn without replacement (partial Fisher–Yates); same total weight. */
function sample(rows: Row[], rng: Rng): Row[] {
  if (rows.length <= MAX_PAIRS_PER_NAME) return rows;
  const pool = [...rows];
  for (let i = 0; i < MAX_PAIRS_PER_NAME; i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const kept = pool.slice(0, MAX_PAIRS_PER_NAME);
  const scale =
    rows.reduce((sum, r) => sum + r.weight, 0) / kept.reduce((sum, r) => sum + r.weight, 0);
  return kept.map((r) => ({ ...r, weight: r.weight * scale }));
}

function majorityLabel(index: CorpusIndex, key: string, papers: number[]): string | undefined {
  return majority(
    papers.map((p) => mentionOf(index, p, key)?.label).filter((l) => l !== undefined),
  );
}

function majority(labels: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [label, count] of counts) if (count > bestCount) [best, bestCount] = [label, count];
  return best;
}

/**
 * Logistic calibration of identity confidence on the identities `model` suggests, each identity of
 * every set weighing the same: "80%" is to mean right 80% of the time over all of them.
 */
export function fitConfidence(sets: LabeledSet[], model: SplitModel): number[] {
  const rows: Row[] = [];
  for (const set of sets) {
    const own: Row[] = [];
    for (const key of set.names) {
      const truth = truthOf(set.index, key);
      const personSize = new Map<string, number>();
      for (const t of truth.values()) personSize.set(t, (personSize.get(t) ?? 0) + 1);
      const evidence = nameEvidence(set.index, key, NO_CONSTRAINTS);
      const scores = blockScores(evidence, model);
      const assignment = clusterBlocks("profile", {
        evidence,
        model,
        scores,
        resolution: 1,
        seed: 1,
      });
      const groups = Math.max(-1, ...assignment) + 1;
      const parts = confidenceParts(evidence, scores, assignment, groups);
      const labels: string[][] = Array.from({ length: groups }, () => []);
      assignment.forEach((g, b) => {
        for (const p of evidence.blocks[b]!.papers) {
          const label = truth.get(set.index.corpus.papers[p]!.id);
          if (label !== undefined) labels[g]!.push(label);
        }
      });
      labels.forEach((ls, g) => {
        if (ls.length === 0) return;
        const right = ls.every((t) => t === ls[0]) && personSize.get(ls[0]!) === ls.length;
        own.push({ x: Float64Array.from(confidenceInputs(parts[g]!)), y: right, weight: 1 });
      });
    }
    rows.push(...own);
  }
  const total = rows.length;
  return fitLogistic(
    rows.map((r) => ({ ...r, weight: 1 / total })),
    1e-3,
    [],
  );
}

/**
 * Newton–Raphson on the weighted log-likelihood with an L2 penalty (intercept not penalised).
 * @returns [intercept, ...coefficients]
 */
export function fitLogistic(rows: Row[], l2: number, dropped: number[], iterations = 60): number[] {
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
        for (let l = k; l < d; l++) hessian[k * d + l]! += curvature * x[k]! * x[l]!;
      }
    }
    for (let k = 0; k < d; k++)
      for (let l = 0; l < k; l++) hessian[k * d + l] = hessian[l * d + k]!;
    for (let k = 1; k < d; k++) {
      gradient[k]! -= l2 * beta[k]!;
      hessian[k * d + k]! += l2;
    }
    for (const f of dropped) hessian[(f + 1) * d + (f + 1)]! += 1;
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
