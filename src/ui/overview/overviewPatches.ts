// An aggregated overview as it grows and shrinks: communities opened into their busiest authors
// (at most MAX_OPEN at once; opening another closes the oldest) and the open name with its
// strongest co-authors. Each patch owns what it added, so closing it removes exactly that and puts
// a community's node and links back. The graph stays bounded: the base overview plus a few
// hundred nodes per patch.
import type { GraphPatch } from "../../worker/protocol";
import type { ViewEdge, ViewGraph, ViewNode } from "../graph/viewGraph";

export const MAX_OPEN = 4;
const BASE = "base";
const NAME = "name";

interface Replaced {
  key: string;
  node: ViewNode;
  links: { other: string; edge: ViewEdge }[];
}

interface Patch {
  nodes: string[];
  edges: string[];
  replaced: Replaced[];
}

export class OverviewPatches {
  private readonly owners = new Map<string, Set<string>>();
  private readonly patches = new Map<string, Patch>();
  /** Open communities, oldest first. */
  private readonly open: number[] = [];

  constructor(
    private readonly graph: ViewGraph,
    /** A patch node's attributes (sizes use the overview's scale). */
    private readonly attributes: (node: GraphPatch["nodes"][number]) => ViewNode,
  ) {
    graph.forEachNode((key) => this.owners.set(key, new Set([BASE])));
  }

  isOpen(community: number): boolean {
    return this.open.includes(community);
  }

  get openCommunities(): readonly number[] {
    return this.open;
  }

  /** Opens community `community` into its authors; the oldest open one closes past MAX_OPEN. */
  openCommunity(community: number, patch: GraphPatch): void {
    if (this.isOpen(community)) return;
    this.apply(`community:${community}`, patch);
    this.open.push(community);
    while (this.open.length > MAX_OPEN) this.closeCommunity(this.open[0]!);
  }

  closeCommunity(community: number): void {
    const at = this.open.indexOf(community);
    if (at < 0) return;
    this.open.splice(at, 1);
    this.drop(`community:${community}`);
  }

  /** Shows one name's neighbourhood, replacing the previous one. */
  showName(patch: GraphPatch): void {
    this.drop(NAME);
    this.apply(NAME, patch);
  }

  clearName(): void {
    this.drop(NAME);
  }

  private apply(tag: string, patch: GraphPatch): void {
    const graph = this.graph;
    const replaced: Replaced[] = [];
    for (const key of patch.replaces) {
      if (!graph.hasNode(key)) continue;
      replaced.push({
        key,
        node: graph.getNodeAttributes(key),
        links: graph.mapEdges(key, (_edge, edge, source, target) => ({
          other: source === key ? target : source,
          edge,
        })),
      });
      graph.dropNode(key);
    }
    const nodes: string[] = [];
    for (const node of patch.nodes) {
      const owners = this.owners.get(node.key);
      if (owners) owners.add(tag);
      else {
        graph.addNode(node.key, this.attributes(node));
        this.owners.set(node.key, new Set([tag]));
      }
      nodes.push(node.key);
    }
    const edges: string[] = [];
    const link = (source: string, target: string, edge: ViewEdge): void => {
      if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
      if (graph.hasEdge(source, target)) return;
      edges.push(graph.addUndirectedEdge(source, target, edge));
    };
    for (const { source, target, weight } of patch.edges) link(source, target, edgeOf(weight));
    // A community's links to the rest of the overview stay, held by its busiest author.
    const hub = patch.nodes[0]?.key;
    if (hub) for (const r of replaced) for (const l of r.links) link(hub, l.other, l.edge);
    this.patches.set(tag, { nodes, edges, replaced });
  }

  private drop(tag: string): void {
    const patch = this.patches.get(tag);
    if (!patch) return;
    this.patches.delete(tag);
    const graph = this.graph;
    for (const edge of patch.edges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
    for (const key of patch.nodes) {
      const owners = this.owners.get(key);
      owners?.delete(tag);
      if (owners && owners.size === 0) {
        this.owners.delete(key);
        if (graph.hasNode(key)) graph.dropNode(key);
      }
    }
    for (const r of patch.replaced) {
      if (graph.hasNode(r.key)) continue;
      graph.addNode(r.key, r.node);
      this.owners.set(r.key, new Set([BASE]));
      for (const l of r.links)
        if (graph.hasNode(l.other) && !graph.hasEdge(r.key, l.other))
          graph.addUndirectedEdge(r.key, l.other, l.edge);
    }
  }
}

/** Edge attributes for a co-authorship of summed fractional weight `weight`. */
export function edgeOf(weight: number): ViewEdge {
  // Fractional weights (1/(authors − 1) per paper) go below 1: keep such edges visible.
  return { weight, size: Math.max(0.4, Math.min(4, 0.6 + Math.log2(weight))) };
}
