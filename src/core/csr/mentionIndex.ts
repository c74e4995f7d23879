// One pass over the papers that turns author mentions into integer ids: each name key gets a node
// id, and each paper its distinct ids in author order (paper → nodes, the incidence of the
// bipartite paper–author graph). Co-author pairs are not listed: a clique is implied by its paper
// (./coauthorRows walks it), and only papers above the clique limit keep their seeded sample of
// pairs (./paperPairs). Four bytes a mention instead of ten bytes a pair, which for a paper of k
// authors is k(k−1)/2 pairs. Both graph builders (graphology and CSR) and the store builder start
// from this, so they agree on nodes, labels and weights. Papers can be fed one at a time
// (`MentionIndexer`), so a stream never has to be held.
import type { AuthorMention, Corpus } from "../corpus";
import { NameTable } from "./nameTable";
import { CLIQUE_LIMIT, emitPaperPairs, pairsOfPaper, SAMPLED_DEGREE } from "./paperPairs";
import { hashString } from "./stringTable";

/** The pairs sampled on papers above CLIQUE_LIMIT, each of weight 1/SAMPLED_DEGREE. */
export interface SampledPairs {
  a: Uint32Array;
  b: Uint32Array;
  /** The paper each pair comes from; pairs are in paper order. */
  paper: Uint32Array;
  count: number;
}

export interface MentionIndex {
  /** Node id → name key, ids in order of first appearance. */
  keys: string[];
  /** Node id → most common printed form (ties: the smallest string). */
  labels: string[];
  /** Node id → number of papers carrying the name. */
  papers: Uint32Array;
  paperCount: number;
  /** Paper p's distinct node ids, in author order: paperNodes[paperStart[p] .. paperStart[p + 1]). */
  paperStart: Uint32Array;
  paperNodes: Uint32Array;
  sampled: SampledPairs;
  /** Linked co-author pairs over all papers (clique pairs plus sampled ones). */
  pairCount: number;
  /** Author mentions read (repeats on a paper included). */
  mentions: number;
}

export class MentionIndexer {
  private names: NameTable;
  private paperStart: Uint32Array<ArrayBuffer>;
  private paperNodes: Uint32Array<ArrayBuffer>;
  private sampledA = new Uint32Array(0);
  private sampledB = new Uint32Array(0);
  private sampledPaper = new Uint32Array(0);
  private sampledCount = 0;
  private paperCount = 0;
  private nodeCount = 0;
  private pairCount = 0;
  private mentions = 0;

  /** Sizes are hints (upper bounds avoid any growth); the buffers grow as needed. */
  constructor(expected: { papers?: number; mentions?: number } = {}) {
    // Distinct spellings are typically a third of the mentions or fewer; the table grows if not.
    this.names = new NameTable((expected.mentions ?? 0) >> 1);
    this.paperStart = new Uint32Array(Math.max(1024, (expected.papers ?? 0) + 1));
    this.paperNodes = new Uint32Array(Math.max(1024, expected.mentions ?? 0));
  }

  /**
   * Adds one paper; `paperId` seeds the pair sample of a paper above the clique limit. Returns the
   * paper's distinct node ids, in author order (a view, valid until the next call).
   */
  addPaper(authors: readonly AuthorMention[], paperId: string): Uint32Array {
    const paper = this.paperCount++;
    const start = this.nodeCount;
    if (start + authors.length > this.paperNodes.length)
      this.paperNodes = grown(this.paperNodes, start + authors.length);
    if (paper + 2 > this.paperStart.length) this.paperStart = grown(this.paperStart, paper + 2);
    const nodes = this.paperNodes;
    let end = start;
    for (let m = 0; m < authors.length; m++) {
      // A name printed twice on one paper (different case or spacing) counts once, like the paper.
      const node = this.names.mention(authors[m]!.name, paper);
      if (node >= 0) nodes[end++] = node;
    }
    this.nodeCount = end;
    this.paperStart[paper + 1] = end;
    this.mentions += authors.length;
    const k = end - start;
    this.pairCount += pairsOfPaper(k);
    const ids = nodes.subarray(start, end);
    if (k > CLIQUE_LIMIT) this.sample(ids, paper, paperId);
    return ids;
  }

  /** The name key of a node id returned by addPaper. */
  keyOf(node: number): string {
    return this.names.keyOf(node);
  }

  /** The index; the indexer gives up its buffers to it (so a caller holds them only once). */
  finish(): MentionIndex {
    const index: MentionIndex = {
      keys: this.names.keys(),
      labels: this.names.labels(),
      papers: this.names.paperCounts(),
      paperCount: this.paperCount,
      paperStart: fitted(this.paperStart, this.paperCount + 1),
      paperNodes: fitted(this.paperNodes, this.nodeCount),
      sampled: {
        a: fitted(this.sampledA, this.sampledCount),
        b: fitted(this.sampledB, this.sampledCount),
        paper: fitted(this.sampledPaper, this.sampledCount),
        count: this.sampledCount,
      },
      pairCount: this.pairCount,
      mentions: this.mentions,
    };
    this.paperStart = new Uint32Array(1);
    this.paperNodes = new Uint32Array(0);
    this.names = new NameTable();
    return index;
  }

  private sample(ids: Uint32Array, paper: number, paperId: string): void {
    const need = this.sampledCount + (ids.length * SAMPLED_DEGREE) / 2;
    if (need > this.sampledA.length) {
      this.sampledA = grown(this.sampledA, need);
      this.sampledB = grown(this.sampledB, need);
      this.sampledPaper = grown(this.sampledPaper, need);
    }
    emitPaperPairs(ids, ids.length, hashString(paperId), (a, b) => {
      const at = this.sampledCount++;
      this.sampledA[at] = a;
      this.sampledB[at] = b;
      this.sampledPaper[at] = paper;
    });
  }
}

/** A copy of `from` with room for at least `need` items (doubling, so growth is amortised). */
function grown(from: Uint32Array, need: number): Uint32Array<ArrayBuffer> {
  const to = new Uint32Array(Math.max(need, 2 * from.length));
  to.set(from);
  return to;
}

/** `array` cut to `length` (the array itself when it is that long already: no copy). */
function fitted(array: Uint32Array, length: number): Uint32Array {
  return array.length === length ? array : array.slice(0, length);
}

export function indexMentions(corpus: Corpus): MentionIndex {
  const list = corpus.papers;
  // Sized once, so the hot loop never grows anything.
  let mentions = 0;
  for (let p = 0; p < list.length; p++) mentions += list[p]!.authors.length;
  const indexer = new MentionIndexer({ papers: list.length, mentions });
  for (let p = 0; p < list.length; p++) indexer.addPaper(list[p]!.authors, list[p]!.id);
  return indexer.finish();
}
