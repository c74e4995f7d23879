// The overview of a corpus too large to draw author by author: its co-author communities as nodes
// (size = authors, named after their busiest author) joined by the summed co-authorship between
// them, the largest communities and strongest links only, so it draws in bounded time whatever the
// corpus size. Linear in the graph: one pass over the adjacency.
import type { CoauthorCsr } from "./csrGraph";

export interface OverviewCommunity {
  community: number;
  authors: number;
  /** Summed paper counts of its authors (mentions). */
  mentions: number;
  /** The author with most papers: names the community. */
  hub: { key: string; label: string; papers: number };
}

export interface OverviewLink {
  source: number;
  target: number;
  /** Summed fractional co-authorship between the two communities. */
  weight: number;
}

export interface CorpusOverview {
  communities: OverviewCommunity[];
  links: OverviewLink[];
  /** Communities in the corpus, of which `communities` lists the largest. */
  communityCount: number;
}

export interface OverviewLimits {
  communities?: number;
  links?: number;
}

/** `community[i]` is node i's community, numbered largest first (see renumberBySize). */
export function communityOverview(
  csr: CoauthorCsr,
  community: ArrayLike<number>,
  limits: OverviewLimits = {},
): CorpusOverview {
  const n = csr.nodeCount;
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, community[i]! + 1);
  const shown = Math.min(count, limits.communities ?? 500);
  const authors = new Uint32Array(count);
  const mentions = new Float64Array(count);
  const hub = new Int32Array(count).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    authors[c]!++;
    mentions[c]! += csr.papers[i]!;
    if (hub[c]! < 0 || csr.papers[i]! > csr.papers[hub[c]!]!) hub[c] = i;
  }
  // Links between shown communities, summed with a map keyed by the pair (communities ≪ edges).
  const between = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const a = community[i]!;
    if (a >= shown) continue;
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
      const b = community[csr.targets[e]!]!;
      if (b <= a || b >= shown) continue;
      const key = a * shown + b;
      between.set(key, (between.get(key) ?? 0) + csr.weights[e]!);
    }
  }
  const links = [...between]
    .map(([key, weight]) => ({ source: Math.floor(key / shown), target: key % shown, weight }))
    .sort((x, y) => y.weight - x.weight || x.source - y.source || x.target - y.target)
    .slice(0, limits.links ?? 3000);
  const communities: OverviewCommunity[] = [];
  for (let c = 0; c < shown; c++) {
    const h = hub[c]!;
    communities.push({
      community: c,
      authors: authors[c]!,
      mentions: mentions[c]!,
      hub: { key: csr.keys[h]!, label: csr.labels[h]!, papers: csr.papers[h]! },
    });
  }
  return { communities, links, communityCount: count };
}
