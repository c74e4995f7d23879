// Suggests how the papers under one name key split into people. Blocks of near-certain evidence
// (shared co-authors with agreeing first names, a shared ORCID, a curator's decisions) are scored
// pairwise by a model with a few global weights; the blocks are then clustered (average linkage by
// default, Louvain on request) and each identity gets a calibrated confidence.
import { resolveConstraints } from "../constraints";
import { labelOf, type CorpusIndex } from "../corpusIndex";
import type { SplitOptions, SplitSuggestion } from "../identity";
import { describeIdentities, readAuthorRecords } from "../identitySummary";
import { clusterBlocks, SPLIT_METHODS, type SplitMethod } from "./cluster";
import { ambiguity, calibratedConfidence, confidenceParts } from "./confidence";
import { nameEvidence } from "./evidence";
import { blockScores, type SplitModel } from "./model";
import { FITTED_MODEL } from "./weights";

export { SPLIT_METHODS, type SplitMethod };

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
  const evidence = nameEvidence(index, key, constraints);
  const scores = blockScores(evidence, model);
  const sizes = evidence.stats.sizes;
  const assignment = clusterBlocks(method, { evidence, model, scores, resolution, seed });
  const groups = assignment.length === 0 ? 0 : Math.max(...assignment) + 1;
  const parts = confidenceParts(evidence, scores, assignment, groups);
  const clusters = Array.from({ length: groups }, (_, g) => ({
    papers: [] as number[],
    blocks: 0,
    confidence: calibratedConfidence(parts[g]!, model),
  }));
  assignment.forEach((g, b) => {
    clusters[g]!.papers.push(...evidence.blocks[b]!.papers);
    clusters[g]!.blocks++;
  });
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
    ambiguity: ambiguity(scores, sizes),
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
