import { describe, expect, it } from "vitest";
import { communityColour, identityColour, THEMES } from "../../../src/ui/graph/appearance";
import { deriveEmphasis, type EmphasisInput } from "../../../src/ui/graph/emphasis";
import {
  edgeAppearance,
  NO_EMPHASIS,
  nodeAppearance,
  type Emphasis,
} from "../../../src/ui/graph/reducers";
import { LABELLED_IDENTITIES } from "../../../src/ui/graph/splitOverlay";
import { SPLIT_NODES, viewGraph } from "./viewGraphFixture";

const theme = THEMES.light;
const graph = viewGraph({ split: true });

function emphasisOf(patch: Partial<EmphasisInput>): Emphasis {
  const input = { selected: undefined, hovered: undefined, community: undefined, splitNodes: [] };
  return deriveEmphasis(graph, { ...input, ...patch }, theme);
}

const node = (key: string, emphasis: Emphasis) =>
  nodeAppearance(key, graph.getNodeAttributes(key), emphasis, theme);

const edge = (source: string, target: string, emphasis: Emphasis) =>
  edgeAppearance(
    graph.getEdgeAttributes(source, target),
    { key: source, node: graph.getNodeAttributes(source) },
    { key: target, node: graph.getNodeAttributes(target) },
    emphasis,
    theme,
  );

/** What a node looks like: hidden, faded, central, highlighted or plain. */
function look(key: string, emphasis: Emphasis): string {
  const display = node(key, emphasis);
  if (display.hidden) return "hidden";
  if (display.color === theme.faded) return "faded";
  const marks = [
    display.zIndex === 2 && "central",
    display.forceLabel && "labelled",
    display.highlighted && "highlighted",
  ].filter(Boolean);
  return marks.length > 0 ? marks.join(" ") : "plain";
}

const looks = (emphasis: Emphasis, keys = ["a", "b", "c", "d", "e"]) =>
  Object.fromEntries(keys.map((key) => [key, look(key, emphasis)]));

describe("nodeAppearance", () => {
  it("draws a node at its position with its label, size and community colour", () => {
    expect(node("d", NO_EMPHASIS)).toEqual({
      x: "D".charCodeAt(0),
      y: 0,
      size: 3,
      label: "D",
      color: communityColour(1, theme),
      zIndex: 1,
      forceLabel: false,
      highlighted: false,
    });
  });

  it("colours split nodes by identity", () => {
    expect(SPLIT_NODES.map((key) => node(key, NO_EMPHASIS).color)).toEqual([
      identityColour(0, theme),
      identityColour(1, theme),
    ]);
  });

  it.each<[string, Partial<EmphasisInput>, Record<string, string>]>([
    ["no emphasis", {}, { a: "plain", b: "plain", c: "plain", d: "plain", e: "plain" }],
    [
      "a selection: its co-authors bright, the rest faded",
      { selected: "b" },
      { a: "plain", b: "central labelled highlighted", c: "plain", d: "faded", e: "faded" },
    ],
    [
      "a hover over a selection",
      { selected: "b", hovered: "d" },
      { a: "faded", b: "faded", c: "plain", d: "central labelled highlighted", e: "plain" },
    ],
    [
      "a community filter: other communities hidden",
      { community: 1 },
      { a: "hidden", b: "hidden", c: "hidden", d: "plain", e: "plain" },
    ],
    [
      "a community filter lets the selected node through",
      { community: 1, selected: "b" },
      { a: "hidden", b: "central labelled highlighted", c: "hidden", d: "faded", e: "faded" },
    ],
    [
      "split view: the split node hidden, its co-authors bright",
      { selected: "b", splitNodes: SPLIT_NODES },
      { a: "plain", b: "hidden", c: "plain", d: "plain", e: "faded" },
    ],
  ])("%s", (_, patch, expected) => {
    expect(looks(emphasisOf(patch))).toEqual(expected);
  });

  it("makes split nodes central and lets them through a community filter", () => {
    const emphasis = emphasisOf({ selected: "b", splitNodes: SPLIT_NODES, community: 1 });
    expect(looks(emphasis, SPLIT_NODES)).toEqual({
      "b#0": "central labelled",
      "b#1": "central labelled",
    });
  });

  it("forces the labels of the first identities only, so dozens of them do not pile up", () => {
    const emphasis = emphasisOf({ selected: "b", splitNodes: SPLIT_NODES });
    const attributes = graph.getNodeAttributes("b#1");
    const at = (identity: number) =>
      nodeAppearance("b#1", { ...attributes, identity }, emphasis, theme).forceLabel;
    expect([at(0), at(LABELLED_IDENTITIES - 1), at(LABELLED_IDENTITIES)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("tints co-authors in split view and drops the labels of faded nodes", () => {
    const emphasis = emphasisOf({ selected: "b", splitNodes: SPLIT_NODES });
    expect(node("a", emphasis).color).toBe(identityColour(0, theme));
    expect(node("c", emphasis).color).toBe(communityColour(0, theme));
    expect(node("e", emphasis)).toMatchObject({ color: theme.faded, label: null, zIndex: 0 });
  });
});

describe("edgeAppearance", () => {
  it.each<[string, Partial<EmphasisInput>, [string, string], Record<string, unknown>]>([
    ["no emphasis: plain", {}, ["a", "b"], { color: theme.edge, size: 1 }],
    [
      "an edge of the selected node: focused",
      { selected: "b" },
      ["a", "b"],
      { color: theme.edgeFocus, size: 1.5, zIndex: 1 },
    ],
    [
      "an edge away from the selected node: hidden",
      { selected: "b" },
      ["c", "d"],
      { hidden: true },
    ],
    [
      "an edge leaving the filtered community: hidden",
      { community: 1 },
      ["c", "d"],
      { hidden: true },
    ],
    [
      "an edge inside the filtered community: plain",
      { community: 1 },
      ["d", "e"],
      { color: theme.edge, size: 1 },
    ],
    [
      "an edge of the node split view replaces: hidden",
      { selected: "b", splitNodes: SPLIT_NODES },
      ["a", "b"],
      { hidden: true },
    ],
    [
      "an edge of a split node: in its identity's colour",
      { selected: "b", splitNodes: SPLIT_NODES },
      ["b#1", "d"],
      { color: identityColour(1, theme), size: 1.5, zIndex: 1 },
    ],
  ])("%s", (_, patch, [source, target], expected) => {
    expect(edge(source, target, emphasisOf(patch))).toEqual(expected);
  });
});
