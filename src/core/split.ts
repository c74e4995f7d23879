// Suggests how the papers under one name key split into people. Co-author blocks are the backbone;
// softer evidence scores each pair of blocks (splitEvidence + splitModel); average linkage merges
// blocks whose evidence says "same person". Repeated seeded runs with noisy scores give each
// suggested identity a confidence: how stably its papers land together, and apart from the rest.
import type { CorpusIndex } from "./corpusIndex";
import type { SplitOptions, SplitSuggestion } from "./identity";
import { describeIdentities, readAuthorRecords } from "./identitySummary";
import { agglomerate, averageLinkage } from "./linkage";
import { seededRng, type Rng } from "./random";
import {
  FEATURE_COUNT,
  mergeProfiles,
  nameEvidence,
  pairFeatures,
  pairOffset,
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
  const evidence = nameEvidence(index, key);
  const scores = blockScores(evidence, model);
  const threshold = Math.log(Math.max(resolution, 1e-6));
  const weights = evidence.blocks.map((b) => b.papers.length);
  const assignment = cluster(evidence, scores, model, threshold);
  const together = stability(evidence, scores, model, threshold, runs, seededRng(seed));

  const clusters = groupBlocks(evidence, assignment);
  const identities = describeIdentities(index, key, clusters, evidence, together);
  const paperIds = evidence.papers.map((p) => index.corpus.papers[p]!.id);
  return {
    nameKey: key,
    label: index.graph.hasNode(key) ? index.graph.getNodeAttribute(key, "label") : key,
    paperIds,
    identities,
    authorRecords: readAuthorRecords(identities),
    ambiguity: ambiguity(together, weights),
    seed,
    resolution,
  };
}

/** Clusters of paper indexes, largest first. */
export function splitClusters(
  index: CorpusIndex,
  key: string,
  options: SplitOptions = {},
  model = DEFAULT_MODEL,
): number[][] {
  const evidence = nameEvidence(index, key);
  const threshold = Math.log(Math.max(options.resolution ?? 1, 1e-6));
  const assignment = cluster(evidence, blockScores(evidence, model), model, threshold);
  return groupBlocks(evidence, assignment);
}

function blockScores(evidence: NameEvidence, model: SplitModel): Float64Array {
  const n = evidence.blocks.length;
  const scores = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = pairScore(model, evidence.features, pairOffset(i, j, n) * FEATURE_COUNT);
      scores[i * n + j] = s;
      scores[j * n + i] = s;
    }
  }
  return scores;
}

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
  const start = rng ? scores.map((s) => s + jitter()) : scores;
  if (rng) symmetrise(start, n);
  if (model.linkage === "average")
    return averageLinkage(
      start,
      evidence.blocks.map((b) => b.papers.length),
      threshold,
    );
  const profiles = evidence.profiles.slice();
  const linked = Float64Array.from(evidence.linked);
  const features = new Float64Array(FEATURE_COUNT);
  return agglomerate(start, n, threshold, (a, b) => {
    profiles[a] = mergeProfiles(profiles[a]!, profiles[b]!);
    for (let k = 0; k < n; k++) {
      linked[a * n + k] = linked[k * n + a] = linked[a * n + k]! + linked[b * n + k]!;
    }
    return (k) => {
      pairFeatures(evidence, profiles[a]!, profiles[k]!, linked[a * n + k]!, features, 0);
      return pairScore(model, features, 0) + jitter();
    };
  });
}

function symmetrise(scores: Float64Array, n: number): void {
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) scores[j * n + i] = scores[i * n + j]!;
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
