// What the overview draws, decided by a budget of nodes + edges rather than by corpus: under it,
// every author and co-authorship (the seed layout's positions); above it, the largest communities
// as one node each, placed on their seed discs and joined by their strongest links, which the page
// opens on demand into a community's busiest authors or a name's strongest co-authors. Either way
// the page holds a bounded graph. Pure: runs in the Worker and in node tests.
import type { Communities } from "../core/communities";
import type { CoauthorCsr } from "../core/csr/csrGraph";
import { communityOverview, type OverviewCommunity, type OverviewLink } from "../core/csr/overview";
import {
  communityNodeKey,
  type CorpusSummary,
  type GraphPatch,
  type GraphPayload,
} from "./protocol";
import type { SeedPositions } from "./seedLayout";

/** Nodes + edges drawn author by author; the default corpus (9k authors, 37k links) fits. */
export const DEFAULT_BUDGET = 60_000;
/** Communities listed in the legend and sent with the overview. */
export const COMMUNITIES_LISTED = 500;
/** An aggregated overview's community nodes and links. */
export const COMMUNITY_NODES = 300;
export const COMMUNITY_LINKS = 1500;
/** Authors a community opens into, and co-authors shown around a name. */
export const EXPAND_AUTHORS = 250;
export const NEIGHBOURS = 150;

export interface DrawnCorpus {
  summary: CorpusSummary;
  csr: CoauthorCsr;
  communities: Communities;
  /** Node i's community (0 = largest). */
  community: Int32Array;
  layout: SeedPositions;
}

/** Whether a graph of `nodes` and `edges` is drawn author by author under `budget`. */
export function fitsBudget(nodes: number, edges: number, budget = DEFAULT_BUDGET): boolean {
  return nodes + edges <= budget;
}

export function overviewPayload(drawn: DrawnCorpus, budget = DEFAULT_BUDGET): GraphPayload {
  const { csr } = drawn;
  return fitsBudget(csr.nodeCount, csr.edgeCount, budget)
    ? fullPayload(drawn)
    : aggregatedPayload(drawn);
}

function communityLists(
  drawn: DrawnCorpus,
): Pick<GraphPayload, "communitySizes" | "communityHubs"> {
  const { csr, community, communities } = drawn;
  const listed = Math.min(communities.count, COMMUNITIES_LISTED);
  const hub = new Int32Array(listed).fill(-1);
  for (let i = 0; i < csr.nodeCount; i++) {
    const c = community[i]!;
    if (c < listed && (hub[c]! < 0 || csr.papers[i]! > csr.papers[hub[c]!]!)) hub[c] = i;
  }
  return {
    communitySizes: communities.sizes.slice(0, listed),
    communityHubs: Array.from(hub, (h) => (h >= 0 ? csr.labels[h]! : "")),
  };
}

function fullPayload(drawn: DrawnCorpus): GraphPayload {
  const { csr, community, layout } = drawn;
  const { nodeCount: n, offsets, targets, weights } = csr;
  const source = new Uint32Array(csr.edgeCount);
  const target = new Uint32Array(csr.edgeCount);
  const weight = new Float32Array(csr.edgeCount);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let at = offsets[i]!; at < offsets[i + 1]!; at++) {
      const j = targets[at]!;
      if (j <= i) continue;
      source[e] = i;
      target[e] = j;
      weight[e] = weights[at]!;
      e++;
    }
  }
  return {
    corpus: drawn.summary,
    aggregated: false,
    keys: csr.keys,
    labels: csr.labels,
    papers: Uint32Array.from(csr.papers),
    community: community.slice(),
    members: new Uint32Array(n),
    x: layout.x.slice(),
    y: layout.y.slice(),
    source: source.subarray(0, e).slice(),
    target: target.subarray(0, e).slice(),
    weight: weight.subarray(0, e).slice(),
    ...communityLists(drawn),
    communityCount: drawn.communities.count,
    modularity: drawn.communities.modularity,
  };
}

/** "Wei Wang +1,204": the community's busiest author and how many more it holds. */
export function communityLabel(hub: string, authors: number): string {
  return authors > 1 ? `${hub} +${(authors - 1).toLocaleString("en")}` : hub;
}

/**
 * The aggregated overview's columns: one node per community (its busiest author as label, at its
 * disc) and the links between the communities shown, at most `maxLinks`, strongest first as given.
 */
