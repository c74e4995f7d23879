// Suggests how the papers under one name key split into people. Co-author blocks are the backbone;
// softer evidence scores each pair of blocks (splitEvidence + splitModel); average linkage merges
// blocks whose evidence says "same person". Repeated seeded runs with noisy scores give each
// suggested identity a confidence: how stably its papers land together, and apart from the rest.
import type { CorpusIndex } from "./corpusIndex";
import type { SplitOptions, SplitSuggestion } from "./identity";
import { describeIdentities, readAuthorRecords } from "./identitySummary";
import { averageLinkage } from "./linkage";
import { seededRng, type Rng } from "./random";
import { FEATURE_COUNT, nameEvidence, pairOffset, type NameEvidence } from "./splitEvidence";
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
  const assignment = averageLinkage(scores, weights, threshold);
  const together = stability(scores, weights, threshold, model.noise, runs, seededRng(seed));

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
  const assignment = averageLinkage(
    blockScores(evidence, model),
    evidence.blocks.map((b) => b.papers.length),
    threshold,
  );
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

/** Fraction of noisy runs in which blocks i and j were put together (n×n, diagonal 1). */
function stability(
  scores: Float64Array,
  weights: number[],
  threshold: number,
  noise: number,
  runs: number,
  rng: Rng,
): Float64Array {
  const n = weights.length;
  const together = new Float64Array(n * n);
  const noisy = new Float64Array(n * n);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const s = scores[i * n + j]! + noise * gaussian(rng);
        noisy[i * n + j] = s;
        noisy[j * n + i] = s;
      }
    }
    const assignment = averageLinkage(noisy, weights, threshold);
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
