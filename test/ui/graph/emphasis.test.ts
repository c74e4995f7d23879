import { describe, expect, it } from "vitest";
import { deriveEmphasis, type EmphasisInput } from "../../../src/ui/graph/emphasis";
import { viewGraph } from "./viewGraphFixture";

const input = (patch: Partial<EmphasisInput>): EmphasisInput => ({
  selected: undefined,
  hovered: undefined,
  community: undefined,
  ...patch,
});
const sorted = (set: ReadonlySet<string> | undefined): string[] | undefined =>
  set && [...set].sort();

describe("deriveEmphasis", () => {
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
  ])("%s", (_, patch, centres, focus) => {
    const emphasis = deriveEmphasis(viewGraph(), input(patch));
    expect(sorted(emphasis.centres)).toEqual(centres);
    expect(sorted(emphasis.focus)).toEqual(focus);
  });

  it("keeps only the selection and hover that exist, and passes the community filter on", () => {
    const emphasis = deriveEmphasis(
      viewGraph(),
      input({ selected: "zz", hovered: "c", community: 1 }),
    );
    expect([emphasis.selected, emphasis.hovered, emphasis.community]).toEqual([undefined, "c", 1]);
  });
});
