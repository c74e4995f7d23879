// A store's kept suggestions: after a batch run is merged, the app's Worker opens a name at the
// defaults from the suggestion the batch stored, and the answer is exactly the one a fresh split of
// its block gives; at another resolution, with decisions, or when the stored suggestion is of other
// papers, it splits fresh.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AsyncBuffer } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitModelId } from "../../src/core/split/modelId";
import { collidingCorpus } from "../../src/cli/bench/collidingCorpus";
import { indexCorpus } from "../../src/core/corpusIndex";
import type { SplitSuggestion } from "../../src/core/identity";
import { runBatch } from "../../src/store/batch";
import { mergeBatch } from "../../src/store/batchMerge";
import { buildStore } from "../../src/store/buildStore";
import { storeFolder } from "../../src/store/fileBuffers";
import { STORE_FILES, type StoreManifest } from "../../src/store/layout";
import { BLOCK_SEED, blockCorpus } from "../../src/store/nameBlock";
import { StoreReader, type StoreFiles } from "../../src/store/storeReader";
import { gzipText } from "../../src/store/storedSuggestion";
import { fetchNamePapers } from "../../src/ui/namePapers";
import type { OpenCorpus, QueryHandlers } from "../../src/worker/openCorpus";
import type { NameAnswer, NameDetails, QueryStep } from "../../src/worker/protocol";
import { CorpusQueries } from "../../src/worker/queries";
import { FACTS_COAUTHORS_SENT, storeAnswer } from "../../src/worker/storeBlocks";
import { openStoreCorpus } from "../../src/worker/storeCorpus";

const NO_COMMUNITIES = { communityOf: {}, sizes: [], count: 0, modularity: 0 };
let dir: string;
let store: string;
/** The busiest names of the store, and a few of two or three papers. */
let names: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "stored-suggestion-"));
  const corpus = collidingCorpus({ papers: 3000, seed: 5 });
  await writeFile(join(dir, "corpus.json"), JSON.stringify({ papers: corpus.papers }));
  store = join(dir, "store");
  await buildStore([join(dir, "corpus.json")], store);
  const out = join(dir, "shard.parquet");
  // Every name of two papers or more keeps its suggestion here (the default keeps busy ones only).
  await runBatch(store, { index: 0, count: 1 }, out, () => undefined, 2);
  await mergeBatch(store, [out]);
  const reader = await StoreReader.open(storeFolder(store));
  const all = await reader.search("wang", 50);
  names = [...all.slice(0, 6), ...all.filter((n) => n.papers <= 3).slice(0, 3)].map((n) => n.key);
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What the Worker answers for `key` by indexing its block and splitting it. */
async function freshDetails(
  key: string,
  variants: NameDetails["variants"],
  resolution = 1,
  constraints = {},
): Promise<{ details: NameDetails | undefined; steps: QueryStep[] }> {
  const papers = await (await StoreReader.open(storeFolder(store))).block(key);
  const index = indexCorpus(blockCorpus(key, papers), undefined, BLOCK_SEED);
  const steps: QueryStep[] = [];
  const details = new CorpusQueries(index, NO_COMMUNITIES).name(
    key,
    resolution,
    constraints,
    (step) => steps.push(step),
    variants,
  );
  return { details, steps };
}

/** What the Worker sends the page of `key` split fresh (storeAnswer: facts' co-authors bounded). */
async function freshAnswer(
  key: string,
  variants: NameDetails["variants"],
  resolution = 1,
  constraints = {},
): Promise<{ details: NameAnswer | undefined; steps: QueryStep[] }> {
  const { details, steps } = await freshDetails(key, variants, resolution, constraints);
  return { details: details && storeAnswer(details), steps };
}

/** Every paper of `key` as the page pages them in after the answer (pages of `size`). */
function pagedPapers(handlers: QueryHandlers, key: string, size = 7) {
  const source = {
    query: (_: string, __: "namePapers", args: { key: string; from: number; count: number }) =>
      Promise.resolve(handlers.namePapers(args, () => undefined)),
  };
  return fetchNamePapers(source, "store", key, size);
}

