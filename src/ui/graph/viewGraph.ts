// The graph sigma draws, built from the Worker's columns in one cheap pass (no parsing, no layout):
// base nodes keyed by name key, plus the split overlay's identity nodes while split view is on.
import Graph from "graphology";
import type { GraphPayload } from "../../worker/protocol";
import { nodeSizeScale } from "./appearance";

export interface ViewNode {
  x: number;
  y: number;
  size: number;
  label: string;
  papers: number;
  community: number;
  /** Split-view nodes: the name key they stand for and their identity index. */
  splitOf?: string;
  identity?: number;
}

export interface ViewEdge {
  weight: number;
  size: number;
  splitOf?: string;
}

export type ViewGraph = Graph<ViewNode, ViewEdge>;

/** The nodes only: enough for the first frame. Edges follow in `addEdgesInChunks`. */
export function buildViewGraph(payload: GraphPayload): ViewGraph {
  const graph: ViewGraph = new Graph<ViewNode, ViewEdge>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  let maxPapers = 1;
  for (const n of payload.papers) if (n > maxPapers) maxPapers = n;
  const size = nodeSizeScale(maxPapers);
  const { keys, labels, papers, community, x, y } = payload;
  for (let i = 0; i < keys.length; i++) {
    graph.addNode(keys[i]!, {
      x: x[i]!,
      y: y[i]!,
      size: size(papers[i]!),
      label: labels[i]!,
      papers: papers[i]!,
      community: community[i]!,
    });
  }
  return graph;
}

const EDGES_PER_TASK = 4000;

/**
 * Adds the co-authorship edges a few thousand per task, yielding in between, so a large graph
 * never holds the main thread (sigma, listening to the graph, draws them as they come).
 */
export async function addEdgesInChunks(graph: ViewGraph, payload: GraphPayload): Promise<void> {
  const { keys, source, target, weight } = payload;
  for (let start = 0; start < source.length; start += EDGES_PER_TASK) {
    if (start > 0) await nextTask();
    const end = Math.min(source.length, start + EDGES_PER_TASK);
    for (let e = start; e < end; e++) {
      const w = weight[e]!;
      graph.addUndirectedEdgeWithKey(`e${e}`, keys[source[e]!]!, keys[target[e]!]!, {
        weight: w,
        size: Math.min(4, 0.6 + Math.log2(w)),
      });
    }
  }
}

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
