import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexCorpus } from "../../src/core/corpusIndex";
import type { TriageProgress } from "../../src/worker/protocol";
import { QUIET_AFTER_QUERY_MS, QueryActivity, runTriage } from "../../src/worker/triageRunner";
import { twoAnnLees } from "./twoAnnLees";

const corpus = twoAnnLees;

describe("runTriage: queries come first", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "performance"] }));
  afterEach(() => vi.useRealTimers());

  it("ranks every name at once when no query was asked", () => {
    const posts: TriageProgress[] = [];
    runTriage(indexCorpus(corpus), (p) => posts.push(p), undefined, new QueryActivity());
    expect(posts.at(-1)).toMatchObject({ done: 3, total: 3 });
  });

  it("stays off the Worker while queries are recent, then ranks the same names", () => {
    const index = indexCorpus(corpus);
    const undisturbed: TriageProgress[] = [];
    runTriage(index, (p) => undisturbed.push(p), undefined, new QueryActivity());

    const queries = new QueryActivity();
    queries.note();
    const posts: TriageProgress[] = [];
    runTriage(index, (p) => posts.push(p), undefined, queries);
    expect(posts).toEqual([]);
    vi.advanceTimersByTime(QUIET_AFTER_QUERY_MS / 2);
    // Another query meanwhile: the quiet starts again from it.
    queries.note();
    vi.advanceTimersByTime(QUIET_AFTER_QUERY_MS - 1);
    expect(posts).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(posts.at(-1)).toEqual(undisturbed.at(-1));
  });
});

describe("QueryActivity", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["performance"] }));
  afterEach(() => vi.useRealTimers());

  it("asks background work to wait out the quiet after the latest query", () => {
    const queries = new QueryActivity();
    expect(queries.quietIn()).toBe(0);
    queries.note();
    expect(queries.quietIn()).toBe(QUIET_AFTER_QUERY_MS);
    vi.advanceTimersByTime(400);
    expect(queries.quietIn()).toBe(QUIET_AFTER_QUERY_MS - 400);
    vi.advanceTimersByTime(QUIET_AFTER_QUERY_MS);
    expect(queries.quietIn()).toBe(0);
  });

  it("holds background work while a query is being answered, however long it takes", () => {
    const queries = new QueryActivity();
    queries.asked();
    vi.advanceTimersByTime(10 * QUIET_AFTER_QUERY_MS);
    expect(queries.quietIn()).toBe(QUIET_AFTER_QUERY_MS);
    queries.answered();
    vi.advanceTimersByTime(400);
    expect(queries.quietIn()).toBe(QUIET_AFTER_QUERY_MS - 400);
  });
});