const handlersOf = (open: OpenCorpus): Promise<QueryHandlers> => open.handlers;

/** The store, with any name's stored suggestion read as `doctored` (to see which one is shown). */
async function storeWith(doctored: SplitSuggestion): Promise<StoreFiles> {
  const files = storeFolder(store);
  const bytes = await gzipText(JSON.stringify(doctored));
  return {
    json: (name) => files.json(name),
    buffer: async (name, size): Promise<AsyncBuffer> => {
      if (name !== STORE_FILES.suggestionData) return files.buffer(name, size);
      return { byteLength: Number.MAX_SAFE_INTEGER, slice: () => bytes.slice().buffer };
    },
  };
}

async function storedOf(key: string): Promise<SplitSuggestion> {
  const stored = await (await StoreReader.open(storeFolder(store))).suggestion(key);
  if (!stored) throw new Error(`no stored suggestion for ${key}`);
  return stored;
}

describe("a stored suggestion", () => {
  it("is kept for each scored name and listed in the manifest", async () => {
    const reader = await StoreReader.open(storeFolder(store));
    expect(reader.manifest.triage?.suggestions).toBe(reader.manifest.triage?.names);
    expect(reader.manifest.files?.[STORE_FILES.suggestionData]).toBeGreaterThan(0);
    const stored = await storedOf(names[0]!);
    expect(stored.nameKey).toBe(names[0]);
    await expect(reader.suggestion("no such name")).resolves.toBeUndefined();
  });

  it("gives the answer a fresh split of the block gives, step for step, and its papers after it", async () => {
    const open = await openStoreCorpus("", "store", () => undefined, storeFolder(store));
    const handlers = await handlersOf(open);
    for (const key of names) {
      const steps: QueryStep[] = [];
      const details = await handlers.name({ key, resolution: 1 }, (step) => steps.push(step));
      const fresh = await freshAnswer(key, details!.variants);
      expect(details, key).toStrictEqual(fresh.details);
      expect(steps, key).toEqual([{ stage: "read" }, ...fresh.steps]);
      const papers = (await freshDetails(key, details!.variants)).details!.papers;
      await expect(pagedPapers(handlers, key), key).resolves.toStrictEqual(papers);
    }
  });

  it("is what the app shows at the defaults, and a fresh split at another resolution or with decisions", async () => {
    const key = names[0]!;
    const stored = await storedOf(key);
    const doctored = {
      ...stored,
      identities: stored.identities.map((i) => ({ ...i, confidence: 0.123 })),
    };
    const open = await openStoreCorpus("", "store", () => undefined, await storeWith(doctored));
    const handlers = await open.handlers;
    const plain = await handlers.name({ key, resolution: 1 }, () => undefined);
    expect(plain?.suggestion).toStrictEqual(doctored);

    const finer = await handlers.name({ key, resolution: 2 }, () => undefined);
    const freshFiner = await freshAnswer(key, finer!.variants, 2);
    expect(finer).toStrictEqual(freshFiner.details);

    const heldOut = { unassigned: [stored.paperIds[0]!] };
    const decided = await handlers.name(
      { key, resolution: 1, constraints: heldOut },
      () => undefined,
    );
    expect(decided?.suggestion.unassigned).toEqual(heldOut.unassigned);
    expect(decided).toStrictEqual((await freshAnswer(key, decided!.variants, 1, heldOut)).details);
  });

  it("is not used for a block of other papers (a store rebuilt after the batch ran)", async () => {
    const key = names[0]!;
    const stored = await storedOf(key);
    const other = { ...stored, paperIds: stored.paperIds.slice(1) };
    const open = await openStoreCorpus("", "store", () => undefined, await storeWith(other));
    const details = await (await open.handlers).name({ key, resolution: 1 }, () => undefined);
    expect(details).toStrictEqual((await freshAnswer(key, details!.variants)).details);
  });

  it("is not used when the batch ran with another split model (the app splits afresh)", async () => {
    const reader = await StoreReader.open(storeFolder(store));
    expect(reader.manifest.triage?.model).toBe(splitModelId());
    const key = names[0]!;
    const stored = await storedOf(key);
    const doctored = {
      ...stored,
      identities: stored.identities.map((i) => ({ ...i, confidence: 0.123 })),
    };
    const files = await storeWith(doctored);
    const olderModel: StoreFiles = {
      ...files,
      json: async (name) => {
        const value = await files.json(name);
        if (name !== STORE_FILES.manifest) return value;
        const manifest = value as StoreManifest;
        return { ...manifest, triage: { ...manifest.triage!, model: "r0-00000000" } };
      },
    };
    await expect((await StoreReader.open(olderModel)).suggestion(key)).resolves.toBeUndefined();
    const open = await openStoreCorpus("", "store", () => undefined, olderModel);
    const details = await (await open.handlers).name({ key, resolution: 1 }, () => undefined);
    expect(details).toStrictEqual((await freshAnswer(key, details!.variants)).details);
  });
});

