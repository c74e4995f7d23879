// Blocks: groups of one name's papers that are one person with near certainty. A curator's
// together-groups and a shared ORCID join papers outright; a shared co-author joins them unless the
// printed first names, the ORCIDs or a curator's apart-decision say two people. Everything softer
// is left to the scored evidence between blocks.
import type { ResolvedConstraints } from "../constraints";
import type { CorpusIndex } from "../corpusIndex";
import { firstNameRelation } from "./givenNames";
import type { NameMention } from "./nameMentions";
import { idRelation } from "./sourceIds";

export interface Block {
  /** Indexes into corpus.papers. */
  papers: number[];
  /** Co-author name key → number of this block's papers they are on. */
  coauthors: Map<string, number>;
  /** Full first names printed on this block's mentions. */
  firsts: Set<string>;
  /** Second initials printed on this block's mentions. */
  middles: Set<string>;
  orcids: Set<string>;
  otherIds: Set<string>;
}

export interface Blocks {
  blocks: Block[];
  /** Pairs of blocks (a < b) that must never share an identity (curator apart, two ORCIDs). */
  apart: [number, number][];
}

export function buildBlocks(
  index: CorpusIndex,
  key: string,
  mentions: NameMention[],
  constraints: ResolvedConstraints,
): Blocks {
  const live = (at: number): boolean => !constraints.heldOut.has(at);
  const sets = new PaperSets(mentions, constraints.apart);
  for (const group of constraints.together) for (const at of group) sets.join(group[0]!, at, true);
  const orcidsOf = (m: NameMention): string[] => (m.source.orcid ? [m.source.orcid] : []);
  const coauthorsOf = (m: NameMention): string[] =>
    index.keysOfPaper[m.paper]!.filter((k) => k !== key);
  joinBy(mentions, live, orcidsOf, sets, "id");
  if (constraints.apart.length === 0) joinBy(mentions, live, coauthorsOf, sets, "guarded");
  else joinAroundApart(mentions, live, coauthorsOf, orcidsOf, constraints, sets);

  const blockOfRoot = new Map<number, number>();
  const blockAt = new Int32Array(mentions.length).fill(-1);
  const blocks: Block[] = [];
  mentions.forEach((m, at) => {
    if (!live(at)) return;
    const root = sets.find(at);
    let b = blockOfRoot.get(root);
    if (b === undefined) {
      blockOfRoot.set(root, (b = blocks.length));
      blocks.push(emptyBlock());
    }
    blockAt[at] = b;
    addMention(blocks[b]!, m, index, key);
  });
  return { blocks, apart: apartBlocks(blocks, blockAt, constraints) };
}

function emptyBlock(): Block {
  return {
    papers: [],
    coauthors: new Map(),
    firsts: new Set(),
    middles: new Set(),
    orcids: new Set(),
    otherIds: new Set(),
  };
}

function addMention(block: Block, m: NameMention, index: CorpusIndex, key: string): void {
  block.papers.push(m.paper);
  for (const coauthor of index.keysOfPaper[m.paper]!) {
    if (coauthor !== key) block.coauthors.set(coauthor, (block.coauthors.get(coauthor) ?? 0) + 1);
  }
  if (m.given.first) block.firsts.add(m.given.first);
  if (m.given.initials.length > 1) block.middles.add(m.given.initials[1]!);
  if (m.source.orcid) block.orcids.add(m.source.orcid);
  if (m.source.other) block.otherIds.add(m.source.other);
}

/** Joins the live papers that share any of the values `valuesOf` gives them. */
function joinBy(
  mentions: NameMention[],
  live: (at: number) => boolean,
  valuesOf: (m: NameMention) => string[],
  sets: PaperSets,
  mode: "id" | "guarded",
): void {
  // Per value, one paper of each set that holds it; several only where a guard refused a join.
  const holders = new Map<string, number[]>();
  mentions.forEach((m, at) => {
    if (!live(at)) return;
    for (const value of valuesOf(m)) {
      const seen = holders.get(value);
      if (seen === undefined) {
        holders.set(value, [at]);
        continue;
      }
      for (const other of seen) sets.join(other, at, false, mode === "guarded");
      const root = sets.find(at);
      if (!seen.some((other) => sets.find(other) === root)) seen.push(at);
    }
  });
}

/** Above this many papers a co-author component split by a curator is joined in paper order. */
const WEIGHED_COMPONENT_MAX = 200;

/**
 * Co-author joins when a curator kept papers apart. Joining in paper order would let whichever
 * side comes first take the papers both sides share co-authors with (move paper 1 of 5 to a new
 * identity and paper 5, which shares one co-author with all, follows it). So: the co-author
 * components are found as if nothing were kept apart; a component holding no kept-apart pair is
 * joined whole, and one that does is grown strongest link first, the link between two groups
 * being how many of their paper pairs share a co-author, so a paper goes with the side it is most
 * tied to and the curator's pair stays apart.
 */
function joinAroundApart(
  mentions: NameMention[],
  live: (at: number) => boolean,
  coauthorsOf: (m: NameMention) => string[],
  orcidsOf: (m: NameMention) => string[],
  constraints: ResolvedConstraints,
  sets: PaperSets,
): void {
  const free = new PaperSets(mentions, []);
  for (const group of constraints.together) for (const at of group) free.join(group[0]!, at, true);
  joinBy(mentions, live, orcidsOf, free, "id");
  joinBy(mentions, live, coauthorsOf, free, "guarded");
  const components = new Map<number, number[]>();
  mentions.forEach((_, at) => {
    if (!live(at)) return;
    const root = free.find(at);
    components.set(root, [...(components.get(root) ?? []), at]);
  });
  const split = new Set<number>();
  for (const [x, y] of constraints.apart)
    if (free.find(x) === free.find(y)) split.add(free.find(x));
  for (const [root, members] of components) {
    if (!split.has(root)) {
      for (const at of members) sets.join(members[0]!, at, false, true);
    } else if (members.length > WEIGHED_COMPONENT_MAX) {
      const inside = new Set(members);
      joinBy(mentions, (at) => inside.has(at), coauthorsOf, sets, "guarded");
    } else {
      growStrongestFirst(members, (at) => coauthorsOf(mentions[at]!), sets);
    }
  }
}

