import { describe, expect, it } from "vitest";
import { identityColour, THEMES } from "../../../src/ui/graph/appearance";
import { deriveEmphasis, type EmphasisInput } from "../../../src/ui/graph/emphasis";
import { SPLIT_NODES, viewGraph } from "./viewGraphFixture";

const theme = THEMES.light;
const input = (patch: Partial<EmphasisInput>): EmphasisInput => ({
  selected: undefined,
  hovered: undefined,
  community: undefined,
  splitNodes: [],
  ...patch,
});
const sorted = (set: ReadonlySet<string> | undefined): string[] | undefined =>
  set && [...set].sort();

describe("deriveEmphasis without split view", () => {
  it.each<[string, Partial<EmphasisInput>, string[], string[] | undefined]>([
    ["nothing selected: everything bright", {}, [], undefined],
    ["a selected node and its co-authors", { selected: "b" }, ["b"], ["a", "b", "c"]],
    ["a hovered node", { hovered: "d" }, ["d"], ["c", "d", "e"]],
    ["hover wins over the selection", { selected: "b", hovered: "e" }, ["e"], ["d", "e"]],
    ["a selected name not in the graph is ignored", { selected: "zz" }, [], undefined],
    [
      "a hovered name not in the graph is ignored",
      { selected: "a", hovered: "zz" },
      ["a"],
      ["a", "b"],
    ],
    // Split nodes without a selection are not a split view.
    ["split nodes without a selection", { splitNodes: SPLIT_NODES }, [], undefined],
  ])("%s", (_, patch, centres, focus) => {
    const emphasis = deriveEmphasis(viewGraph(), input(patch), theme);
    expect(sorted(emphasis.centres)).toEqual(centres);
    expect(sorted(emphasis.focus)).toEqual(focus);
    expect(emphasis.hidden.size).toBe(0);
    expect(emphasis.tint.size).toBe(0);
  });

  it("keeps only the selection and hover that exist, and passes the community filter on", () => {
    const emphasis = deriveEmphasis(
      viewGraph(),
      input({ selected: "zz", hovered: "c", community: 1 }),
      theme,
    );
    expect([emphasis.selected, emphasis.hovered, emphasis.community]).toEqual([undefined, "c", 1]);
  });
});

describe("deriveEmphasis in split view", () => {
  const split = input({ selected: "b", splitNodes: SPLIT_NODES });

  it("centres on the split nodes and hides the node they replace", () => {
    const emphasis = deriveEmphasis(viewGraph({ split: true }), split, theme);
    expect(sorted(emphasis.centres)).toEqual(SPLIT_NODES);
    expect(sorted(emphasis.focus)).toEqual(["a", "b#0", "b#1", "c", "d"]);
    expect(sorted(emphasis.hidden)).toEqual(["b"]);
    expect(emphasis.selected).toBe("b");
  });

  it("tints co-authors of exactly one identity with its colour, shared ones not at all", () => {
    const { tint } = deriveEmphasis(viewGraph({ split: true }), split, theme);
    expect(Object.fromEntries(tint)).toEqual({
      a: identityColour(0, theme),
      d: identityColour(1, theme),
    });
  });

  it("still hides the split node and keeps the split nodes bright while another is hovered", () => {
    const emphasis = deriveEmphasis(viewGraph({ split: true }), { ...split, hovered: "e" }, theme);
    expect(sorted(emphasis.centres)).toEqual(["e"]);
    expect(sorted(emphasis.focus)).toEqual(["b#0", "b#1", "d", "e"]);
    expect(sorted(emphasis.hidden)).toEqual(["b"]);
  });
});
