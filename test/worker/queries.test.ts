import { describe, expect, it, vi } from "vitest";
import { indexCorpus } from "../../src/core/corpusIndex";
import { prepareSplit, suggestSplit } from "../../src/core/split";
import { buildWorkspace } from "../../src/core/workspace/workspaceModel";
import { CorpusQueries } from "../../src/worker/queries";
import { twoAnnLees } from "./twoAnnLees";

const corpus = twoAnnLees;

// The real layout, counted: which query laid a workspace out.
vi.mock("../../src/core/workspace/workspaceModel", async (original) => {
  const real = await original<typeof import("../../src/core/workspace/workspaceModel")>();
  return { ...real, buildWorkspace: vi.fn(real.buildWorkspace) };
});

// The real preparation, counted: which query prepared a name for splitting.
vi.mock("../../src/core/split", async (original) => {
  const real = await original<typeof import("../../src/core/split")>();
  return { ...real, prepareSplit: vi.fn(real.prepareSplit) };
});

function queries(): CorpusQueries {
  const index = indexCorpus(corpus);
  return new CorpusQueries(index, index.communities());
}

describe("CorpusQueries: the name query reuses what triage computed", () => {
  it("answers the plain name with the very suggestion triage asked for", () => {
    const q = queries();
    const fromTriage = q.defaultSuggestion("ann lee");
    expect(fromTriage).toEqual(suggestSplit(q.index, "ann lee", { seed: 1 }));
    expect(q.name("ann lee", 1)!.suggestion).toBe(fromTriage);
  });

  it("computes anew at another resolution or around decisions", () => {
    const q = queries();
    const fromTriage = q.defaultSuggestion("ann lee");
    expect(q.name("ann lee", 2)!.suggestion).not.toBe(fromTriage);
    const decided = q.name("ann lee", 1, { together: [["1", "3"]] })!.suggestion;
    expect(decided).not.toBe(fromTriage);
    expect(decided.identities.find((i) => i.paperIds.includes("1"))!.paperIds).toContain("3");
  });

  it("lays out the names triage keeps, so opening one sends the workspace made then", () => {
    const q = queries();
    const layouts = vi.mocked(buildWorkspace);
    layouts.mockClear();
    const fromTriage = q.defaultSuggestion("ann lee");
    expect(layouts).toHaveBeenCalledTimes(1);
    const before = q.leanName("ann lee", 1)!.workspace;
    expect(layouts).toHaveBeenCalledTimes(1);
    expect(q.name("ann lee", 1)!.workspace).toBe(before);
    expect(before.identities.map((i) => i.paperIds.length).sort()).toEqual(
      fromTriage.identities.map((i) => i.paperIds.length).sort(),
    );
  });

  it("gives triage the suggestion a name query already made", () => {
    const q = queries();
    const answered = q.name("ann lee", 1)!.suggestion;
    expect(q.defaultSuggestion("ann lee")).toBe(answered);
  });
});

describe("CorpusQueries: the open name is prepared once", () => {
  it("answers a resolution change by clustering again, as a fresh split would", () => {
    const q = queries();
    const prepares = vi.mocked(prepareSplit);
    prepares.mockClear();
    q.defaultSuggestion("ann lee");
    expect(prepares).toHaveBeenCalledTimes(1);
    for (const resolution of [2, 0.5, 1.5]) {
      const answer = q.name("ann lee", resolution, { together: [], apart: [], unassigned: [] })!;
      expect(answer.suggestion).toEqual(suggestSplit(q.index, "ann lee", { resolution }));
    }
    expect(prepares).toHaveBeenCalledTimes(1);
  });

  it("prepares again around new decisions, then keeps that preparation", () => {
    const q = queries();
    const prepares = vi.mocked(prepareSplit);
    q.name("ann lee", 1);
    prepares.mockClear();
    const constraints = { apart: [["1", "2"]] as [string, string][] };
    for (const resolution of [1, 3, 0.2]) {
      const answer = q.name("ann lee", resolution, constraints)!;
      expect(answer.suggestion).toEqual(
        suggestSplit(q.index, "ann lee", { resolution, constraints }),
      );
    }
    expect(prepares).toHaveBeenCalledTimes(1);
  });
});

describe("CorpusQueries: answers for a page that holds the name already", () => {
  it("leaves the papers out of a lean answer, the rest as the full one says", () => {
    const q = queries();
    const full = q.name("ann lee", 2)!;
    const lean = q.leanName("ann lee", 2)!;
    expect(lean).not.toHaveProperty("papers");
    expect({ ...lean, papers: full.papers }).toEqual(full);
    expect(full.papers.map((p) => p.id).sort()).toEqual(["1", "2", "3", "4"]);
  });

  it("lays out a suggestion's workspace once (the same split asked again reuses it)", () => {
    const q = queries();
    const first = q.name("ann lee", 1)!;
    expect(q.leanName("ann lee", 1)!.workspace).toBe(first.workspace);
    const decided = q.leanName("ann lee", 1, { together: [["1", "3"]] })!;
    expect(decided.workspace).not.toBe(first.workspace);
    expect(decided.workspace.identities.find((i) => i.paperIds.includes("1"))!.paperIds).toContain(
      "3",
    );
  });
});
