// Split view: the selected name's node is replaced by one node per identity, each joined to its
// own co-authors and placed between the original node and them, so the split is visible as shape.
import type { PaperView } from "../../worker/protocol";
import type { ViewGraph } from "./viewGraph";

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

/** Adds the identity nodes for `key`; returns their keys. Call `removeSplitNodes` first. */
export function addSplitNodes(graph: ViewGraph, key: string, groups: SplitGroup[]): string[] {
  if (!graph.hasNode(key)) return [];
  const origin = graph.getNodeAttributes(key);
  const spread = Math.max(origin.size, 4) * 3;
  return groups.map((group, i) => {
    const node = splitNodeKey(key, i);
    let sx = 0;
    let sy = 0;
    let n = 0;
    for (const coauthor of group.coauthors.keys()) {
      if (!graph.hasNode(coauthor)) continue;
      const at = graph.getNodeAttributes(coauthor);
      sx += at.x;
      sy += at.y;
      n++;
    }
    const angle = (2 * Math.PI * i) / groups.length;
    const ring = spread * (1 + (i % 3) * 0.35);
    const x = n > 0 ? (origin.x + sx / n) / 2 : origin.x + ring * Math.cos(angle);
    const y = n > 0 ? (origin.y + sy / n) / 2 : origin.y + ring * Math.sin(angle);
    graph.addNode(node, {
      x,
      y,
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

export function removeSplitNodes(graph: ViewGraph): void {
  const split = graph.filterNodes((_key, attributes) => attributes.splitOf !== undefined);
  for (const node of split) graph.dropNode(node);
}
