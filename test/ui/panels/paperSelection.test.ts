import { describe, expect, it } from "vitest";
import {
  allSelected,
  deselectAll,
  NO_SELECTION,
  retain,
  selectAll,
  selectRange,
  toggle,
  type PaperSelection,
} from "../../../src/ui/panels/paperSelection";

const ORDER = ["p1", "p2", "p3", "p4", "p5", "p6"];
const ids = (selection: PaperSelection): string[] => [...selection.ids].sort();

describe("paper selection", () => {
  it("click toggles one paper and anchors there", () => {
    const one = toggle(NO_SELECTION, "p2");
    expect([ids(one), one.anchor]).toEqual([["p2"], "p2"]);
    const none = toggle(one, "p2");
    expect([ids(none), none.anchor]).toEqual([[], "p2"]);
  });

  it.each<[string, string | undefined, string, string[]]>([
    ["forwards from the anchor", "p2", "p5", ["p2", "p3", "p4", "p5"]],
    ["backwards from the anchor", "p5", "p2", ["p2", "p3", "p4", "p5"]],
    ["onto the anchor itself", "p3", "p3", ["p3"]],
    ["without an anchor: the paper alone", undefined, "p4", ["p4"]],
    ["with an anchor no longer shown: the paper alone", "gone", "p4", ["p4"]],
  ])("shift-click selects the range %s", (_, anchor, to, expected) => {
    const range = selectRange({ ids: new Set(), anchor }, ORDER, to);
    expect(ids(range)).toEqual(expected);
  });

  it("a range adds to what is selected and keeps the anchor", () => {
    const start = toggle(toggle(NO_SELECTION, "p6"), "p1");
    const range = selectRange(start, ORDER, "p3");
    expect([ids(range), range.anchor]).toEqual([["p1", "p2", "p3", "p6"], "p1"]);
  });

  it("a range onto a paper not shown changes nothing", () => {
    const start = toggle(NO_SELECTION, "p1");
    expect(selectRange(start, ORDER, "elsewhere")).toBe(start);
  });

  it("selects and clears whole identities or filter results", () => {
    const some = selectAll(toggle(NO_SELECTION, "p1"), ["p3", "p4"]);
    expect(ids(some)).toEqual(["p1", "p3", "p4"]);
    expect(allSelected(some, ["p3", "p4"])).toBe(true);
    expect(allSelected(some, ["p3", "p5"])).toBe(false);
    expect(allSelected(some, [])).toBe(false);
    expect(ids(deselectAll(some, ["p1", "p3"]))).toEqual(["p4"]);
  });

  it("drops papers that are not the name's any more, and the anchor with them", () => {
    const selection = selectAll(toggle(NO_SELECTION, "p1"), ["p2", "x"]);
    const kept = retain(selection, new Set(["p2", "p3"]));
    expect([ids(kept), kept.anchor]).toEqual([["p2"], undefined]);
    const same = retain(toggle(NO_SELECTION, "p2"), new Set(["p2"]));
    expect(retain(same, new Set(["p2"]))).toBe(same);
  });
});
