// The graph the workspace view draws: one node per identity and per co-author, one edge per
// identity–co-author pair, from the Worker's laid-out workspace (no layout here). Nodes are added in
// the order their labels should win space: identities largest first, then shared co-authors (the
// evidence between identities), then each identity's own co-authors by papers shared.
import Graph from "graphology";
import type { NameWorkspace } from "../../core/workspace/types";
import { withoutName } from "../panels/names";
import type { Extent } from "./camera";

export interface WorkspaceNode {
  x: number;
  y: number;
  size: number;
  label: string;
  kind: "identity" | "coauthor";
  /** Identity key (identity nodes) or name key (co-authors). */
  ref: string;
  /** Identity keys this node belongs to: its own for an identity, those it wrote with otherwise. */
  owners: string[];
  /** Palette slot of the identity (or of a co-author's only identity); -1 neutral. */
  colour: number;
  papers: number;
}

export interface WorkspaceEdge {
  size: number;
  identity: string;
  papers: number;
  /** The co-author is shared with another identity: evidence between them. */
  shared: boolean;
}

export type WorkspaceGraph = Graph<WorkspaceNode, WorkspaceEdge>;

export const identityNode = (key: string): string => `identity\u0000${key}`;
export const coauthorNode = (key: string): string => `coauthor\u0000${key}`;

export function buildWorkspaceGraph(workspace: NameWorkspace): WorkspaceGraph {
  const graph: WorkspaceGraph = new Graph<WorkspaceNode, WorkspaceEdge>({ type: "undirected" });
  const colourOf = new Map<string, number>();
  for (const identity of workspace.identities) {
    colourOf.set(identity.key, identity.colour);
    graph.addNode(identityNode(identity.key), {
      x: identity.x,
      y: identity.y,
      size: identity.size,
      // Every identity is this name: the graph says what tells them apart.
      label: withoutName(identity.name, workspace.label),
      kind: "identity",
      ref: identity.key,
      owners: [identity.key],
      colour: identity.colour,
      papers: identity.paperIds.length,
    });
  }
  const total = (links: { papers: number }[]): number => links.reduce((s, l) => s + l.papers, 0);
  // Summed once per co-author, not once per comparison.
  const coauthors = workspace.coauthors
    .map((coauthor) => ({
      coauthor,
      shared: coauthor.links.length > 1,
      papers: total(coauthor.links),
    }))
    .sort(
      (a, b) =>
        Number(b.shared) - Number(a.shared) ||
        b.papers - a.papers ||
        (a.coauthor.key < b.coauthor.key ? -1 : 1),
    )
    .map((entry) => entry.coauthor);
  for (const coauthor of coauthors) {
    const links = coauthor.links.filter((l) => colourOf.has(l.identity));
    if (links.length === 0) continue;
    const node = coauthorNode(coauthor.key);
    const shared = links.length > 1;
    graph.addNode(node, {
      x: coauthor.x,
      y: coauthor.y,
      size: coauthor.size,
      label: coauthor.label,
      kind: "coauthor",
      ref: coauthor.key,
      owners: links.map((l) => l.identity),
      colour: shared ? -1 : colourOf.get(links[0]!.identity)!,
      papers: total(links),
    });
    for (const link of links) {
      graph.addUndirectedEdge(identityNode(link.identity), node, {
        size: Math.min(1.6, 0.25 + 0.25 * link.papers),
        identity: link.identity,
        papers: link.papers,
        shared,
      });
    }
  }
  return graph;
}

/** The box around every node's disc (position ± size); null for an empty graph (sigma's own). */
export function discExtent(graph: WorkspaceGraph): Extent | null {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_key, at) => {
    minX = Math.min(minX, at.x - at.size);
    maxX = Math.max(maxX, at.x + at.size);
    minY = Math.min(minY, at.y - at.size);
    maxY = Math.max(maxY, at.y + at.size);
  });
  return Number.isFinite(minX) ? { x: [minX, maxX], y: [minY, maxY] } : null;
}
