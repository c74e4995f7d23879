// Suggests how the papers under one name key split into people. Blocks of near-certain evidence
// (shared co-authors with agreeing first names, a shared ORCID, a curator's decisions) are scored
// pairwise by a model with a few global weights; the blocks are then clustered (average linkage by
// default, Louvain on request) and each identity gets a calibrated confidence.
import { resolveConstraints } from "../constraints";
import { labelOf, type CorpusIndex } from "../corpusIndex";
import type { SplitOptions, SplitSuggestion } from "../identity";
import { describeIdentities, readAuthorRecords } from "../identitySummary";
import { clusterBlocks, SPLIT_METHODS, type SplitMethod } from "./cluster";
import { calibratedConfidence, confidenceParts, pairOdds } from "./confidence";
import { blockEvidence, nameBlocks, sampledNameWide } from "./evidence";
import { DENSE_BLOCKS, partitionBlocks } from "./parts";
import { blockScores, type SplitModel } from "./model";
import { FITTED_MODEL } from "./weights";

export { SPLIT_METHODS, type SplitMethod };

/** Block pairs sampled to estimate the cohesion of a name clustered in parts. */
const COHESION_SAMPLE = 20_000;

function addPairs(sum: { apart: number; total: number }, add: { apart: number; total: number }) {
  sum.apart += add.apart;
  sum.total += add.total;
}

export function suggestSplit(
  index: CorpusIndex,
  key: string,
  options: SplitOptions = {},
  model: SplitModel = FITTED_MODEL,
): SplitSuggestion {
  const { seed = 1, resolution = 1, method = "profile" } = options;
  checkOptions(seed, resolution, method);
  const all = index.papersOfName.get(key) ?? [];
  const constraints = resolveConstraints(index, all, options.constraints);
  const named = nameBlocks(index, key, constraints);
  const big = named.blocks.length > DENSE_BLOCKS;
  const parts = big ? partitionBlocks(named, seed) : [named.blocks.map((_, b) => b)];
  const wide = big ? sampledNameWide(index, named, COHESION_SAMPLE, seed) : undefined;
  const clusters: { papers: number[]; blocks: number; confidence: number }[] = [];
  const pairs = { apart: 0, total: 0 };
  for (const part of parts) {
    const evidence = blockEvidence(index, named, part, wide);
    const scores = blockScores(evidence, model);
    const assignment = clusterBlocks(method, { evidence, model, scores, resolution, seed });
    const groups = assignment.length === 0 ? 0 : Math.max(...assignment) + 1;
    const confidence = confidenceParts(evidence, scores, assignment, groups);
    const first = clusters.length;
    for (let g = 0; g < groups; g++)
      clusters.push({
        papers: [],
        blocks: 0,
        confidence: calibratedConfidence(confidence[g]!, model),
      });
    assignment.forEach((g, b) => {
      clusters[first + g]!.papers.push(...evidence.blocks[b]!.papers);
      clusters[first + g]!.blocks++;
    });
    addPairs(pairs, pairOdds(scores, evidence.stats.sizes));
  }
  // Papers in different parts shared nothing rare: counted as different people.
  const partPapers = parts.map((part) =>
    part.reduce((sum, b) => sum + named.blocks[b]!.papers.length, 0),
  );
  const inPlay = partPapers.reduce((a, b) => a + b, 0);
  const across = (inPlay * inPlay - partPapers.reduce((sum, p) => sum + p * p, 0)) / 2;
  addPairs(pairs, { apart: across, total: across });
  clusters.sort((x, y) => y.papers.length - x.papers.length || x.papers[0]! - y.papers[0]!);
  const identities = describeIdentities(
    index,
    key,
    clusters.map((c) => c.papers),
    clusters.map((c) => c.blocks),
    clusters.map((c) => c.confidence),
  );
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
    ambiguity: pairs.total === 0 ? 0 : pairs.apart / pairs.total,
    seed,
    resolution,
    method,
  };
}

function checkOptions(seed: number, resolution: number, method: string): void {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer; got ${String(seed)}`);
  if (!Number.isFinite(resolution) || resolution <= 0)
    throw new RangeError(
      `resolution must be a positive number (1 is the default; higher splits more readily); got ${String(resolution)}`,
    );
  if (!(SPLIT_METHODS as readonly string[]).includes(method))
    throw new RangeError(`method must be one of ${SPLIT_METHODS.join(", ")}; got ${method}`);
}
