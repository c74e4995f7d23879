// Evidence between the blocks of one name: for every pair of blocks a feature vector the model turns
// into log-odds of "same person". Pairwise features: co-authors shared (where a name conflict kept
// the blocks apart), venue, title and affiliation TF-IDF cosines, year gap, printed first and
// middle names, block size. Name-wide features shift every pair of the name alike: how many blocks
// it has, whether it is printed with initials only, how common its given name is, whether it
// carries a middle name, and how much of it hangs together.
import type { ResolvedConstraints } from "../constraints";
import { nameParts, type CorpusIndex, type SparseVector } from "../corpusIndex";
import { seededRng } from "../random";
import { dot, norm, sumVectors } from "../sparse";
import { buildBlocks, forbiddenMatrix, type Block } from "./blocks";
import { firstNameRelation, middleRelation } from "./givenNames";
import { initialsOnly, nameMentions, type NameMention } from "./nameMentions";
import { idRelation } from "./sourceIds";

export const FEATURE_NAMES = [
  "sharedCoauthors",
  "venue",
  "title",
  "affiliation",
  "noAffiliation",
  "noVenue",
  "noTitle",
  "noCoauthors",
  "yearGap",
  "firstNameConflict",
  "firstNameMatch",
  "middleConflict",
  "smallerBlock",
  "fewBlocks",
  "initialsOnly",
  "givenCommonness",
  "middleInName",
  "nameCohesion",
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;
type FeatureName = (typeof FEATURE_NAMES)[number];
/** Feature name → position in a feature vector. */
export const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  FeatureName,
  number
>;
/** The name-wide features come last, from here on. */
const FIRST_NAME_WIDE = F.smallerBlock + 1;

export interface NameEvidence {
  key: string;
  /** The name's papers in play (held-out papers removed), indexes into corpus.papers. */
  papers: number[];
  mentions: NameMention[];
  blocks: Block[];
  /** blocks × blocks, 1 where two blocks must never share an identity. */
  forbidden: Uint8Array;
  /** Pooled statistics of the blocks, the starting groups of clustering. */
  stats: GroupStats;
  /** The name-wide features (the last ones), the same for every pair of the name. */
  nameWide: number[];
  /** The name's given part is printed with initials only. */
  initials: boolean;
}

/**
 * Pooled statistics between groups of papers, all additive when two groups merge (so merging costs
 * O(n)): shared co-authors, dot products of venue, title and affiliation TF-IDF sums
 * (the diagonal holds squared norms; dot(a+b, k) = dot(a, k) + dot(b, k)), year spans, printed
 * first names, middle initials and source ids.
 */
export interface GroupStats {
  n: number;
  sizes: number[];
  shared: Float64Array;
  /** Per group, its co-authors (summed over merges: only whether it has any is read). */
  coauthors: number[];
  venue: Float64Array;
  title: Float64Array;
  affiliation: Float64Array;
  years: ([number, number] | undefined)[];
  firsts: Set<string>[];
  middles: Set<string>[];
  otherIds: Set<string>[];
}

/** A name's blocks before any pair is scored, with each block's summed evidence vectors. */
export interface NameBlocks {
  key: string;
  /** The name's papers in play (held-out papers removed), indexes into corpus.papers. */
  papers: number[];
  mentions: NameMention[];
  blocks: Block[];
  /** Block pairs (a < b) that must never share an identity. */
  apart: [number, number][];
  vectors: BlockVectors;
}

/** Per block, the sum of its papers' venue, title and affiliation TF-IDF vectors. */
export interface BlockVectors {
  venue: SparseVector[];
  title: SparseVector[];
  affiliation: SparseVector[];
}

export function nameBlocks(
  index: CorpusIndex,
  key: string,
  constraints: ResolvedConstraints,
): NameBlocks {
  const all = index.papersOfName.get(key) ?? [];
  const mentions = nameMentions(index, key, all);
  const { blocks, apart } = buildBlocks(index, key, mentions, constraints);
  return {
    key,
    papers: all.filter((_, at) => !constraints.heldOut.has(at)),
    mentions,
    blocks,
    apart,
    vectors: {
      venue: blocks.map((b) => sumVectors(b.papers.map((p) => index.venueVectors[p]!))),
      title: blocks.map((b) => sumVectors(b.papers.map((p) => index.titleVectors[p]!))),
      affiliation: blocks.map((b) => affiliationVector(index, key, b)),
    },
  };
}

export function nameEvidence(
  index: CorpusIndex,
  key: string,
  constraints: ResolvedConstraints,
): NameEvidence {
  return blockEvidence(index, nameBlocks(index, key, constraints));
}

/**
 * The evidence between `members` (block numbers; all of the name's blocks when left out). The
 * name-wide features are the name's own: pass them in when scoring a part of a name, since a
 * part's blocks are not the name's.
 */
export function blockEvidence(
  index: CorpusIndex,
  named: NameBlocks,
  members: number[] = named.blocks.map((_, b) => b),
  nameWide?: number[],
): NameEvidence {
  const blocks = members.map((b) => named.blocks[b]!);
  const pick = (vectors: SparseVector[]): SparseVector[] => members.map((b) => vectors[b]!);
  const stats: GroupStats = {
    n: blocks.length,
    sizes: blocks.map((b) => b.papers.length),
    shared: sharedCoauthors(blocks.map((b) => [...b.coauthors.keys()])),
    coauthors: blocks.map((b) => b.coauthors.size),
    venue: dotMatrix(pick(named.vectors.venue)),
    title: dotMatrix(pick(named.vectors.title)),
    affiliation: dotMatrix(pick(named.vectors.affiliation)),
    years: blocks.map((b) => yearSpan(index, b)),
    firsts: blocks.map((b) => new Set(b.firsts)),
    middles: blocks.map((b) => new Set(b.middles)),
    otherIds: blocks.map((b) => new Set(b.otherIds)),
  };
  const evidence: NameEvidence = {
    key: named.key,
    papers: named.papers,
    mentions: named.mentions,
    blocks,
    forbidden: forbiddenMatrix(named.apart, members),
    stats,
    nameWide: nameWide ?? nameFeatures(index, named.key, named.mentions, blocks.length),
    initials: initialsOnly(named.mentions),
  };
  if (!nameWide) evidence.nameWide.push(cohesion(evidence));
  return evidence;
}

/**
 * The name-wide features of a name too big to score every pair of blocks: as nameEvidence gives
 * them, with cohesion estimated on a seeded sample of block pairs.
 */
export function sampledNameWide(
  index: CorpusIndex,
  named: NameBlocks,
  pairs: number,
  seed: number,
): number[] {
  const n = named.blocks.length;
  const wide = nameFeatures(index, named.key, named.mentions, n);
  if (n < 2) return [...wide, cohesionOfShare(1)];
  const rng = seededRng(seed);
  const { venue, title, affiliation } = named.vectors;
  const norms = (vs: SparseVector[]): number[] => vs.map((v) => norm(v));
  const [nv, nt, na] = [norms(venue), norms(title), norms(affiliation)];
  let hits = 0;
  let comparable = 0;
  // A dot product only where both vectors are non-empty: pairHit skips a field whose norms are 0.
  const dotted = (vs: SparseVector[], norms: number, i: number, j: number): number =>
    norms > 0 ? dot(vs[i]!, vs[j]!) : 0;
  for (let s = 0; s < pairs; s++) {
    const i = Math.floor(rng() * n);
    let j = Math.floor(rng() * (n - 1));
    if (j >= i) j++;
    const v = (nv[i]! * nv[j]!) ** 2;
    const t = (nt[i]! * nt[j]!) ** 2;
    const a = (na[i]! * na[j]!) ** 2;
    const seen = pairHit(
      v,
      dotted(venue, v, i, j),
      t,
      dotted(title, t, i, j),
      a,
      dotted(affiliation, a, i, j),
    );
    if (seen !== NOT_COMPARABLE) comparable++;
    if (seen === HIT_FOUND) hits++;
  }
  return [...wide, cohesionOf(hits, comparable, n)];
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
  const ii = i * n + i;
  const jj = j * n + j;
  const ij = i * n + j;
  const first = firstNameRelation(stats.firsts[i]!, stats.firsts[j]!);
  out[at + F.sharedCoauthors] = Math.log1p(stats.shared[ij]!);
  out[at + F.venue] = cosineAt(stats.venue, ii, jj, ij);
  out[at + F.title] = cosineAt(stats.title, ii, jj, ij);
  out[at + F.affiliation] = cosineAt(stats.affiliation, ii, jj, ij);
  out[at + F.noAffiliation] = stats.affiliation[ii]! > 0 && stats.affiliation[jj]! > 0 ? 0 : 1;
  out[at + F.noVenue] = stats.venue[ii]! > 0 && stats.venue[jj]! > 0 ? 0 : 1;
  out[at + F.noTitle] = stats.title[ii]! > 0 && stats.title[jj]! > 0 ? 0 : 1;
  out[at + F.noCoauthors] = stats.coauthors[i]! > 0 && stats.coauthors[j]! > 0 ? 0 : 1;
  out[at + F.yearGap] = yearGap(stats.years[i], stats.years[j]) / 10;
  out[at + F.firstNameConflict] = first === "conflict" ? 1 : 0;
  out[at + F.firstNameMatch] = first === "match" && evidence.initials ? 1 : 0;
  out[at + F.middleConflict] =
    middleRelation(stats.middles[i]!, stats.middles[j]!) === "conflict" ? 1 : 0;
  out[at + F.smallerBlock] = Math.log1p(Math.min(stats.sizes[i]!, stats.sizes[j]!));
  const wide = evidence.nameWide;
  for (let k = 0; k < wide.length; k++) out[at + FIRST_NAME_WIDE + k] = wide[k]!;
}

/** 1 when groups i and j carry the same non-ORCID source id, -1 when both carry ids that differ. */
export function sourceRelation(stats: GroupStats, i: number, j: number): number {
  const ids = idRelation(stats.otherIds[i]!, stats.otherIds[j]!);
  return ids === "same" ? 1 : ids === "different" ? -1 : 0;
}

/** A copy to merge into, leaving the name's starting statistics as they were. */
export function copyStats(stats: GroupStats): GroupStats {
  return {
    ...stats,
    sizes: [...stats.sizes],
    shared: stats.shared.slice(),
    coauthors: [...stats.coauthors],
    venue: stats.venue.slice(),
    title: stats.title.slice(),
    affiliation: stats.affiliation.slice(),
    years: [...stats.years],
    firsts: stats.firsts.map((s) => new Set(s)),
    middles: stats.middles.map((s) => new Set(s)),
    otherIds: stats.otherIds.map((s) => new Set(s)),
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
  for (const m of [stats.shared]) {
    for (let k = 0; k < n; k++) m[a * n + k] = m[k * n + a] = m[a * n + k]! + m[b * n + k]!;
  }
  stats.sizes[a] = stats.sizes[a]! + stats.sizes[b]!;
  stats.coauthors[a] = stats.coauthors[a]! + stats.coauthors[b]!;
  const [ya, yb] = [stats.years[a], stats.years[b]];
  stats.years[a] = !ya ? yb : !yb ? ya : [Math.min(ya[0], yb[0]), Math.max(ya[1], yb[1])];
  for (const sets of [stats.firsts, stats.middles, stats.otherIds])
    for (const x of sets[b]!) sets[a]!.add(x);
}

/** Similarities that random pairs of papers from different names rarely reach (q99 ≈ 0.12–0.16). */
const HIT = { title: 0.15, venue: 0.3, affiliation: 0.3 };

/**
 * How much of the name hangs together: the share of block pairs with better than chance evidence
 * of one person (a title, venue or affiliation similarity that random pairs of papers rarely
 * reach), as log-odds. A name that is one person shows it between most of its
 * blocks; a name shared by fifty people between few.
 */
function cohesion({ stats }: NameEvidence): number {
  const { n, venue, title, affiliation } = stats;
  let hits = 0;
  let comparable = 0;
  for (let i = 0; i < n; i++) {
    const ii = i * n + i;
    for (let j = i + 1; j < n; j++) {
      const jj = j * n + j;
      const ij = i * n + j;
      const seen = pairHit(
        venue[ii]! * venue[jj]!,
        venue[ij]!,
        title[ii]! * title[jj]!,
        title[ij]!,
        affiliation[ii]! * affiliation[jj]!,
        affiliation[ij]!,
      );
      if (seen !== NOT_COMPARABLE) comparable++;
      if (seen === HIT_FOUND) hits++;
    }
  }
  return cohesionOf(hits, comparable, n);
}

const HIT_FOUND = 1;
const NO_HIT = 0;
const NOT_COMPARABLE = -1;

/**
 * Whether a pair shows a similarity random pairs rarely reach (HIT_FOUND or NO_HIT), or
 * NOT_COMPARABLE when the two share no field to compare (a corpus without venues, a block without
 * affiliations), which says nothing either way. Per field: the product of the two squared norms and
 * the dot product. Six plain numbers, no arrays: this runs for every pair of a name's blocks.
 */
function pairHit(
  venueNorms: number,
  venueDot: number,
  titleNorms: number,
  titleDot: number,
  affiliationNorms: number,
  affiliationDot: number,
): number {
  if (venueNorms > 0 && venueDot / Math.sqrt(venueNorms) > HIT.venue) return HIT_FOUND;
  if (titleNorms > 0 && titleDot / Math.sqrt(titleNorms) > HIT.title) return HIT_FOUND;
  if (affiliationNorms > 0 && affiliationDot / Math.sqrt(affiliationNorms) > HIT.affiliation)
    return HIT_FOUND;
  return venueNorms > 0 || titleNorms > 0 || affiliationNorms > 0 ? NO_HIT : NOT_COMPARABLE;
}

/** Cohesion from the hits among comparable pairs; a name of one block, or none comparable, holds. */
function cohesionOf(hits: number, comparable: number, blocks: number): number {
  return cohesionOfShare(blocks < 2 || comparable === 0 ? 1 : hits / comparable);
}

function cohesionOfShare(share: number): number {
  return Math.log((share + 0.02) / (1 - share + 0.02));
}

/**
 * fewBlocks, initialsOnly, givenCommonness, middleInName. fewBlocks (1 / blocks) says a name with
 * two or three groups of papers is more often one person; it is bounded, where log(papers) let a
 * name bigger than any seen in training run off the scale. How many papers carry the name and how
 * common its surname is in the corpus were tried and left out: both mostly say how a corpus was put
 * together (a labeled set gathers every "Gupta") and scored worse on sets left out of the fit.
 */
function nameFeatures(
  index: CorpusIndex,
  key: string,
  mentions: NameMention[],
  blocks: number,
): number[] {
  const { given } = nameParts(key);
  return [
    1 / Math.max(1, blocks),
    initialsOnly(mentions) ? 1 : 0,
    given ? perMille(index.givenNameCounts.get(given) ?? 0, index.papersOfName.size) : 0,
    key.split(/[\s.]+/u).filter(Boolean).length > 2 ? 1 : 0,
  ];
}

/**
 * log(1 + share of the corpus's names per thousand): a frequency, not a count, so it means the
 * same in a corpus of 1,000 names as in one of 100,000.
 */
function perMille(count: number, names: number): number {
  return Math.log1p((1000 * count) / Math.max(names, 1));
}

/** How many of the keys each two blocks share (exact co-author keys: only where a conflict kept them apart). */
function sharedCoauthors(keysOfBlock: string[][]): Float64Array {
  const n = keysOfBlock.length;
  const shared = new Float64Array(n * n);
  const blocksOf = new Map<string, number[]>();
  keysOfBlock.forEach((keys, b) => {
    for (const coauthor of keys) {
      const list = blocksOf.get(coauthor);
      if (list) list.push(b);
      else blocksOf.set(coauthor, [b]);
    }
  });
  for (const list of blocksOf.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        shared[list[x]! * n + list[y]!]!++;
        shared[list[y]! * n + list[x]!]!++;
      }
    }
  }
  return shared;
}