describe("what the page is sent of a store name", () => {
  it("each identity's strongest co-authors, not all of them; its papers by pages, not with it", async () => {
    const open = await openStoreCorpus("", "store", () => undefined, storeFolder(store));
    const handlers = await open.handlers;
    let bounded = 0;
    for (const key of names) {
      const sent = await handlers.name({ key, resolution: 1 }, () => undefined);
      const full = (await freshDetails(key, sent!.variants)).details!;
      full.workspace.identities.forEach((identity, i) => {
        const facts = sent!.workspace.identities[i]!.facts;
        expect(facts.coauthors).toEqual(identity.facts.coauthors.slice(0, FACTS_COAUTHORS_SENT));
        expect({ ...facts, coauthors: [] }).toEqual({ ...identity.facts, coauthors: [] });
        if (identity.facts.coauthors.length > FACTS_COAUTHORS_SENT) bounded++;
      });
      expect("papers" in sent!).toBe(false);
      const listed = await pagedPapers(handlers, key);
      expect(listed.map((p) => p.id).sort()).toEqual([...sent!.suggestion.paperIds].sort());
      // Another resolution splits fresh (its papers in index order): the pages keep the first order.
      const again = await handlers.name({ key, resolution: 2 }, () => undefined);
      expect(again && "papers" in again).toBe(false);
      expect(again?.suggestion.resolution).toBe(2);
      await expect(pagedPapers(handlers, key, 5)).resolves.toStrictEqual(listed);
    }
    expect(bounded).toBeGreaterThan(0);
  });

  it("pages a name's papers even when another name was answered since, and refuses bad bounds", async () => {
    const open = await openStoreCorpus("", "store", () => undefined, storeFolder(store));
    const handlers = await handlersOf(open);
    const [first, second] = names;
    const sent = await handlers.name({ key: first!, resolution: 1 }, () => undefined);
    await handlers.name({ key: second!, resolution: 1 }, () => undefined);
    const listed = await pagedPapers(handlers, first!);
    expect(listed.map((p) => p.id).sort()).toEqual([...sent!.suggestion.paperIds].sort());
    await expect(
      (async () => handlers.namePapers({ key: first!, from: -1, count: 5 }, () => undefined))(),
    ).rejects.toThrow(/from ≥ 0/);
  });

  it("one author object per name form across the papers (the structured clone sends it once)", async () => {
    const open = await openStoreCorpus("", "store", () => undefined, storeFolder(store));
    const key = names[0]!;
    const handlers = await handlersOf(open);
    await handlers.name({ key, resolution: 1 }, () => undefined);
    const page = await handlers.namePapers({ key, from: 0, count: 1000 }, () => undefined);
    const own = page.papers.map((p) => p.authors.find((a) => a.key === key));
    expect(own.length).toBeGreaterThan(10);
    expect(new Set(own).size).toBe(1);
  });
});
