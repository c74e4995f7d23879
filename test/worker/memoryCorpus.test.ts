import { describe, expect, it, vi } from "vitest";
import * as corpusIndex from "../../src/core/corpusIndex";
import { buildCorpusGraph } from "../../src/worker/loadCorpus";
import { memoryCorpus } from "../../src/worker/memoryCorpus";
import type { LoadStage } from "../../src/worker/protocol";
import { twoAnnLees } from "./twoAnnLees";

vi.mock("../../src/core/corpusIndex", async (original) => {
  const real = await original<typeof corpusIndex>();
  return { ...real, indexingSteps: vi.fn(real.indexingSteps) };
});

const noStep = (): void => undefined;

describe("memoryCorpus (a corpus read into the Worker)", () => {
  it("answers search before the split index is built, and name queries once it is", async () => {
    const indexCorpus = vi.mocked(corpusIndex.indexingSteps);
    indexCorpus.mockClear();
    const stages: LoadStage[] = [];
    const open = memoryCorpus(buildCorpusGraph(twoAnnLees, noStep), (stage) => stages.push(stage));
    const handlers = await open.handlers;
    // Usable (the corpus's `ready`) without the index: at 100k papers it takes seconds.
    expect(indexCorpus).not.toHaveBeenCalled();
    expect(stages).toEqual(["search"]);
    expect(handlers.search({ query: "ann", limit: 8 }, noStep)).toEqual([
      { key: "ann lee", label: "Ann Lee", papers: 4 },
    ]);
    // Asked now, answered once the index is in.
    const details = await handlers.name({ key: "ann lee", resolution: 1 }, noStep);
    expect(indexCorpus).toHaveBeenCalledTimes(1);
    const papers = details?.papers ?? [];
    expect(papers.map((p) => p.id).sort()).toEqual(["1", "2", "3", "4"]);
    expect(await handlers.papers({ ids: ["5"] }, noStep)).toHaveLength(1);
    expect((await handlers.neighbourhood({ key: "bo chen" }, noStep)).nodes.length).toBe(3);
    expect(indexCorpus).toHaveBeenCalledTimes(1);
  });

  it("starts triage only once the index is built", async () => {
    const indexCorpus = vi.mocked(corpusIndex.indexingSteps);
    indexCorpus.mockClear();
    const open = memoryCorpus(buildCorpusGraph(twoAnnLees, noStep), noStep);
    const first = new Promise((resolve) => open.startTriage(resolve));
    await first;
    expect(indexCorpus).toHaveBeenCalledTimes(1);
  });
});
