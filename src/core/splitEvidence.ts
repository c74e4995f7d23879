// Evidence for splitting one name. The name's papers are first grouped into blocks that share a
// co-author other than the name itself (near-certain: one person). Every pair of blocks then gets a
// feature vector of softer evidence: co-authors who have worked together elsewhere, venue, title
// terms, affiliation, year distance, and how common the name is (a prior on how many people share it).
import { NO_CONSTRAINTS, type ResolvedConstraints } from "./constraints";
import { nameParts, type CorpusIndex, type SparseVector } from "./corpusIndex";
import { mentionOf } from "./identitySummary";
import { dot, sumVectors } from "./sparse";

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

/**
 * Pooled statistics between groups of papers, all additive when two groups merge, so merging is
 * O(n) arithmetic: co-author links, and dot products of venue, title and affiliation TF-IDF
 * vectors (the diagonal holds squared norms; dot(a+b, k) = dot(a, k) + dot(b, k)).
 */
export interface GroupStats {
  n: number;
  linked: Float64Array;
  venue: Float64Array;
  title: Float64Array;
  affiliation: Float64Array;
  /** Year span per group; NaN when unknown. */
  firstYear: Float64Array;
  lastYear: Float64Array;
}

export interface NameEvidence {
  key: string;
  /** The name's papers in play (held-out papers removed), indexes into corpus.papers. */
  papers: number[];
  blocks: Block[];
  /** blocks × blocks, 1 where a curator kept some paper of one apart from some paper of the other. */
  forbidden: Uint8Array;
  stats: GroupStats;
  /** How common the surname and given name are among the corpus's names (see perMille). */
  commonness: [number, number];
}

export function nameEvidence(
  index: CorpusIndex,
  key: string,
  constraints: ResolvedConstraints = NO_CONSTRAINTS,
): NameEvidence {
  const all = index.papersOfName.get(key) ?? [];
  const { blocks, forbidden } = coauthorBlocks(index, key, all, constraints);
  const { given, surname } = nameParts(key);
  return {
    key,
    papers: all.filter((_, at) => !constraints.heldOut.has(at)),
    blocks,
    forbidden,
    stats: groupStats(index, key, blocks),
    commonness: [
      perMille(index.surnameCounts.get(surname) ?? 0, index.papersOfName.size),
      given && given.length > 1
        ? perMille(index.givenNameCounts.get(given) ?? 0, index.papersOfName.size)
        : 0,
    ],
  };
}

/**
 * log(1 + share of the corpus's names per thousand): a frequency, not a count, so the prior means
 * the same in a corpus of 1,000 names as in one of 100,000.
 */
function perMille(count: number, names: number): number {
  return Math.log1p((1000 * count) / Math.max(names, 1));
}

/** Writes the features of groups i and j into `out` at `at`. */
export function pairFeatures(
  evidence: NameEvidence,
  stats: GroupStats,
  i: number,
  j: number,
  out: Float64Array,
  at: number,
): void {
  const n = stats.n;
  const ij = i * n + j;
  const ii = i * n + i;
  const jj = j * n + j;
  out[at] = Math.log1p(stats.linked[ij]!);
  out[at + 1] = cosineAt(stats.venue, ij, ii, jj);
  out[at + 2] = cosineAt(stats.title, ij, ii, jj);
  out[at + 3] = cosineAt(stats.affiliation, ij, ii, jj);
  out[at + 4] = stats.affiliation[ii]! > 0 && stats.affiliation[jj]! > 0 ? 0 : 1;
  out[at + 5] = yearGap(stats, i, j) / 10;
  out[at + 6] = evidence.commonness[0];
  out[at + 7] = evidence.commonness[1];
}

/** Cosine from a dot-product matrix: m[ij] / sqrt(m[ii] m[jj]); 0 for an empty vector. */
function cosineAt(m: Float64Array, ij: number, ii: number, jj: number): number {
  const norms = m[ii]! * m[jj]!;
  return norms > 0 ? m[ij]! / Math.sqrt(norms) : 0;
}

export function copyStats(stats: GroupStats): GroupStats {
  return {
    n: stats.n,
    linked: Float64Array.from(stats.linked),
    venue: Float64Array.from(stats.venue),
    title: Float64Array.from(stats.title),
    affiliation: Float64Array.from(stats.affiliation),
    firstYear: Float64Array.from(stats.firstYear),
    lastYear: Float64Array.from(stats.lastYear),
  };
}

/** Pools group b into group a (b's row is left stale: the caller retires b). */
export function mergeStats(stats: GroupStats, a: number, b: number): void {
  const n = stats.n;
  for (const m of [stats.venue, stats.title, stats.affiliation]) {
    const self = m[a * n + a]! + m[b * n + b]! + 2 * m[a * n + b]!;
    for (let k = 0; k < n; k++) m[a * n + k] = m[k * n + a] = m[a * n + k]! + m[b * n + k]!;
    m[a * n + a] = self;
  }
  const linked = stats.linked;
  for (let k = 0; k < n; k++)
    linked[a * n + k] = linked[k * n + a] = linked[a * n + k]! + linked[b * n + k]!;
  stats.firstYear[a] = nanMin(stats.firstYear[a]!, stats.firstYear[b]!);
  stats.lastYear[a] = nanMax(stats.lastYear[a]!, stats.lastYear[b]!);
}

function nanMin(x: number, y: number): number {
  return Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y);
}

function nanMax(x: number, y: number): number {
  return Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y);
}

