// The compact co-author graph: name keys interned to integer ids and a symmetric compressed sparse
// row (CSR) adjacency in typed arrays. About 30 bytes per edge instead of graphology's several
// hundred, and the layout the Louvain kernel (./louvain.ts) walks without hashing.
import type { Corpus } from "../corpus";
import { coauthorRows } from "./coauthorRows";
import type { EdgeList } from "./edgeList";
import { indexMentions, type MentionIndex } from "./mentionIndex";

export interface CsrGraph {
  nodeCount: number;
  /** Undirected edges; each is stored in both endpoints' rows. */
  edgeCount: number;
  /** Row i of the adjacency is targets/weights[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

export interface CoauthorCsr extends CsrGraph {
  /** Node id → name key (the graphology graph's node key). */
  keys: string[];
  /** Node id → most common printed form. */
  labels: string[];
  papers: Uint32Array;
  /**
   * Parallel to `targets`: papers on which the two names were linked (`weights` holds the
   * fractional co-authorship strength, which is what Louvain and the layout read).
   */
  edgePapers: Uint32Array;
}

export function buildCoauthorCsr(corpus: Corpus): CoauthorCsr {
  return coauthorCsrFromIndex(indexMentions(corpus));
}

/** The CSR graph of an index built paper by paper (see MentionIndexer). */
export function coauthorCsrFromIndex(index: MentionIndex): CoauthorCsr {
  const { edgePapers, ...csr } = coauthorRows(index);
  return { ...csr, edgePapers, keys: index.keys, labels: index.labels, papers: index.papers };
}

/** Symmetric CSR from an undirected edge list without duplicates or self-loops. */
export function csrFromEdges(
  nodeCount: number,
  edges: EdgeList,
): CsrGraph & { edgePapers: Uint32Array } {
  const { source, target, weight, papers, count } = edges;
  const offsets = new Uint32Array(nodeCount + 1);
  for (let e = 0; e < count; e++) {
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, nodeCount);
  const targets = new Uint32Array(2 * count);
  const weights = new Float64Array(2 * count);
  const edgePapers = new Uint32Array(2 * count);
  for (let e = 0; e < count; e++) {
    const s = source[e]!;
    const t = target[e]!;
    const w = weight[e]!;
    const k = papers[e]!;
    let at = fill[s]!++;
    targets[at] = t;
    weights[at] = w;
    edgePapers[at] = k;
    at = fill[t]!++;
    targets[at] = s;
    weights[at] = w;
    edgePapers[at] = k;
  }
  return { nodeCount, edgeCount: count, offsets, targets, weights, edgePapers };
}
