import { describe, expect, it } from "vitest";
import { communityColour, THEMES } from "../../../src/ui/graph/appearance";
import { deriveEmphasis, type EmphasisInput } from "../../../src/ui/graph/emphasis";
import {
  edgeAppearance,
  NO_EMPHASIS,
  nodeAppearance,
  type Emphasis,
} from "../../../src/ui/graph/reducers";
import { viewGraph } from "./viewGraphFixture";

const theme = THEMES.light;
const graph = viewGraph();

function emphasisOf(patch: Partial<EmphasisInput>): Emphasis {
  const input = { selected: undefined, hovered: undefined, community: undefined };
  return deriveEmphasis(graph, { ...input, ...patch });
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
    (display.zIndex ?? 0) >= 200 && "central",
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
      zIndex: 103,
      forceLabel: false,
      highlighted: false,
    });
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
  ])("%s", (_, patch, expected) => {
    expect(looks(emphasisOf(patch))).toEqual(expected);
  });

  it("draws bigger discs above smaller ones at the same emphasis, so a click on a disc picks it", () => {
    const small = nodeAppearance(
      "a",
      { ...graph.getNodeAttributes("a"), size: 2 },
      NO_EMPHASIS,
      theme,
    );
    const big = nodeAppearance(
      "b",
      { ...graph.getNodeAttributes("b"), size: 14 },
      NO_EMPHASIS,
      theme,
    );
    expect(big.zIndex!).toBeGreaterThan(small.zIndex!);
    // Emphasis still comes first: a small selected node stays above a big plain one.
    const emphasis = emphasisOf({ selected: "a" });
    const selectedSmall = nodeAppearance(
      "a",
      { ...graph.getNodeAttributes("a"), size: 2 },
      emphasis,
      theme,
    );
    const plainBig = nodeAppearance(
      "b",
      { ...graph.getNodeAttributes("b"), size: 14 },
      emphasis,
      theme,
    );
    expect(selectedSmall.zIndex!).toBeGreaterThan(plainBig.zIndex!);
  });

  it("drops the labels of faded nodes", () => {
    const emphasis = emphasisOf({ selected: "b" });
    expect(node("e", emphasis)).toMatchObject({ color: theme.faded, label: null, zIndex: 3 });
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
  ])("%s", (_, patch, [source, target], expected) => {
    expect(edge(source, target, emphasisOf(patch))).toEqual(expected);
  });
});
