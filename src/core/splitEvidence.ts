// Evidence for splitting one name. The name's papers are first grouped into blocks that share a
// co-author other than the name itself (near-certain: one person). Every pair of blocks then gets a
// feature vector of softer evidence: co-authors who have worked together elsewhere, venue, title
// terms, affiliation, year distance, and how common the name is (a prior on how many people share it).
import { nameParts, type CorpusIndex, type SparseVector } from "./corpusIndex";
import { mentionOf } from "./identitySummary";
import { addVectors, cosine, norm, sumVectors } from "./sparse";

export const FEATURE_NAMES = [
  "linkedCoauthors",
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

/** What a group of papers looks like, pooled: merged groups add their profiles. */
export interface BlockProfile {
  venue: SparseVector;
  venueNorm: number;
  title: SparseVector;
  titleNorm: number;
  affiliation: SparseVector;
  affiliationNorm: number;
  firstYear: number | undefined;
  lastYear: number | undefined;
}

export interface NameEvidence {
  key: string;
  papers: number[];
  blocks: Block[];
  profiles: BlockProfile[];
  /** n×n: pairs of co-authors, one from each block, who co-wrote a paper without this name. */
  linked: Float64Array;
  /** How common the surname and given name are among the corpus's names (log counts). */
  commonness: [number, number];
  /** Row-major upper triangle: features of pair (i, j), i < j, at `pairOffset(i, j, n) * FEATURE_COUNT`. */
  features: Float64Array;
}

export function pairOffset(i: number, j: number, n: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

export function nameEvidence(index: CorpusIndex, key: string): NameEvidence {
  const papers = index.papersOfName.get(key) ?? [];
  const blocks = coauthorBlocks(index, key, papers);
  const n = blocks.length;
  const { given, surname } = nameParts(key);
  const evidence: NameEvidence = {
    key,
    papers,
    blocks,
    profiles: blocks.map((block) => blockProfile(index, key, block)),
    linked: linkedCoauthors(index, key, blocks),
    commonness: [
      Math.log1p(index.surnameCounts.get(surname) ?? 0),
      given && given.length > 1 ? Math.log1p(index.givenNameCounts.get(given) ?? 0) : 0,
    ],
    features: new Float64Array(((n * (n - 1)) / 2) * FEATURE_COUNT),
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const at = pairOffset(i, j, n) * FEATURE_COUNT;
      pairFeatures(
        evidence,
        evidence.profiles[i]!,
        evidence.profiles[j]!,
        evidence.linked[i * n + j]!,
        evidence.features,
        at,
      );
    }
  }
  return evidence;
}

/** Writes the features of two (possibly merged) groups into `out` at `at`. */
export function pairFeatures(
  evidence: NameEvidence,
  a: BlockProfile,
  b: BlockProfile,
  linked: number,
  out: Float64Array,
  at: number,
): void {
  out[at] = Math.log1p(linked);
  out[at + 1] = cosine(a.venue, a.venueNorm, b.venue, b.venueNorm);
  out[at + 2] = cosine(a.title, a.titleNorm, b.title, b.titleNorm);
  out[at + 3] = cosine(a.affiliation, a.affiliationNorm, b.affiliation, b.affiliationNorm);
  out[at + 4] = a.affiliationNorm > 0 && b.affiliationNorm > 0 ? 0 : 1;
  out[at + 5] = yearGap(a, b) / 10;
  out[at + 6] = evidence.commonness[0];
  out[at + 7] = evidence.commonness[1];
}

/** The profile of two groups taken as one. */
export function mergeProfiles(a: BlockProfile, b: BlockProfile): BlockProfile {
  const years = [a.firstYear, a.lastYear, b.firstYear, b.lastYear].filter(
    (y): y is number => y !== undefined,
  );
  return withNorms(
    addVectors(a.venue, b.venue),
    addVectors(a.title, b.title),
    addVectors(a.affiliation, b.affiliation),
    years.length ? Math.min(...years) : undefined,
    years.length ? Math.max(...years) : undefined,
  );
}

function withNorms(
  venue: SparseVector,
  title: SparseVector,
  affiliation: SparseVector,
  firstYear: number | undefined,
  lastYear: number | undefined,
): BlockProfile {
  return {
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
 * Co-author pairs across blocks that are adjacent in the co-author graph. Such an edge never comes
 * from a paper of this name (that paper would have joined the two blocks), so it is outside evidence.
 */
function linkedCoauthors(index: CorpusIndex, key: string, blocks: Block[]): Float64Array {
  const n = blocks.length;
  const linked = new Float64Array(n * n);
  const blockOfCoauthor = new Map<string, number>();
  blocks.forEach((block, b) => block.coauthors.forEach((_, c) => blockOfCoauthor.set(c, b)));
  blocks.forEach((block, a) => {
    for (const coauthor of block.coauthors.keys()) {
      index.graph.forEachNeighbor(coauthor, (neighbor) => {
        if (neighbor === key) return;
        const b = blockOfCoauthor.get(neighbor);
        if (b !== undefined && b !== a) linked[a * n + b]!++;
      });
    }
  });
  return linked;
}

function blockProfile(index: CorpusIndex, key: string, block: Block): BlockProfile {
  let firstYear: number | undefined;
  let lastYear: number | undefined;
  const affiliations: SparseVector[] = [];
  for (const paperIndex of block.papers) {
    const year = index.corpus.papers[paperIndex]!.year;
    if (year !== undefined) {
      firstYear = Math.min(firstYear ?? year, year);
      lastYear = Math.max(lastYear ?? year, year);
    }
    const mention = mentionOf(index, paperIndex, key);
    if (mention?.affiliation) affiliations.push(index.affiliationVector(mention.affiliation));
  }
  return withNorms(
    sumVectors(block.papers.map((p) => index.venueVectors[p]!)),
    sumVectors(block.papers.map((p) => index.titleVectors[p]!)),
    sumVectors(affiliations),
    firstYear,
    lastYear,
  );
}

function yearGap(a: BlockProfile, b: BlockProfile): number {
  if (a.firstYear === undefined || b.firstYear === undefined) return 0;
  if (a.lastYear! < b.firstYear) return b.firstYear - a.lastYear!;
  if (b.lastYear! < a.firstYear) return a.firstYear - b.lastYear!;
  return 0;
}
