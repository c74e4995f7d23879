// What the overview draws: every author under the budget; above it, a bounded graph of community
// nodes whatever the corpus size, which opens into a community's busiest authors or a name's
// strongest co-authors, all at the same seed positions the full drawing would use.
import { describe, expect, it } from "vitest";
import { collidingCorpus } from "../../src/cli/bench/collidingCorpus";
import { buildCorpusGraph } from "../../src/worker/loadCorpus";
import {
  COMMUNITY_LINKS,
  COMMUNITY_NODES,
  communityLabel,
  expandCommunity,
  fitsBudget,
  neighbourhood,
} from "../../src/worker/overviewPayload";
import { communityNodeKey, communityOfNodeKey } from "../../src/worker/protocol";

const noProgress = (): void => undefined;
const corpus = collidingCorpus({ papers: 4000, seed: 5 });

describe("overview budget", () => {
  it.each([
    [9254, 37127, 60_000, true],
    [9553, 47220, 60_000, true],
    [86532, 461423, 60_000, false],
    [100, 50, 150, true],
    [100, 51, 150, false],
  ])("%i nodes + %i edges under %i: drawn author by author %s", (n, e, budget, fits) => {
    expect(fitsBudget(n, e, budget)).toBe(fits);
  });

  it("draws every author and co-authorship of a corpus under the budget", () => {
    const { payload, csr } = buildCorpusGraph(corpus, noProgress);
    expect(payload.aggregated).toBe(false);
    expect(payload.keys).toHaveLength(csr.nodeCount);
    expect(payload.source).toHaveLength(csr.edgeCount);
    expect([...payload.members].every((m) => m === 0)).toBe(true);
  });

  it("above the budget, draws at most the largest communities and their strongest links", () => {
    const { payload, communities, drawn } = buildCorpusGraph(corpus, noProgress, 1000);
    expect(payload.aggregated).toBe(true);
    expect(payload.keys.length).toBe(Math.min(COMMUNITY_NODES, communities.count));
    expect(payload.source.length).toBeLessThanOrEqual(COMMUNITY_LINKS);
    payload.keys.forEach((key, i) => {
      const c = communityOfNodeKey(key)!;
      expect(payload.community[i]).toBe(c);
      expect(payload.members[i]).toBe(communities.sizes[c]);
      expect(payload.x[i]).toBeCloseTo(drawn.layout.discs[c]!.cx, 3);
    });
    const members = [...payload.members];
    expect(members).toEqual([...members].sort((a, b) => b - a));
    expect(payload.communitySizes).toEqual(communities.sizes.slice(0, 500));
    expect(payload.communityHubs[0]).toBe(payload.labels[0]!.replace(/ \+[\d,]+$/, ""));
  });
});

describe("opening an aggregated overview", () => {
  const { drawn, csr } = buildCorpusGraph(corpus, noProgress, 1000);

  it("opens a community into its busiest authors at their seed positions, linked among them", () => {
    const patch = expandCommunity(drawn, 0, 20);
    expect(patch.replaces).toEqual([communityNodeKey(0)]);
    expect(patch.nodes).toHaveLength(20);
    const papers = patch.nodes.map((n) => n.papers);
    expect(papers).toEqual([...papers].sort((a, b) => b - a));
    const keys = new Set(patch.nodes.map((n) => n.key));
    for (const node of patch.nodes) {
      const i = csr.keys.indexOf(node.key);
      expect(drawn.community[i]).toBe(0);
      expect([node.x, node.y]).toEqual([drawn.layout.x[i], drawn.layout.y[i]]);
    }
    expect(patch.edges.length).toBeGreaterThan(0);
    expect(patch.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
  });

  it("shows a name with its strongest co-authors, strongest first, and nothing else", () => {
    const node = csr.keys.indexOf("wei wang");
    const patch = neighbourhood(drawn, node, 5);
    expect(patch.nodes[0]!.key).toBe("wei wang");
    expect(patch.nodes).toHaveLength(Math.min(6, 1 + csr.offsets[node + 1]! - csr.offsets[node]!));
    const weights = patch.edges.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(patch.edges.every((e) => e.source === "wei wang")).toBe(true);
  });

  it.each([
    ["Wei Wang", 1204, "Wei Wang +1,203"],
    ["Ann Lee", 1, "Ann Lee"],
  ])("labels the community of %s with %i authors %s", (hub, authors, label) => {
    expect(communityLabel(hub, authors)).toBe(label);
  });

  it("tells community nodes from authors by key", () => {
    expect(communityOfNodeKey(communityNodeKey(12))).toBe(12);
    expect(communityOfNodeKey("community 12")).toBeUndefined();
    expect(communityOfNodeKey("\u0000community\u0000x")).toBeUndefined();
  });
});
