// Suggests how the papers under one name key split into people. Blocks of near-certain evidence
// (shared co-authors with agreeing first names, a shared ORCID, a curator's decisions) are scored
// pairwise by a model with a few global weights; the blocks are then clustered (average linkage by
// default, Louvain on request) and each identity gets a calibrated confidence.
import { resolveConstraints, type ResolvedConstraints } from "../constraints";
import { labelOf, type CorpusIndex } from "../corpusIndex";
import type { SplitConstraints, SplitOptions, SplitSuggestion } from "../identity";
import {
  describeIdentities,
  readAuthorRecords,
  type IdentityDescription,
} from "../identitySummary";
import { clusterBlocks, SPLIT_METHODS, type SplitMethod } from "./cluster";
import { calibratedConfidence, confidenceParts, pairOdds } from "./confidence";
import {
  blockEvidence,
  nameBlocks,
  sampledNameWide,
  type NameBlocks,
  type NameEvidence,
} from "./evidence";
import { DENSE_BLOCKS, partitionBlocks } from "./parts";
import { blockScores, type SplitModel } from "./model";
import { FITTED_MODEL } from "./weights";

export { SPLIT_METHODS, type SplitMethod };

/** Block pairs sampled to estimate the cohesion of a name clustered in parts. */
const COHESION_SAMPLE = 20_000;
/** Identity descriptions a prepared name keeps (a giant name's are not all worth keeping). */
const MAX_DESCRIPTIONS = 2_000;

function addPairs(sum: { apart: number; total: number }, add: { apart: number; total: number }) {
  sum.apart += add.apart;
  sum.total += add.total;
}

/**
 * What a name's split computes before it clusters: its blocks and, for a name clustered whole,
 * their evidence and pair scores. The same at every resolution and method, so a caller that keeps
 * it (the open name in the Worker) answers a resolution change with the clustering alone.
 */
export interface PreparedSplit {
  readonly index: CorpusIndex;
  readonly key: string;
  readonly seed: number;
  readonly model: SplitModel;
  /** The curator's constraints it was prepared with, as given (see `preparedFor`). */
  readonly signature: string;
  readonly all: number[];
  readonly constraints: ResolvedConstraints;
  readonly named: NameBlocks;
  readonly parts: number[][];
  readonly wide: number[] | undefined;
  /** Per part, its evidence and scores; kept only for a name clustered whole (memory). */
  readonly scored: (ScoredPart | undefined)[];
  /** Identities described so far, by blocks and papers (most survive a resolution change). */
  readonly descriptions: Map<string, IdentityDescription>;
}

interface ScoredPart {
  evidence: NameEvidence;
  scores: Float64Array;
  pairs: { apart: number; total: number };
}

export function prepareSplit(
  index: CorpusIndex,
  key: string,
  options: Pick<SplitOptions, "seed" | "constraints"> = {},
  model: SplitModel = FITTED_MODEL,
): PreparedSplit {
  const { seed = 1 } = options;
  checkOptions(seed, 1, "profile");
  const all = index.papersOfName.get(key) ?? [];
  const constraints = resolveConstraints(index, all, options.constraints);
  const named = nameBlocks(index, key, constraints);
  const big = named.blocks.length > DENSE_BLOCKS;
  const parts = big ? partitionBlocks(named, seed) : [named.blocks.map((_, b) => b)];
  const wide = big ? sampledNameWide(index, named, COHESION_SAMPLE, seed) : undefined;
  return {
    index,
    key,
    seed,
    model,
    signature: constraintsSignature(options.constraints),
    all,
    constraints,
    named,
    parts,
    wide,
    scored: parts.map(() => undefined),
    descriptions: new Map(),
  };
}

/** Whether `prepared` is the preparation `suggestSplit` would make for these arguments. */
export function preparedFor(
  prepared: PreparedSplit,
  index: CorpusIndex,
  key: string,
  options: Pick<SplitOptions, "seed" | "constraints"> = {},
  model: SplitModel = FITTED_MODEL,
): boolean {
  return (
    prepared.index === index &&
    prepared.key === key &&
    prepared.seed === (options.seed ?? 1) &&
    prepared.model === model &&
    prepared.signature === constraintsSignature(options.constraints)
  );
}

export function suggestSplit(
  index: CorpusIndex,
  key: string,
  options: SplitOptions = {},
  model: SplitModel = FITTED_MODEL,
): SplitSuggestion {
  const { seed = 1, resolution = 1, method = "profile" } = options;
  checkOptions(seed, resolution, method);
  return splitPrepared(prepareSplit(index, key, options, model), { resolution, method });
}

/** The split of a prepared name at a resolution, by a method (both as in `SplitOptions`). */
export function splitPrepared(
  prepared: PreparedSplit,
  options: Pick<SplitOptions, "resolution" | "method"> = {},
): SplitSuggestion {
  const { index, key, seed, model, all, constraints, named, parts } = prepared;
  const { resolution = 1, method = "profile" } = options;
  checkOptions(seed, resolution, method);
  const clusters: { papers: number[]; blocks: number; confidence: number }[] = [];
  const pairs = { apart: 0, total: 0 };
  parts.forEach((part, p) => {
    const scored = prepared.scored[p] ?? scorePart(prepared, part);
    if (parts.length === 1) prepared.scored[p] = scored;
    const { evidence, scores } = scored;
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
    addPairs(pairs, scored.pairs);
  });
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
    prepared.descriptions.size > MAX_DESCRIPTIONS ? undefined : prepared.descriptions,
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

function scorePart(prepared: PreparedSplit, part: number[]): ScoredPart {
  const evidence = blockEvidence(prepared.index, prepared.named, part, prepared.wide);
  const scores = blockScores(evidence, prepared.model);
  return { evidence, scores, pairs: pairOdds(scores, evidence.stats.sizes) };
}

/** The constraints as given, with absent and empty lists alike. */
function constraintsSignature(constraints: SplitConstraints | undefined): string {
  const { together = [], apart = [], unassigned = [] } = constraints ?? {};
  return JSON.stringify([together, apart, unassigned]);
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