function growStrongestFirst(
  members: number[],
  coauthorsOf: (at: number) => string[],
  sets: PaperSets,
): void {
  const groups = new Map<number, Map<string, number>>();
  for (const at of members) {
    const root = sets.find(at);
    const counts = groups.get(root) ?? new Map<string, number>();
    for (const c of coauthorsOf(at)) counts.set(c, (counts.get(c) ?? 0) + 1);
    groups.set(root, counts);
  }
  const link = (a: Map<string, number>, b: Map<string, number>): number => {
    if (a.size > b.size) [a, b] = [b, a];
    let pairs = 0;
    for (const [c, n] of a) pairs += n * (b.get(c) ?? 0);
    return pairs;
  };
  const refused = new Set<string>();
  for (;;) {
    const roots = [...groups.keys()].sort((x, y) => x - y);
    let best: [number, number] | undefined;
    let bestLink = 0;
    for (let i = 0; i < roots.length; i++) {
      for (let j = i + 1; j < roots.length; j++) {
        const [a, b] = [roots[i]!, roots[j]!];
        if (refused.has(`${a} ${b}`)) continue;
        const pairs = link(groups.get(a)!, groups.get(b)!);
        if (pairs > bestLink) [best, bestLink] = [[a, b], pairs];
      }
    }
    if (!best) return;
    const [a, b] = best;
    sets.join(a, b, false, true);
    const [ra, rb] = [sets.find(a), sets.find(b)];
    if (ra !== rb) {
      refused.add(`${a} ${b}`);
      continue;
    }
    const merged = groups.get(a)!;
    for (const [c, n] of groups.get(b)!) merged.set(c, (merged.get(c) ?? 0) + n);
    groups.delete(a);
    groups.delete(b);
    groups.set(ra, merged);
    // A refusal was between the old groups; the new group is tried afresh.
    for (const key of [...refused]) {
      const [x, y] = key.split(" ").map(Number);
      if (x === a || x === b || y === a || y === b) refused.delete(key);
    }
  }
}

function apartBlocks(
  blocks: Block[],
  blockAt: Int32Array,
  constraints: ResolvedConstraints,
): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  const add = (a: number, b: number): void => {
    if (a > b) [a, b] = [b, a];
    pairs.set(`${a} ${b}`, [a, b]);
  };
  for (const [x, y] of constraints.apart) {
    const [a, b] = [blockAt[x]!, blockAt[y]!];
    if (a >= 0 && b >= 0 && a !== b) add(a, b);
  }
  const withOrcid = blocks.map((b, i) => (b.orcids.size > 0 ? i : -1)).filter((i) => i >= 0);
  for (const a of withOrcid) {
    for (const b of withOrcid) {
      if (a < b && idRelation(blocks[a]!.orcids, blocks[b]!.orcids) === "different") add(a, b);
    }
  }
  return [...pairs.values()];
}

/**
 * The kept-apart pairs among `members` (block numbers) as a members × members matrix, 1 where two
 * must never share an identity.
 */
export function forbiddenMatrix(apart: [number, number][], members: number[]): Uint8Array {
  const n = members.length;
  const forbidden = new Uint8Array(n * n);
  if (apart.length === 0) return forbidden;
  const at = new Map(members.map((b, i) => [b, i]));
  for (const [a, b] of apart) {
    const [i, j] = [at.get(a), at.get(b)];
    if (i !== undefined && j !== undefined) forbidden[i * n + j] = forbidden[j * n + i] = 1;
  }
  return forbidden;
}

/**
 * Disjoint sets of paper positions. A join is refused across a curator's kept-apart pair unless
 * forced; a guarded join is also refused when the two sets' first names or ORCIDs disagree.
 */
class PaperSets {
  private readonly parent: Int32Array;
  private readonly members: number[][];
  private readonly firsts: Set<string>[];
  private readonly orcids: Set<string>[];
  private readonly apartOf = new Map<number, number[]>();

  constructor(mentions: NameMention[], apart: [number, number][]) {
    const count = mentions.length;
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.members = Array.from({ length: count }, (_, i) => [i]);
    this.firsts = mentions.map((m) => new Set(m.given.first ? [m.given.first] : []));
    this.orcids = mentions.map((m) => new Set(m.source.orcid ? [m.source.orcid] : []));
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

  join(a: number, b: number, force: boolean, guarded = false): void {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    if (!force && this.apartOf.size > 0 && this.keptApart(ra, rb)) return;
    if (guarded && firstNameRelation(this.firsts[ra]!, this.firsts[rb]!) === "conflict") return;
    if (guarded && idRelation(this.orcids[ra]!, this.orcids[rb]!) === "different") return;
    if (this.members[ra]!.length < this.members[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    for (const m of this.members[rb]!) this.members[ra]!.push(m);
    for (const f of this.firsts[rb]!) this.firsts[ra]!.add(f);
    for (const o of this.orcids[rb]!) this.orcids[ra]!.add(o);
    this.members[rb] = [];
  }

  private keptApart(ra: number, rb: number): boolean {
    for (const m of this.members[ra]!) {
      for (const other of this.apartOf.get(m) ?? []) if (this.find(other) === rb) return true;
    }
    return false;
  }
}
