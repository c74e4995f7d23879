import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/core/coauthorGraph";
import { corpusOf, HAND_MADE_EDGES, HAND_MADE_NODES, handMadeCorpus } from "./coauthorCorpus";

describe("buildCoauthorGraph on a hand-made corpus", () => {
  const graph = buildCoauthorGraph(handMadeCorpus());

  it("has one node per name key and one edge per co-author pair", () => {
    expect(graph.order).toBe(HAND_MADE_NODES.length);
    expect(graph.size).toBe(HAND_MADE_EDGES.length);
    expect(graph.type).toBe("undirected");
  });

  it("keys nodes by nameKey, in order of first appearance", () => {
    expect(graph.nodes()).toEqual(HAND_MADE_NODES.map(([key]) => key));
  });

  it.each(HAND_MADE_NODES)("%j is on %i papers and labelled %j", (key, papers, label) => {
    expect(graph.getNodeAttributes(key)).toEqual({ label, papers });
  });

  it.each(HAND_MADE_EDGES)("%j and %j share %i papers, weight %d", (a, b, papers, weight) => {
    expect(graph.hasEdge(a, b)).toBe(true);
    expect(graph.getEdgeAttributes(a, b)).toEqual({ papers, weight });
  });

  it("gives a single-author paper's name a node without edges", () => {
    expect(graph.degree("dee solo")).toBe(0);
  });

  it("never links a name to itself when it is printed twice on one paper", () => {
    expect(graph.selfLoopCount).toBe(0);
    expect(graph.hasEdge("ann lee", "ann lee")).toBe(false);
  });
});

describe("buildCoauthorGraph: name-key rules", () => {
  it.each([
    ["case", ["Tom Jacobs", "TOM JACOBS", "tom jacobs"]],
    ["doubled, leading and trailing spaces", ["Tom Jacobs", "Tom  Jacobs", " Tom Jacobs "]],
    ["tabs and non-breaking spaces", ["Tom\tJacobs", "Tom\u00a0Jacobs"]],
    ["full-width letters", ["Tom Jacobs", "Ｔｏｍ Ｊａｃｏｂｓ"]],
  ])("collapses %s variants into one node", (_, spellings) => {
    const graph = buildCoauthorGraph(corpusOf(...spellings.map((name) => [name, "Ann Lee"])));
    expect(graph.nodes()).toEqual(["tom jacobs", "ann lee"]);
    expect(graph.getNodeAttribute("tom jacobs", "papers")).toBe(spellings.length);
    expect(graph.getEdgeAttributes("tom jacobs", "ann lee")).toEqual({
      papers: spellings.length,
      weight: spellings.length,
    });
  });

  it("keeps names that differ by accents apart (variants are reported, not merged)", () => {
    const graph = buildCoauthorGraph(corpusOf(["José García"], ["Jose Garcia"]));
    expect(graph.nodes()).toEqual(["josé garcía", "jose garcia"]);
  });

  it("counts a name printed twice on one paper once, for papers and for edge weights", () => {
    const graph = buildCoauthorGraph(corpusOf(["Ann Lee", "Bob Stone", "ANN  LEE", "ann lee"]));
    expect(graph.getNodeAttribute("ann lee", "papers")).toBe(1);
    expect(graph.getEdgeAttributes("ann lee", "bob stone")).toEqual({ papers: 1, weight: 1 });
    expect(graph.size).toBe(1);
  });

  it("labels a node with its most common printed spelling, not its first", () => {
    const graph = buildCoauthorGraph(
      corpusOf(["TOM JACOBS"], ["Tom Jacobs"], ["Tom Jacobs"], ["tom  jacobs"]),
    );
    expect(graph.getNodeAttribute("tom jacobs", "label")).toBe("Tom Jacobs");
  });

  it("does not count a repeat on one paper towards the label", () => {
    // Without the repeat rule "TOM JACOBS" would be printed twice and win.
    const graph = buildCoauthorGraph(
      corpusOf(["TOM JACOBS", "TOM JACOBS"], ["Tom Jacobs"], ["Tom Jacobs", "TOM JACOBS"]),
    );
    expect(graph.getNodeAttribute("tom jacobs", "label")).toBe("Tom Jacobs");
  });

  it("gives an empty corpus an empty graph", () => {
    const graph = buildCoauthorGraph(corpusOf());
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });
});
