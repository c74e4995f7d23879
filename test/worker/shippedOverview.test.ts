// The overview shipped beside the default corpus is what the Worker would compute from it: a
// corpus, graph build, Louvain or layout change that is not followed by `npm run build:corpus`
// fails here instead of drawing a stale first frame (the app would also replace it once built).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collidingCorpus } from "../../src/cli/bench/collidingCorpus";
import { defaultOverview, DEFAULT_OVERVIEW_PATH } from "../../src/cli/defaultOverview";
import { buildCorpusGraph } from "../../src/worker/loadCorpus";
import type { GraphPayload } from "../../src/worker/protocol";
import { decodeOverview, encodeOverview, sameOverview } from "../../src/worker/shippedOverview";

const noProgress = (): void => undefined;

describe("shipped default overview", () => {
  it("equals a fresh computation from data/default-corpus.json", async () => {
    const shipped = decodeOverview(readFileSync(DEFAULT_OVERVIEW_PATH, "utf8"), "id", "label");
    const fresh = await defaultOverview();
    expect(shipped.keys).toEqual(fresh.keys);
    expect([...shipped.community]).toEqual([...fresh.community]);
    expect(sameOverview(shipped, fresh)).toBe(true);
    expect(shipped.corpus).toMatchObject({ id: "id", label: "label" });
  }, 60_000);
});

describe("overview encoding", () => {
  const { payload } = buildCorpusGraph(collidingCorpus({ papers: 300, seed: 3 }), noProgress);
  const roundTrip = (p: GraphPayload): GraphPayload =>
    decodeOverview(encodeOverview(p), p.corpus.id, p.corpus.label);

  it("round-trips every column exactly", () => {
    const back = roundTrip(payload);
    expect(sameOverview(back, payload)).toBe(true);
    expect(back.x).toBeInstanceOf(Float32Array);
    expect(back.source).toBeInstanceOf(Uint32Array);
    expect([...back.weight]).toEqual([...payload.weight]);
  });

  it.each<[string, (p: GraphPayload) => void]>([
    ["a moved node", (p) => (p.x[3] = p.x[3]! + 1)],
    ["another community", (p) => (p.community[0] = p.community[0]! + 1)],
    ["a heavier edge", (p) => (p.weight[0] = p.weight[0]! * 2)],
    ["a renamed node", (p) => (p.labels[1] = "someone else")],
    ["another modularity", (p) => (p.modularity += 0.01)],
  ])("tells %s apart", (_what, change) => {
    const changed = roundTrip(payload);
    change(changed);
    expect(sameOverview(changed, payload)).toBe(false);
  });

  it.each([
    ["another version", (text: string) => text.replace('"version":1', '"version":0'), /version 0/],
    ["a cut column", (text: string) => text.replace(/"x":"[A-Za-z0-9+/]{16}/, '"x":"'), /lengths/],
  ])("rejects a file of %s", (_what, spoil, message) => {
    expect(() => decodeOverview(spoil(encodeOverview(payload)), "a", "b")).toThrow(message);
  });
});
