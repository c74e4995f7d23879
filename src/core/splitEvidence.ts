// Evidence for splitting one name: the name's papers are first grouped into blocks that share a
// co-author (other than the name itself: near-certain same person), then every pair of blocks gets
// a feature vector of softer evidence: co-authors who collaborate elsewhere, co-author communities,
// shared collaborators, venue, title terms, affiliation and year distance.
import type { CorpusIndex, SparseVector } from "./corpusIndex";
import { nameParts, toSparse } from "./corpusIndex";
import { cosine, norm, sumVectors } from "./sparse";

export const FEATURE_NAMES = [
  "linkedCoauthors",
  "sharedCollaborators",
  "community",
  "venue",
  "title",
  "affiliation",
  "noAffiliation",
  "yearGap",
  "surnameCommonness",
  "givenNameCommonness",
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;

export interface Block {
  /** Indexes into corpus.papers. */
  papers: number[];
  /** Co-author name key → number of this block's papers they are on. */
  coauthors: Map<string, number>;
}

export interface NameEvidence {
  key: string;
  papers: number[];
  blocks: Block[];
  profiles: BlockProfile[];
  /** n×n counts between blocks: linked co-author pairs, shared collaborators (additive under merge). */
  direct: Float64Array;
  shared: Float64Array;
  /** Name-level priors: how common the surname and given name are among the corpus's names. */
  commonness: [number, number];
  /** Row-major upper triangle: features of pair (i, j), i < j, at `pairOffset(i, j, n) * FEATURE_COUNT`. */
  features: Float64Array;
}

export function pairOffset(i: number, j: number, n: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Collaborator hubs shared by more blocks than this say little about who is who. */
const SHARED_COLLABORATOR_MAX_BLOCKS = 25;

export function nameEvidence(index: CorpusIndex, key: string): NameEvidence {
  const papers = index.papersOfName.get(key) ?? [];
  const blocks = coauthorBlocks(index, key, papers);
  const n = blocks.length;
  const features = new Float64Array(((n * (n - 1)) / 2) * FEATURE_COUNT);
  const { direct, shared } = linkCounts(index, key, blocks);
  const { given, surname } = nameParts(key);
  const commonness: [number, number] = [
    Math.log1p(index.surnameCounts.get(surname) ?? 0),
    given && given.length > 1 ? Math.log1p(index.givenNameCounts.get(given) ?? 0) : 0,
  ];
  const profiles = blocks.map((block) => blockProfile(index, key, block));
  const evidence: NameEvidence = {
    key,
    papers,
    blocks,
    profiles,
    direct,
    shared,
    commonness,
    features,
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      pairFeatures(
        evidence,
        profiles[i]!,
        profiles[j]!,
        i * n + j,
        features,
        pairOffset(i, j, n) * FEATURE_COUNT,
      );
    }
  }
  return evidence;
}

/** Writes the features of two (possibly merged) block profiles into `out` at `at`. */
export function pairFeatures(
  evidence: NameEvidence,
  a: BlockProfile,
  b: BlockProfile,
  pair: number,
  out: Float64Array,
  at: number,
): void {
  out[at] = Math.log1p(evidence.direct[pair]!);
  out[at + 1] = Math.log1p(evidence.shared[pair]!);
  out[at + 2] = cosine(a.community, a.communityNorm, b.community, b.communityNorm);
  out[at + 3] = cosine(a.venue, a.venueNorm, b.venue, b.venueNorm);
  out[at + 4] = cosine(a.title, a.titleNorm, b.title, b.titleNorm);
  out[at + 5] = cosine(a.affiliation, a.affiliationNorm, b.affiliation, b.affiliationNorm);
  out[at + 6] = a.affiliationNorm > 0 && b.affiliationNorm > 0 ? 0 : 1;
  out[at + 7] = yearGap(a, b) / 10;
  out[at + 8] = evidence.commonness[0];
  out[at + 9] = evidence.commonness[1];
}

/** The profile of two blocks taken as one group. */
export function mergeProfiles(a: BlockProfile, b: BlockProfile): BlockProfile {
  const community = sumVectors([a.community, b.community]);
  const venue = sumVectors([a.venue, b.venue]);
  const title = sumVectors([a.title, b.title]);
  const affiliation = sumVectors([a.affiliation, b.affiliation]);
  const years = [a.firstYear, a.lastYear, b.firstYear, b.lastYear].filter(
    (y): y is number => y !== undefined,
  );
  return {
    community,
    communityNorm: norm(community),
    venue,
    venueNorm: norm(venue),
    title,
    titleNorm: norm(title),
    affiliation,
    affiliationNorm: norm(affiliation),
    firstYear: years.length ? Math.min(...years) : undefined,
    lastYear: years.length ? Math.max(...years) : undefined,
  };
}

/** Union-find over the name's papers: papers sharing any co-author key land in one block. */
function coauthorBlocks(index: CorpusIndex, key: string, papers: number[]): Block[] {
  const parent = papers.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstPaperOf = new Map<string, number>();
  papers.forEach((paper, i) => {
    for (const coauthor of index.keysOfPaper[paper]!) {
      if (coauthor === key) continue;
      const first = firstPaperOf.get(coauthor);
      if (first === undefined) firstPaperOf.set(coauthor, i);
      else parent[find(i)] = find(first);
    }
  });
  const byRoot = new Map<number, Block>();
  papers.forEach((paper, i) => {
    const root = find(i);
    let block = byRoot.get(root);
    if (!block) byRoot.set(root, (block = { papers: [], coauthors: new Map() }));
    block.papers.push(paper);
    for (const coauthor of index.keysOfPaper[paper]!) {
      if (coauthor !== key) block.coauthors.set(coauthor, (block.coauthors.get(coauthor) ?? 0) + 1);
    }
  });
  return [...byRoot.values()];
}

/**
 * direct: pairs (x in A's co-authors, y in B's) that co-wrote some paper without this name;
 * shared: collaborators (other than the name) that both blocks' co-authors have worked with.
 */
function linkCounts(index: CorpusIndex, key: string, blocks: Block[]) {
  const n = blocks.length;
  const direct = new Float64Array(n * n);
  const shared = new Float64Array(n * n);
  const blockOfCoauthor = new Map<string, number>();
  blocks.forEach((block, b) => block.coauthors.forEach((_, c) => blockOfCoauthor.set(c, b)));
  const blocksOfCollaborator = new Map<string, Set<number>>();
  blocks.forEach((block, a) => {
    for (const coauthor of block.coauthors.keys()) {
      index.graph.forEachNeighbor(coauthor, (neighbor) => {
        if (neighbor === key) return;
        const b = blockOfCoauthor.get(neighbor);
        if (b !== undefined && b !== a) direct[a * n + b]!++;
        let set = blocksOfCollaborator.get(neighbor);
        if (!set) blocksOfCollaborator.set(neighbor, (set = new Set()));
        set.add(a);
      });
    }
  });
  for (const set of blocksOfCollaborator.values()) {
    if (set.size < 2 || set.size > SHARED_COLLABORATOR_MAX_BLOCKS) continue;
    const list = [...set].sort((x, y) => x - y);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        shared[list[i]! * n + list[j]!]!++;
        shared[list[j]! * n + list[i]!]!++;
      }
    }
  }
  return { direct, shared };
}

