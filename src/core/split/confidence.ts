// How sure the suggestion is, from the model's own pair probabilities. An identity is right when it
// is exactly one person's papers: none of another person (cohesion) and none of its papers left in
// another identity (separation). Both are read off the pair log-odds and mapped to a probability by
// a calibration fitted on the labeled sets (`npm run fit`), so "80%" is right about 80% of the time.
import type { SplitModel } from "./model";

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

export interface ConfidenceParts {
  /** Paper-weighted mean probability that two of the identity's blocks are one person (1: one block). */
  cohesion: number;
  /** 1 − the highest paper-weighted mean probability of belonging with another identity. */
  separation: number;
  papers: number;
}

export function confidenceParts(
  scores: Float64Array,
  sizes: number[],
  assignment: number[],
  groups: number,
): ConfidenceParts[] {
  const n = sizes.length;
  // Paper-weighted sums of probabilities between groups (k×k) and the weights behind them.
  const sum = new Float64Array(groups * groups);
  const weight = new Float64Array(groups * groups);
  const papers = new Array<number>(groups).fill(0);
  for (let i = 0; i < n; i++) {
    papers[assignment[i]!]! += sizes[i]!;
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [assignment[i]!, assignment[j]!];
      const w = sizes[i]! * sizes[j]!;
      const p = sigmoid(scores[i * n + j]!);
      sum[a * groups + b]! += w * p;
      weight[a * groups + b]! += w;
      if (a !== b) {
        sum[b * groups + a]! += w * p;
        weight[b * groups + a]! += w;
      }
    }
  }
  return papers.map((count, g) => {
    const own = weight[g * groups + g]!;
    let worst = 0;
    for (let h = 0; h < groups; h++) {
      if (h === g || weight[g * groups + h] === 0) continue;
      worst = Math.max(worst, sum[g * groups + h]! / weight[g * groups + h]!);
    }
    return {
      cohesion: own > 0 ? sum[g * groups + g]! / own : 1,
      separation: 1 - worst,
      papers: count,
    };
  });
}

export function calibratedConfidence(parts: ConfidenceParts, model: SplitModel): number {
  const [c0, c1, c2, c3] = model.confidence;
  return sigmoid(
    c0 + c1 * logit(parts.cohesion) + c2 * logit(parts.separation) + c3 * Math.log(parts.papers),
  );
}

/** The calibration's inputs, for fitting: [logit cohesion, logit separation, ln papers]. */
export function confidenceInputs(parts: ConfidenceParts): number[] {
  return [logit(parts.cohesion), logit(parts.separation), Math.log(parts.papers)];
}

/**
 * Chance that two random papers of the name are by different people, by the model's pair
 * probabilities (papers within a block count as one person): what triage ranks by.
 */
export function ambiguity(scores: Float64Array, sizes: number[]): number {
  const n = sizes.length;
  let total = 0;
  let apart = 0;
  for (let i = 0; i < n; i++) {
    total += (sizes[i]! * (sizes[i]! - 1)) / 2;
    for (let j = i + 1; j < n; j++) {
      const w = sizes[i]! * sizes[j]!;
      total += w;
      apart += w * (1 - sigmoid(scores[i * n + j]!));
    }
  }
  return total === 0 ? 0 : apart / total;
}
