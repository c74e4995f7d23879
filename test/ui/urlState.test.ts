import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/core/nameKey";
import type { ViewState } from "../../src/ui/state";
import { RESOLUTION_RANGE, readViewState, sameView, writeViewState } from "../../src/ui/urlState";

const DEFAULT_VIEW: ViewState = {
  selected: undefined,
  split: false,
  community: undefined,
  resolution: 1,
};
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("readViewState", () => {
  it.each<[string, Partial<ViewState>]>([
    ["", {}],
    ["?", {}],
    // A name opens on its workspace, unless the link asks for the whole network.
    ["?name=tom%20jacobs", { selected: "tom jacobs", split: true }],
    ["?name=tom+jacobs", { selected: "tom jacobs", split: true }],
    ["?name=%20tom%20jacobs%20", { selected: "tom jacobs", split: true }],
    ["?name=%20%20", {}],
    ["?name=", {}],
    ["?name=tom&split=1", { selected: "tom", split: true }],
    ["?name=tom&split=true", { selected: "tom", split: true }],
    ["?name=tom&split=0", { selected: "tom" }],
    // The workspace needs a name.
    ["?split=1", {}],
    ["?name=%20&split=1", {}],
    // Communities are numbered from 1 in links, as in the Communities tab.
    ["?community=1", { community: 0 }],
    ["?community=3", { community: 2 }],
    ["?community=0", {}],
    ["?community=-1", {}],
    ["?community=1.5", {}],
    ["?community=abc", {}],
    ["?community=", {}],
    ["?resolution=1.5", { resolution: 1.5 }],
    ["?resolution=0.2", { resolution: 0.2 }],
    ["?resolution=3", { resolution: 3 }],
    // Out-of-range resolutions are clamped to the slider's range, not dropped.
    ["?resolution=5", { resolution: RESOLUTION_RANGE.max }],
    ["?resolution=0.01", { resolution: RESOLUTION_RANGE.min }],
    ["?resolution=-2", { resolution: RESOLUTION_RANGE.min }],
    // Unreadable ones fall back to the default.
    ["?resolution=abc", {}],
    ["?resolution=Infinity", {}],
    ["?resolution=", {}],
    ["?corpus=dblp&name=ann%20lee&community=3", { selected: "ann lee", split: true, community: 2 }],
  ])("%j → %j", (search, expected) => {
    expect(readViewState(search)).toEqual(view(expected));
  });
});

describe("writeViewState", () => {
  it.each<[Partial<ViewState>, string, string]>([
    [{}, "", ""],
    [{ selected: "tom jacobs", split: true }, "", "?name=tom+jacobs"],
    [{ selected: "tom jacobs" }, "", "?name=tom+jacobs&split=0"],
    [
      { selected: "tom jacobs", community: 2, resolution: 1.5 },
      "",
      "?name=tom+jacobs&split=0&community=3&resolution=1.5",
    ],
    // Split view without a name is not written.
    [{ split: true }, "", ""],
    [{ community: 0 }, "", "?community=1"],
    // Parameters the view does not own, such as the corpus, are kept.
    [{ selected: "ann", split: true }, "?corpus=dblp", "?corpus=dblp&name=ann"],
    [{}, "?corpus=dblp&name=old&split=1&community=4&resolution=2", "?corpus=dblp"],
    [{ selected: "new", split: true }, "?name=old&corpus=x", "?corpus=x&name=new"],
    [{}, "?corpus=a%26b", "?corpus=a%26b"],
  ])("%j over %j → %j", (patch, current, expected) => {
    expect(writeViewState(view(patch), current)).toBe(expected);
  });

  it("round-trips any view through the address bar, keeping the corpus", () => {
    const anyView = fc.record({
      selected: fc.option(
        // The view holds name keys (what the graph and the panels key names by).
        fc.string({ minLength: 1 }).filter((s) => nameKey(s) === s && s !== ""),
        { nil: undefined },
      ),
      split: fc.boolean(),
      community: fc.option(fc.nat(), { nil: undefined }),
      resolution: fc.double({ min: RESOLUTION_RANGE.min, max: RESOLUTION_RANGE.max, noNaN: true }),
    });
    fc.assert(
      fc.property(anyView, fc.string(), (v, corpus) => {
        const current = `?${new URLSearchParams({ corpus })}`;
        const search = writeViewState(v, current);
        expect(readViewState(search)).toEqual({ ...v, split: v.split && v.selected !== undefined });
        expect(new URLSearchParams(search).get("corpus")).toBe(corpus);
      }),
    );
  });
});

describe("sameView", () => {
  it.each<[Partial<ViewState>, boolean]>([
    [{}, true],
    [{ selected: "tom" }, false],
    [{ split: true }, false],
    [{ community: 0 }, false],
    [{ resolution: 1.5 }, false],
  ])("the default view vs %j → %s", (patch, same) => {
    expect(sameView(DEFAULT_VIEW, view(patch))).toBe(same);
    expect(sameView(view(patch), DEFAULT_VIEW)).toBe(same);
  });
});

describe("names in links", () => {
  it.each([
    ["?name=Jianping%20Wang", "jianping wang"],
    ["?name=%20TOM%20%20JACOBS%20", "tom jacobs"],
    ["?name=Jos%C3%A9%20Garc%C3%ADa", "josé garcía"],
  ])("%s selects the name key %j, as the graph keys names", (search, key) => {
    expect(readViewState(search).selected).toBe(key);
  });
});
