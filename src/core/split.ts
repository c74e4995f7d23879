// Suggests how the papers under one name key split into people. Co-author blocks are the backbone;
// softer evidence scores each pair of groups (splitEvidence + splitModel) and the best-scoring pair
// merges, its evidence pooled, until no pair says "same person". Repeated seeded runs with noisy
// scores give each suggested identity a confidence: how stably its papers land together.
import { resolveConstraints } from "./constraints";
import { labelOf, type CorpusIndex } from "./corpusIndex";
import type { SplitOptions, SplitSuggestion } from "./identity";
import { describeIdentities, readAuthorRecords } from "./identitySummary";
import { agglomerate, averageLinkage } from "./linkage";
import { seededRng, type Rng } from "./random";
import {
  copyStats,
  FEATURE_COUNT,
  mergeStats,
  nameEvidence,
  pairFeatures,
  type NameEvidence,
} from "./splitEvidence";
import { DEFAULT_MODEL, pairScore, type SplitModel } from "./splitModel";

export function suggestSplit(
  index: CorpusIndex,
  key: string,
  options: SplitOptions = {},
  model: SplitModel = DEFAULT_MODEL,
): SplitSuggestion {
  const { seed = 1, resolution = 1, runs = 8 } = options;
  const all = index.papersOfName.get(key) ?? [];
  const constraints = resolveConstraints(index, all, options.constraints);
  const evidence = nameEvidence(index, key, constraints);
  const scores = blockScores(evidence, model);
  const threshold = Math.log(Math.max(resolution, 1e-6));
  const assignment = cluster(evidence, scores, model, threshold);
  const together = stability(evidence, scores, model, threshold, runs, seededRng(seed));
  const clusters = groupBlocks(evidence, assignment);
  const identities = describeIdentities(index, key, clusters, evidence, together);
  return {
    nameKey: key,
    label: labelOf(index, key),
    paperIds: all.map((p) => index.corpus.papers[p]!.id),
    identities,
    unassigned: [...constraints.heldOut]
      .sort((a, b) => a - b)
      .map((at) => index.corpus.papers[all[at]!]!.id),
    constraintNotes: constraints.notes,
    authorRecords: readAuthorRecords(identities),
    ambiguity: ambiguity(
      together,
      evidence.blocks.map((b) => b.papers.length),
    ),
    seed,
    resolution,
  };
}

/** Log-odds that blocks i and j are one person, n×n symmetric. */
function blockScores(evidence: NameEvidence, model: SplitModel): Float64Array {
  const n = evidence.blocks.length;
  const scores = new Float64Array(n * n);
  const features = new Float64Array(FEATURE_COUNT);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      pairFeatures(evidence, evidence.stats, i, j, features, 0);
      scores[i * n + j] = scores[j * n + i] = pairScore(model, features, 0);
    }
  }
  return scores;
}

/** Clusters of paper indexes, largest first. */
function groupBlocks(evidence: NameEvidence, assignment: number[]): number[][] {
  const clusters: number[][] = [];
  assignment.forEach((c, b) => (clusters[c] ??= []).push(...evidence.blocks[b]!.papers));
  return clusters.sort((x, y) => y.length - x.length || x[0]! - y[0]!);
}

/** Block → group, by the model's linkage; `rng` adds the model's noise to every score it computes. */
function cluster(
  evidence: NameEvidence,
  scores: Float64Array,
  model: SplitModel,
  threshold: number,
  rng?: Rng,
): number[] {
  const n = evidence.blocks.length;
  const jitter = (): number => (rng ? model.noise * gaussian(rng) : 0);
  const start = rng ? withNoise(scores, n, jitter) : scores;
  if (model.linkage === "average") {
    return averageLinkage(
      start,
      evidence.blocks.map((b) => b.papers.length),
      threshold,
      evidence.forbidden,
    );
  }
  const stats = copyStats(evidence.stats);
  const features = new Float64Array(FEATURE_COUNT);
  return agglomerate(
    start,
    n,
    threshold,
    (a, b) => {
      mergeStats(stats, a, b);
      return (k) => {
        pairFeatures(evidence, stats, a, k, features, 0);
        return pairScore(model, features, 0) + jitter();
      };
    },
    evidence.forbidden,
  );
}

function withNoise(scores: Float64Array, n: number, jitter: () => number): Float64Array {
  const noisy = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++)
      noisy[i * n + j] = noisy[j * n + i] = scores[i * n + j]! + jitter();
  }
  return noisy;
}

/** Fraction of noisy runs in which blocks i and j were put together (n×n, diagonal 1). */
function stability(
  evidence: NameEvidence,
  scores: Float64Array,
  model: SplitModel,
  threshold: number,
  runs: number,
  rng: Rng,
): Float64Array {
  const n = evidence.blocks.length;
  const together = new Float64Array(n * n);
  for (let run = 0; run < runs; run++) {
    const assignment = cluster(evidence, scores, model, threshold, rng);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        if (assignment[i] === assignment[j]) together[i * n + j]! += 1 / runs;
    }
  }
  if (runs === 0) for (let i = 0; i < n; i++) together[i * n + i] = 1;
  return together;
}

/** Standard normal deviate (Box–Muller) from the seeded generator. */
function gaussian(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Chance that two random papers of the name are by different people, across the noisy runs. */
function ambiguity(together: Float64Array, weights: number[]): number {
  const n = weights.length;
  let total = 0;
  let apart = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const pairs = i === j ? (weights[i]! * (weights[i]! - 1)) / 2 : weights[i]! * weights[j]!;
      total += pairs;
      apart += pairs * (1 - together[i * n + j]!);
    }
  }
  return total === 0 ? 0 : apart / total;
}
