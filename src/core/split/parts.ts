// Names too big to score every pair of blocks (a 30,000-paper "Ming Liu" of a million-paper store has
// 12,000 blocks: 72 million pairs, gigabytes of matrices and minutes). Such a name is cut into parts
// of at most PART_BLOCKS blocks that hold the blocks likely to be one person together, and each part
// is clustered as a whole name would be. Blocks are tied by what they share that is rare within the
// name (a co-author, a title, venue or affiliation term that at most RARE_BLOCKS blocks carry), the
// ties are grouped by Louvain (seeded), and the groups are packed into parts, largest first. Two
// blocks in different parts are never put together: they shared nothing rare, and in a name this
// big the model does not join blocks on common words alone.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { SparseVector } from "../corpusIndex";
import { seededRng } from "../random";
import { norm } from "../sparse";
import type { NameBlocks } from "./evidence";

/** A name with more blocks than this is clustered in parts. */
export const DENSE_BLOCKS = 600;
/** The most blocks in one part. */
export const PART_BLOCKS = 400;
/** A term carried by more blocks than this ties none of them. */
const RARE_BLOCKS = 40;
/** How often a too-big group is cut again by Louvain at a higher resolution before it is chunked. */
const RECUTS = 3;

/** Block numbers per part, each part at most `capacity` blocks, every block in exactly one part. */
export function partitionBlocks(
  named: NameBlocks,
  seed: number,
  capacity = PART_BLOCKS,
): number[][] {
  const n = named.blocks.length;
  if (n <= capacity) return [named.blocks.map((_, b) => b)];
  const graph = tieGraph(named);
  const groups = cut(
    graph,
    named.blocks.map((_, b) => b),
    capacity,
    seed,
    1,
    RECUTS,
  );
  return pack(groups, capacity);
}

/** Blocks as nodes; an edge weighs what two blocks share that few of the name's blocks carry. */
function tieGraph(named: NameBlocks): Graph {
  const graph = new Graph({ type: "undirected" });
  named.blocks.forEach((_, b) => graph.addNode(b));
  const ties = new Map<number, Map<number, number>>();
  const tie = (a: number, b: number, w: number): void => {
    if (a > b) [a, b] = [b, a];
    let row = ties.get(a);
    if (!row) ties.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + w);
  };
  const holders = new Map<string, number[]>();
  named.blocks.forEach((block, b) => {
    for (const coauthor of block.coauthors.keys()) {
      const list = holders.get(coauthor);
      if (list) list.push(b);
      else holders.set(coauthor, [b]);
    }
  });
  for (const list of holders.values()) tieAll(list, () => 1, tie);
  for (const vectors of [named.vectors.venue, named.vectors.title, named.vectors.affiliation])
    tieByTerms(vectors, tie);
  for (const [a, row] of ties) for (const [b, w] of row) graph.addEdge(a, b, { weight: w });
  return graph;
}

/** Ties the blocks sharing each rare term by the term's share of both blocks' cosine. */
function tieByTerms(vectors: SparseVector[], tie: (a: number, b: number, w: number) => void): void {
  const norms = vectors.map((v) => norm(v));
  const holders = new Map<number, { block: number; value: number }[]>();
  vectors.forEach((v, b) => {
    if (norms[b] === 0) return;
    for (let k = 0; k < v.ids.length; k++) {
      const term = v.ids[k]!;
      const entry = { block: b, value: v.values[k]! / norms[b]! };
      const list = holders.get(term);
      if (list) list.push(entry);
      else holders.set(term, [entry]);
    }
  });
  for (const list of holders.values()) {
    tieAll(
      list.map((e) => e.block),
      (x, y) => list[x]!.value * list[y]!.value,
      tie,
    );
  }
}

function tieAll(
  blocks: number[],
  weight: (x: number, y: number) => number,
  tie: (a: number, b: number, w: number) => void,
): void {
  if (blocks.length < 2 || blocks.length > RARE_BLOCKS) return;
  for (let x = 0; x < blocks.length; x++)
    for (let y = x + 1; y < blocks.length; y++) tie(blocks[x]!, blocks[y]!, weight(x, y));
}

/** Louvain groups of `members`, each cut again (finer) while bigger than `capacity`. */
function cut(
  graph: Graph,
  members: number[],
  capacity: number,
  seed: number,
  resolution: number,
  recuts: number,
): number[][] {
  if (members.length <= capacity) return [members];
  const sub = subgraph(graph, members);
  const community =
    sub.size === 0
      ? undefined
      : louvain(sub, { resolution, rng: seededRng(seed), getEdgeWeight: "weight" });
  if (!community || recuts === 0) return chunks(members, capacity);
  const byCommunity = new Map<number, number[]>();
  for (const b of members) {
    const c = community[String(b)]!;
    const list = byCommunity.get(c);
    if (list) list.push(b);
    else byCommunity.set(c, [b]);
  }
  if (byCommunity.size === 1)
    return cut(graph, members, capacity, seed, resolution * 4, recuts - 1);
  return [...byCommunity.values()].flatMap((group) =>
    group.length <= capacity
      ? [group]
      : cut(graph, group, capacity, seed, resolution * 2, recuts - 1),
  );
}

function subgraph(graph: Graph, members: number[]): Graph {
  const inside = new Set(members.map(String));
  const sub = new Graph({ type: "undirected" });
  for (const m of members) sub.addNode(String(m));
  for (const m of members) {
    graph.forEachEdge(String(m), (_, attributes, source, target) => {
      if (source === String(m) && inside.has(target))
        sub.addEdge(source, target, { weight: attributes.weight as number });
    });
  }
  return sub;
}

function chunks(members: number[], capacity: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < members.length; i += capacity) out.push(members.slice(i, i + capacity));
  return out;
}

/** First-fit decreasing: groups, largest first, into as few parts of `capacity` as it finds. */
function pack(groups: number[][], capacity: number): number[][] {
  const sorted = [...groups].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const parts: number[][] = [];
  for (const group of sorted) {
    const part = parts.find((p) => p.length + group.length <= capacity);
    if (part) part.push(...group);
    else parts.push([...group]);
  }
  return parts.map((p) => p.sort((a, b) => a - b));
}
