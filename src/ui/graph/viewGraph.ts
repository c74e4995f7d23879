// The overview graph sigma draws, built from the Worker's columns (no parsing, no layout): nodes
// keyed by name key, co-authorship edges. The first frame gets
// the nodes alone; the full graph is then built a slice at a time and swapped in, so no task holds
// the main thread and sigma indexes the edges once, not once per slice.
import Graph from "graphology";
import type { GraphPayload } from "../../worker/protocol";
import { edgeOf } from "../overview/overviewPatches";
import { nodeSizeScale } from "./appearance";

export interface ViewNode {
  x: number;
  y: number;
  size: number;
  label: string;
  papers: number;
  community: number;
  /** A community drawn as one node (aggregated overview): the authors it stands for. */
  members?: number;
}

export interface ViewEdge {
  weight: number;
  size: number;
}

export type ViewGraph = Graph<ViewNode, ViewEdge>;

const ITEMS_PER_TASK = 6000;

function emptyGraph(): ViewGraph {
  return new Graph<ViewNode, ViewEdge>({ type: "undirected", multi: false, allowSelfLoops: false });
}

/** The nodes only: enough for the first frame. */
export function buildNodeGraph(payload: GraphPayload): ViewGraph {
  const graph = emptyGraph();
  addNodes(graph, payload, 0, payload.keys.length, sizeOf(payload));
  return graph;
}

/** Nodes and co-authorship edges, built a slice per task. */
export async function buildFullGraph(
  payload: GraphPayload,
  signal: AbortSignal,
): Promise<ViewGraph> {
  const graph = emptyGraph();
  const nodes = payload.keys.length;
  const edges = payload.source.length;
  const size = sizeOf(payload);
  for (let start = 0; start < nodes + edges; start += ITEMS_PER_TASK) {
    if (start > 0) await nextTask();
    if (signal.aborted) break;
    const end = Math.min(nodes + edges, start + ITEMS_PER_TASK);
    if (start < nodes) addNodes(graph, payload, start, Math.min(end, nodes), size);
    if (end > nodes) addEdges(graph, payload, Math.max(start, nodes) - nodes, end - nodes);
  }
  return graph;
}

/** Node sizes on the overview's scale: authors by papers, community nodes by members. */
export interface NodeSizes {
  (papers: number, members: number): number;
}

export function sizeOf(payload: GraphPayload): NodeSizes {
  let maxPapers = 1;
  let maxMembers = 1;
  for (const n of payload.papers) if (n > maxPapers) maxPapers = n;
  for (const n of payload.members) if (n > maxMembers) maxMembers = n;
  const authors = nodeSizeScale(maxPapers);
  return (papers, members) =>
    members > 0 ? 6 + 22 * Math.sqrt(members / maxMembers) : authors(papers);
}

function addNodes(
  graph: ViewGraph,
  payload: GraphPayload,
  from: number,
  to: number,
  size: NodeSizes,
): void {
  const { keys, labels, papers, community, members, x, y } = payload;
  for (let i = from; i < to; i++) {
    const node: ViewNode = {
      x: x[i]!,
      y: y[i]!,
      size: size(papers[i]!, members[i]!),
      label: labels[i]!,
      papers: papers[i]!,
      community: community[i]!,
    };
    if (members[i]! > 0) node.members = members[i]!;
    graph.addNode(keys[i]!, node);
  }
}

function addEdges(graph: ViewGraph, payload: GraphPayload, from: number, to: number): void {
  const { keys, source, target, weight } = payload;
  for (let e = from; e < to; e++) {
    graph.addUndirectedEdgeWithKey(
      `e${e}`,
      keys[source[e]!]!,
      keys[target[e]!]!,
      edgeOf(weight[e]!),
    );
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