export interface BlockProfile {
  community: SparseVector;
  communityNorm: number;
  venue: SparseVector;
  venueNorm: number;
  title: SparseVector;
  titleNorm: number;
  affiliation: SparseVector;
  affiliationNorm: number;
  firstYear: number | undefined;
  lastYear: number | undefined;
}

function blockProfile(index: CorpusIndex, key: string, block: Block): BlockProfile {
  const communityOf = index.communities().communityOf;
  const communityCounts = new Map<number, number>();
  for (const coauthor of block.coauthors.keys()) {
    const community = communityOf[coauthor];
    if (community !== undefined)
      communityCounts.set(community, (communityCounts.get(community) ?? 0) + 1);
  }
  const affiliationWeights = new Map<number, number>();
  let firstYear: number | undefined;
  let lastYear: number | undefined;
  for (const paperIndex of block.papers) {
    const paper = index.corpus.papers[paperIndex]!;
    if (paper.year !== undefined) {
      firstYear = Math.min(firstYear ?? paper.year, paper.year);
      lastYear = Math.max(lastYear ?? paper.year, paper.year);
    }
    const mention = paper.authors.find(
      (m) => m.affiliation && index.keysOfPaper[paperIndex]!.includes(key) && sameKey(m.name, key),
    );
    for (const term of affiliationTermsOf(mention?.affiliation)) {
      const entry = index.affiliationIdf.get(term);
      if (entry)
        affiliationWeights.set(entry.id, (affiliationWeights.get(entry.id) ?? 0) + entry.idf);
    }
  }
  const community = toSparse(communityCounts);
  const venue = sumVectors(block.papers.map((p) => index.venueVectors[p]!));
  const title = sumVectors(block.papers.map((p) => index.titleVectors[p]!));
  const affiliation = toSparse(affiliationWeights);
  return {
    community,
    communityNorm: norm(community),
    venue,
    venueNorm: norm(venue),
    title,
    titleNorm: norm(title),
    affiliation,
    affiliationNorm: norm(affiliation),
    firstYear,
    lastYear,
  };
}

import { nameKey } from "./nameKey";
import { affiliationTerms } from "./text";

function sameKey(name: string, key: string): boolean {
  return nameKey(name) === key;
}

function affiliationTermsOf(affiliation: string | undefined): string[] {
  return affiliation ? [...new Set(affiliationTerms(affiliation))] : [];
}

function yearGap(a: BlockProfile, b: BlockProfile): number {
  if (a.firstYear === undefined || b.firstYear === undefined) return 0;
  if (a.lastYear! < b.firstYear) return b.firstYear - a.lastYear!;
  if (b.lastYear! < a.firstYear) return a.firstYear - b.lastYear!;
  return 0;
}