function groupStats(index: CorpusIndex, key: string, blocks: Block[]): GroupStats {
  const n = blocks.length;
  const stats: GroupStats = {
    n,
    linked: linkedCoauthors(index, key, blocks),
    venue: new Float64Array(n * n),
    title: new Float64Array(n * n),
    affiliation: new Float64Array(n * n),
    firstYear: new Float64Array(n).fill(NaN),
    lastYear: new Float64Array(n).fill(NaN),
  };
  const venues: SparseVector[] = [];
  const titles: SparseVector[] = [];
  const affiliations: SparseVector[] = [];
  blocks.forEach((block, b) => {
    const mentionAffiliations: SparseVector[] = [];
    for (const paperIndex of block.papers) {
      const year = index.corpus.papers[paperIndex]!.year;
      if (year !== undefined) {
        stats.firstYear[b] = nanMin(stats.firstYear[b]!, year);
        stats.lastYear[b] = nanMax(stats.lastYear[b]!, year);
      }
      const affiliation = mentionOf(index, paperIndex, key)?.affiliation;
      if (affiliation) mentionAffiliations.push(index.affiliationVector(affiliation));
    }
    venues.push(sumVectors(block.papers.map((p) => index.venueVectors[p]!)));
    titles.push(sumVectors(block.papers.map((p) => index.titleVectors[p]!)));
    affiliations.push(sumVectors(mentionAffiliations));
  });
  for (const [m, vectors] of [
    [stats.venue, venues],
    [stats.title, titles],
    [stats.affiliation, affiliations],
  ] as const) {
    for (let i = 0; i < n; i++) {
      m[i * n + i] = dot(vectors[i]!, vectors[i]!);
      for (let j = i + 1; j < n; j++) m[i * n + j] = m[j * n + i] = dot(vectors[i]!, vectors[j]!);
    }
  }
  return stats;
}

/**
 * Union-find over the name's papers: a curator's together-groups first, then papers sharing any
 * co-author key, unless that would join papers a curator kept apart. Held-out papers take no part.
 */
function coauthorBlocks(
  index: CorpusIndex,
  key: string,
  papers: number[],
  constraints: ResolvedConstraints,
): { blocks: Block[]; forbidden: Uint8Array } {
  const sets = new PaperSets(papers.length, constraints.apart);
  for (const group of constraints.together) for (const at of group) sets.join(group[0]!, at, true);
  const firstPaperOf = new Map<string, number>();
  papers.forEach((paper, at) => {
    if (constraints.heldOut.has(at)) return;
    for (const coauthor of index.keysOfPaper[paper]!) {
      if (coauthor === key) continue;
      const first = firstPaperOf.get(coauthor);
      if (first === undefined) firstPaperOf.set(coauthor, at);
      else sets.join(first, at, false);
    }
  });
  const blockOfRoot = new Map<number, number>();
  const blockAt = new Int32Array(papers.length).fill(-1);
  const blocks: Block[] = [];
  papers.forEach((paper, at) => {
    if (constraints.heldOut.has(at)) return;
    const root = sets.find(at);
    let b = blockOfRoot.get(root);
    if (b === undefined) {
      blockOfRoot.set(root, (b = blocks.length));
      blocks.push({ papers: [], coauthors: new Map() });
    }
    blockAt[at] = b;
    const block = blocks[b]!;
    block.papers.push(paper);
    for (const coauthor of index.keysOfPaper[paper]!) {
      if (coauthor !== key) block.coauthors.set(coauthor, (block.coauthors.get(coauthor) ?? 0) + 1);
    }
  });
  const n = blocks.length;
  const forbidden = new Uint8Array(n * n);
  for (const [x, y] of constraints.apart) {
    const [a, b] = [blockAt[x]!, blockAt[y]!];
    if (a >= 0 && b >= 0 && a !== b) forbidden[a * n + b] = forbidden[b * n + a] = 1;
  }
  return { blocks, forbidden };
}

/** Disjoint sets of paper positions that refuse a join across a kept-apart pair unless forced. */
class PaperSets {
  private readonly parent: Int32Array;
  private readonly members: number[][];
  private readonly apartOf = new Map<number, number[]>();

  constructor(count: number, apart: [number, number][]) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.members = Array.from({ length: count }, (_, i) => [i]);
    for (const [a, b] of apart) {
      this.apartOf.set(a, [...(this.apartOf.get(a) ?? []), b]);
      this.apartOf.set(b, [...(this.apartOf.get(b) ?? []), a]);
    }
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  join(a: number, b: number, force: boolean): void {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    if (!force && this.apartOf.size > 0 && this.keptApart(ra, rb)) return;
    if (this.members[ra]!.length < this.members[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    for (const m of this.members[rb]!) this.members[ra]!.push(m);
    this.members[rb] = [];
  }

  private keptApart(ra: number, rb: number): boolean {
    for (const m of this.members[ra]!) {
      for (const other of this.apartOf.get(m) ?? []) if (this.find(other) === rb) return true;
    }
    return false;
  }
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
  const { offsets, targets, keys } = index.graph;
  blocks.forEach((block, a) => {
    for (const coauthor of block.coauthors.keys()) {
      const node = index.nodeOf.get(coauthor);
      if (node === undefined) continue;
      for (let at = offsets[node]!; at < offsets[node + 1]!; at++) {
        const neighbor = keys[targets[at]!]!;
        if (neighbor === key) continue;
        const b = blockOfCoauthor.get(neighbor);
        if (b !== undefined && b !== a) linked[a * n + b]!++;
      }
    }
  });
  return linked;
}

function yearGap(stats: GroupStats, i: number, j: number): number {
  const [fi, li, fj, lj] = [
    stats.firstYear[i]!,
    stats.lastYear[i]!,
    stats.firstYear[j]!,
    stats.lastYear[j]!,
  ];
  if (Number.isNaN(fi) || Number.isNaN(fj)) return 0;
  if (li < fj) return fj - li;
  if (lj < fi) return fi - lj;
  return 0;
}
