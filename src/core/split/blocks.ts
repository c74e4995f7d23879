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
  /** blocks × blocks, 1 where the two must never share an identity (curator apart, two ORCIDs). */
  forbidden: Uint8Array;
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
  joinBy(mentions, live, (m) => (m.source.orcid ? [m.source.orcid] : []), sets, "id");
  joinBy(
    mentions,
    live,
    (m) => index.keysOfPaper[m.paper]!.filter((k) => k !== key),
    sets,
    "guarded",
  );

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
  return { blocks, forbidden: forbiddenPairs(blocks, blockAt, constraints) };
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

function forbiddenPairs(
  blocks: Block[],
  blockAt: Int32Array,
  constraints: ResolvedConstraints,
): Uint8Array {
  const n = blocks.length;
  const forbidden = new Uint8Array(n * n);
  for (const [x, y] of constraints.apart) {
    const [a, b] = [blockAt[x]!, blockAt[y]!];
    if (a >= 0 && b >= 0 && a !== b) forbidden[a * n + b] = forbidden[b * n + a] = 1;
  }
  const withOrcid = blocks.map((b, i) => (b.orcids.size > 0 ? i : -1)).filter((i) => i >= 0);
  for (const a of withOrcid) {
    for (const b of withOrcid) {
      if (a < b && idRelation(blocks[a]!.orcids, blocks[b]!.orcids) === "different")
        forbidden[a * n + b] = forbidden[b * n + a] = 1;
    }
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