export function communityNodes(
  shown: readonly OverviewCommunity[],
  allLinks: readonly OverviewLink[],
  discOf: (community: OverviewCommunity, at: number) => { cx: number; cy: number },
  maxLinks = Infinity,
): Pick<
  GraphPayload,
  | "aggregated"
  | "keys"
  | "labels"
  | "papers"
  | "community"
  | "members"
  | "x"
  | "y"
  | "source"
  | "target"
  | "weight"
> {
  const index = new Map(shown.map((c, i) => [c.community, i]));
  const links = allLinks
    .filter((l) => index.has(l.source) && index.has(l.target))
    .slice(0, maxLinks);
  return {
    aggregated: true,
    keys: shown.map((c) => communityNodeKey(c.community)),
    labels: shown.map((c) => communityLabel(c.hub.label, c.authors)),
    papers: Uint32Array.from(shown, (c) => c.hub.papers),
    community: Int32Array.from(shown, (c) => c.community),
    members: Uint32Array.from(shown, (c) => c.authors),
    x: Float32Array.from(shown, (c, i) => discOf(c, i).cx),
    y: Float32Array.from(shown, (c, i) => discOf(c, i).cy),
    source: Uint32Array.from(links, (l) => index.get(l.source)!),
    target: Uint32Array.from(links, (l) => index.get(l.target)!),
    weight: Float32Array.from(links, (l) => l.weight),
  };
}

function aggregatedPayload(drawn: DrawnCorpus): GraphPayload {
  const { csr, community, layout } = drawn;
  const overview = communityOverview(csr, community, {
    communities: COMMUNITY_NODES,
    links: COMMUNITY_LINKS,
  });
  return {
    corpus: drawn.summary,
    ...communityNodes(overview.communities, overview.links, (c) => layout.discs[c.community]!),
    ...communityLists(drawn),
    communityCount: drawn.communities.count,
    modularity: drawn.communities.modularity,
  };
}

function authorNode(drawn: DrawnCorpus, i: number): GraphPatch["nodes"][number] {
  const { csr, community, layout } = drawn;
  return {
    key: csr.keys[i]!,
    label: csr.labels[i]!,
    papers: csr.papers[i]!,
    community: community[i]!,
    members: 0,
    x: layout.x[i]!,
    y: layout.y[i]!,
  };
}

/** Community c's busiest authors (at their seed positions) and the co-authorships among them. */
export function expandCommunity(drawn: DrawnCorpus, c: number, limit = EXPAND_AUTHORS): GraphPatch {
  const { csr, community } = drawn;
  const members: number[] = [];
  for (let i = 0; i < csr.nodeCount; i++) if (community[i] === c) members.push(i);
  members.sort((a, b) => csr.papers[b]! - csr.papers[a]! || a - b);
  const chosen = members.slice(0, limit);
  const inside = new Set(chosen);
  const edges: GraphPatch["edges"] = [];
  for (const i of chosen) {
    for (let at = csr.offsets[i]!; at < csr.offsets[i + 1]!; at++) {
      const j = csr.targets[at]!;
      if (j > i && inside.has(j))
        edges.push({ source: csr.keys[i]!, target: csr.keys[j]!, weight: csr.weights[at]! });
    }
  }
  return {
    replaces: [communityNodeKey(c)],
    nodes: chosen.map((i) => authorNode(drawn, i)),
    edges,
  };
}

/** Node `node` and its strongest co-authors, joined to it. */
export function neighbourhood(drawn: DrawnCorpus, node: number, limit = NEIGHBOURS): GraphPatch {
  const { csr } = drawn;
  const around: { j: number; weight: number }[] = [];
  for (let at = csr.offsets[node]!; at < csr.offsets[node + 1]!; at++)
    around.push({ j: csr.targets[at]!, weight: csr.weights[at]! });
  around.sort((a, b) => b.weight - a.weight || a.j - b.j);
  const kept = around.slice(0, limit);
  const key = csr.keys[node]!;
  return {
    replaces: [],
    nodes: [authorNode(drawn, node), ...kept.map(({ j }) => authorNode(drawn, j))],
    edges: kept.map(({ j, weight }) => ({ source: key, target: csr.keys[j]!, weight })),
  };
}
