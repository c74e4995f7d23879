// One pass over the papers that turns author mentions into integer ids: each name key gets a node
// id, each paper its distinct ids, each linked pair of co-authors one weighted entry in a flat pair
// list (./paperPairs: fractional counting, sampled above 100 authors). Both graph builders
// (graphology and CSR) and the store builder start from this, so they agree on nodes, labels and
// weights. Papers can be fed one at a time (`MentionIndexer`), so a stream never has to be held.
import type { AuthorMention, Corpus } from "../corpus";
import { NameTable } from "./nameTable";
import { CLIQUE_LIMIT, emitPaperPairs, pairsOfPaper } from "./paperPairs";
import { hashString } from "./stringTable";

export interface MentionIndex {
  /** Node id → name key, ids in order of first appearance. */
  keys: string[];
  /** Node id → most common printed form (ties: the smallest string). */
  labels: string[];
  /** Node id → number of papers carrying the name. */
  papers: Uint32Array;
  /** Linked co-author pairs, per paper in corpus order; in a clique pairA[p] came first. */
  pairA: Uint32Array;
  pairB: Uint32Array;
  /**
   * Each pair's weight is 1/pairShare[p]: k−1 for a paper of k authors, SAMPLED_DEGREE above the
   * clique limit (see paperPairs). Two bytes a pair instead of eight for the weight itself.
   */
  pairShare: Uint16Array;
  pairCount: number;
  /** Author mentions read (repeats on a paper included). */
  mentions: number;
}

export class MentionIndexer {
  private readonly names: NameTable;
  private pairA: Uint32Array;
  private pairB: Uint32Array;
  private pairShare: Uint16Array;
  private pairCount = 0;
  private paperCount = 0;
  private mentions = 0;
  private ids = new Uint32Array(64);

  /** Sizes are hints (upper bounds avoid any growth); the buffers grow as needed. */
  constructor(expected: { mentions?: number; pairs?: number } = {}) {
    // Distinct spellings are typically a third of the mentions or fewer; the table grows if not.
    this.names = new NameTable((expected.mentions ?? 0) >> 1);
    const pairs = Math.max(1024, expected.pairs ?? 0);
    this.pairA = new Uint32Array(pairs);
    this.pairB = new Uint32Array(pairs);
    this.pairShare = new Uint16Array(pairs);
  }

  /**
   * Adds one paper; `paperId` seeds the pair sample of a paper above the clique limit. Returns the
   * paper's distinct node ids, in author order (a view, valid until the next call).
   */
  addPaper(authors: readonly AuthorMention[], paperId: string): Uint32Array {
    const paper = this.paperCount++;
    if (authors.length > this.ids.length) this.ids = new Uint32Array(2 * authors.length);
    const ids = this.ids;
    let k = 0;
    for (let m = 0; m < authors.length; m++) {
      // A name printed twice on one paper (different case or spacing) counts once, like the paper.
      const node = this.names.mention(authors[m]!.name, paper);
      if (node >= 0) ids[k++] = node;
    }
    this.mentions += authors.length;
    if (k < 2) return ids.subarray(0, k);
    this.reserve(pairsOfPaper(k));
    if (k <= CLIQUE_LIMIT) {
      // The common case inline (the sink call below is per pair): a clique with weight 1/(k−1).
      const { pairA, pairB, pairShare } = this;
      const share = k - 1;
      let at = this.pairCount;
      for (let i = 0; i < k; i++) {
        const a = ids[i]!;
        for (let j = i + 1; j < k; j++) {
          pairA[at] = a;
          pairB[at] = ids[j]!;
          pairShare[at++] = share;
        }
      }
      this.pairCount = at;
      return ids.subarray(0, k);
    }
    emitPaperPairs(ids, k, hashString(paperId), (a, b, share) => {
      const at = this.pairCount++;
      this.pairA[at] = a;
      this.pairB[at] = b;
      this.pairShare[at] = share;
    });
    return ids.subarray(0, k);
  }

  /** The name key of a node id returned by addPaper. */
  keyOf(node: number): string {
    return this.names.keys[node]!;
  }

  finish(): MentionIndex {
    return {
      keys: this.names.keys,
      labels: this.names.labels(),
      papers: this.names.paperCounts(),
      pairA: this.pairA,
      pairB: this.pairB,
      pairShare: this.pairShare,
      pairCount: this.pairCount,
      mentions: this.mentions,
    };
  }

  private reserve(more: number): void {
    const need = this.pairCount + more;
    if (need <= this.pairA.length) return;
    const size = Math.max(need, 2 * this.pairA.length);
    this.pairA = resized(this.pairA, new Uint32Array(size));
    this.pairB = resized(this.pairB, new Uint32Array(size));
    this.pairShare = resized(this.pairShare, new Uint16Array(size));
  }
}

function resized<T extends Uint32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export function indexMentions(corpus: Corpus): MentionIndex {
  const list = corpus.papers;
  // Sized once from upper bounds, so the hot loop rarely grows anything.
  let mentions = 0;
  let pairs = 0;
  for (let p = 0; p < list.length; p++) {
    const k = list[p]!.authors.length;
    mentions += k;
    pairs += pairsOfPaper(k);
  }
  const indexer = new MentionIndexer({ mentions, pairs });
  for (let p = 0; p < list.length; p++) indexer.addPaper(list[p]!.authors, list[p]!.id);
  return indexer.finish();
}
