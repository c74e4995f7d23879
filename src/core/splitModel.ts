// The split model's few global parameters: log-odds weights of the block-pair evidence (in the
// order of FEATURE_NAMES) and the noise of the stability runs. Fitted once on the labeled dev set
// with `npm run fit` (logistic regression, cross-validated by name); never set per name.
import { FEATURE_COUNT } from "./splitEvidence";

export interface SplitModel {
  bias: number;
  weights: number[];
  /** How a merged group is scored: averaged pair scores, or a fresh look at its pooled evidence. */
  linkage: "average" | "profile";
  /** Standard deviation (log-odds) of the noise added to pair scores in confidence runs. */
  noise: number;
}

export const DEFAULT_MODEL: SplitModel = {
  bias: -1.127,
  weights: [0.453, 4.479, 17.487, 7.637, 0.785, 0.028, -0.963, -0.366],
  noise: 1,
  linkage: "profile",
};

export function pairScore(model: SplitModel, features: Float64Array, at: number): number {
  let score = model.bias;
  for (let f = 0; f < FEATURE_COUNT; f++) score += model.weights[f]! * features[at + f]!;
  return score;
}
