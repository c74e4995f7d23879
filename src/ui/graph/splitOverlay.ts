// Split view: the selected name's node is replaced by one node per identity, each joined to its
// own co-authors and placed on a ring around the name, on the side of its co-authors, so the split
// is visible as shape.
import type { PaperView } from "../../worker/protocol";
import type { ViewGraph, ViewNode } from "./viewGraph";

export interface SplitGroup {
  papers: number;
  /** Co-author key → papers shared with this identity. */
  coauthors: Map<string, number>;
}

/** Per identity (groups of paper ids), its co-authors among `papers`. Pure. */
export function splitGroups(key: string, papers: PaperView[], groups: string[][]): SplitGroup[] {
  const byId = new Map(papers.map((p) => [p.id, p]));
  return groups.map((ids) => {
    const coauthors = new Map<string, number>();
    for (const id of ids) {
      const seen = new Set<string>();
      for (const author of byId.get(id)?.authors ?? []) {
        if (author.key === key || seen.has(author.key)) continue;
        seen.add(author.key);
        coauthors.set(author.key, (coauthors.get(author.key) ?? 0) + 1);
      }
    }
    return { papers: ids.length, coauthors };
  });
}

export function splitNodeKey(key: string, identity: number): string {
  return `split\u0000${key}\u0000${identity}`;
}

/** Identities whose labels are always drawn; beyond these, sigma's label grid decides. */
export const LABELLED_IDENTITIES = 8;

/** Adds the identity nodes for `key`; returns their keys. Call `removeSplitNodes` first. */
export function addSplitNodes(graph: ViewGraph, key: string, groups: SplitGroup[]): string[] {
  if (!graph.hasNode(key)) return [];
  const origin = graph.getNodeAttributes(key);
  const angles = ringAngles(groups.map((group) => towardsCoauthors(graph, origin, group)));
  const radius = ringRadius(graph, key, groups.length);
  return groups.map((group, i) => {
    const node = splitNodeKey(key, i);
    graph.addNode(node, {
      x: origin.x + radius * Math.cos(angles[i]!),
      y: origin.y + radius * Math.sin(angles[i]!),
      size: Math.max(2.5, origin.size * Math.sqrt(group.papers / Math.max(1, origin.papers))),
      label: `${origin.label} · ${i + 1}`,
      papers: group.papers,
      community: origin.community,
      splitOf: key,
      identity: i,
    });
    for (const [coauthor, shared] of group.coauthors) {
      if (!graph.hasNode(coauthor)) continue;
      graph.addUndirectedEdge(node, coauthor, {
        weight: shared,
        size: Math.min(4, 0.6 + Math.log2(shared)),
        splitOf: key,
      });
    }
    return node;
  });
}

/** Direction from the name to the centre of an identity's co-authors; NaN without co-authors. */
function towardsCoauthors(graph: ViewGraph, origin: ViewNode, group: SplitGroup): number {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const coauthor of group.coauthors.keys()) {
    if (!graph.hasNode(coauthor)) continue;
    const at = graph.getNodeAttributes(coauthor);
    sx += at.x - origin.x;
    sy += at.y - origin.y;
    n++;
  }
  return n > 0 && (sx !== 0 || sy !== 0) ? Math.atan2(sy, sx) : NaN;
}

/**
 * Evenly spaced angles, one per identity, handed out in the order of the directions the identities
 * lean to (identities without co-authors last) and turned to follow those directions as closely
 * as possible. Evenly spaced, so identity nodes and their labels never pile up on one spot. Pure.
 */
export function ringAngles(preferred: number[]): number[] {
  const k = preferred.length;
  const step = (2 * Math.PI) / Math.max(k, 1);
  const order = preferred
    .map((angle, i) => ({ angle, i }))
    .sort((a, b) => (Number.isNaN(a.angle) ? 1 : Number.isNaN(b.angle) ? -1 : a.angle - b.angle));
  // The turn: circular mean of how far each leaning direction is from its slot.
  let sin = 0;
  let cos = 0;
  order.forEach(({ angle }, slot) => {
    if (Number.isNaN(angle)) return;
    sin += Math.sin(angle - slot * step);
    cos += Math.cos(angle - slot * step);
  });
  const turn = sin === 0 && cos === 0 ? -Math.PI / 2 : Math.atan2(sin, cos);
  const angles = new Array<number>(k);
  order.forEach(({ i }, slot) => (angles[i] = turn + slot * step));
  return angles;
}

/** Half the median distance from the name to its co-authors, wider when many identities share it. */
function ringRadius(graph: ViewGraph, key: string, identities: number): number {
  const origin = graph.getNodeAttributes(key);
  const distances: number[] = [];
  graph.forEachNeighbor(key, (_neighbor, at) => {
    if (at.splitOf === undefined) distances.push(Math.hypot(at.x - origin.x, at.y - origin.y));
  });
  distances.sort((a, b) => a - b);
  const median = distances[Math.floor(distances.length / 2)] ?? 0;
  const base = median > 0 ? median / 2 : Math.max(origin.size, 4) * 3;
  return base * Math.max(1, Math.sqrt(identities / 6));
}

export function removeSplitNodes(graph: ViewGraph): void {
  const split = graph.filterNodes((_key, attributes) => attributes.splitOf !== undefined);
  for (const node of split) graph.dropNode(node);
}
