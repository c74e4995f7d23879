// The split model's few global parameters, shared by every name and corpus: log-odds weights of the
// block-pair evidence (in the order of FEATURE_NAMES), the weight of source author ids, and the
// calibration of identity confidence. Fitted with `npm run fit` on every labeled set at once and
// cross-validated by name and by set; never set per name or per set.
import {
  F,
  FEATURE_COUNT,
  pairFeatures,
  sourceRelation,
  type GroupStats,
  type NameEvidence,
} from "./evidence";

export interface SplitModel {
  bias: number;
  weights: number[];
  /**
   * Log-odds added when two blocks carry the same non-ORCID source author id (OpenAlex, DBLP,
   * Scopus…) and when both carry ids that differ. No labeled set here has such ids, so these are
   * set, not fitted: a source's own disambiguation is right far more often than not, and splits
   * one person into several ids more often than it merges two.
   */
  sameSourceId: number;
  differentSourceId: number;
  /**
   * Identity confidence = σ(c0 + c1·inside + c2·singleBlock + c3·nearest + c4·ln papers), see
   * confidenceParts: the calibration fitted on the labeled sets.
   */
  confidence: number[];
}

export const DEFAULT_MODEL: SplitModel = {
  bias: 0,
  weights: new Array<number>(FEATURE_COUNT).fill(0),
  sameSourceId: 4,
  differentSourceId: -2,
  confidence: [0, 0.3, 1, -0.3, 0, 0, 0],
};

/** Log-odds that groups i and j (of `stats`) are one person. */
export function pairScore(
  evidence: NameEvidence,
  stats: GroupStats,
  model: SplitModel,
  i: number,
  j: number,
  scratch: Float64Array,
): number {
  pairFeatures(evidence, stats, i, j, scratch, 0);
  let score = model.bias;
  for (let f = 0; f < FEATURE_COUNT; f++) score += model.weights[f]! * scratch[f]!;
  const ids = sourceRelation(stats, i, j);
  // A source's id vouches for one person only where the printed first names do not disagree.
  if (ids === 1 && scratch[F.firstNameConflict] === 0) score += model.sameSourceId;
  else if (ids === -1) score += model.differentSourceId;
  return score;
}

/** Log-odds that blocks i and j are one person, n×n symmetric (diagonal 0). */
export function blockScores(evidence: NameEvidence, model: SplitModel): Float64Array {
  const n = evidence.stats.n;
  const scores = new Float64Array(n * n);
  const scratch = new Float64Array(FEATURE_COUNT);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++)
      scores[i * n + j] = scores[j * n + i] = pairScore(
        evidence,
        evidence.stats,
        model,
        i,
        j,
        scratch,
      );
  }
  return scores;
}