function affiliationVector(index: CorpusIndex, key: string, block: Block): SparseVector {
  const vectors: SparseVector[] = [];
  for (const p of block.papers) {
    const at = index.mentionKeys[p]!.indexOf(key);
    const affiliation = at === -1 ? undefined : index.corpus.papers[p]!.authors[at]!.affiliation;
    if (affiliation) vectors.push(index.affiliationVector(affiliation));
  }
  return sumVectors(vectors);
}

/**
 * All pairwise dot products of the vectors, n×n (diagonal: squared norms). One dense scatter per
 * vector, so the cost is n × total non-zeros rather than a merge per pair.
 */
function dotMatrix(vectors: SparseVector[]): Float64Array {
  const n = vectors.length;
  const m = new Float64Array(n * n);
  let width = 0;
  for (const v of vectors)
    if (v.ids.length > 0) width = Math.max(width, v.ids[v.ids.length - 1]! + 1);
  const dense = new Float64Array(width);
  for (let i = 0; i < n; i++) {
    const vi = vectors[i]!;
    if (vi.ids.length === 0) continue;
    for (let k = 0; k < vi.ids.length; k++) dense[vi.ids[k]!] = vi.values[k]!;
    for (let j = i; j < n; j++) {
      const vj = vectors[j]!;
      let sum = 0;
      for (let k = 0; k < vj.ids.length; k++) sum += dense[vj.ids[k]!]! * vj.values[k]!;
      m[i * n + j] = m[j * n + i] = sum;
    }
    for (let k = 0; k < vi.ids.length; k++) dense[vi.ids[k]!] = 0;
  }
  return m;
}

function cosineAt(m: Float64Array, ii: number, jj: number, ij: number): number {
  const norms = m[ii]! * m[jj]!;
  return norms > 0 ? m[ij]! / Math.sqrt(norms) : 0;
}

function yearSpan(index: CorpusIndex, block: Block): [number, number] | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const p of block.papers) {
    const year = index.corpus.papers[p]!.year;
    if (year === undefined) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return first <= last ? [first, last] : undefined;
}

function yearGap(a: [number, number] | undefined, b: [number, number] | undefined): number {
  if (!a || !b) return 0;
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}
