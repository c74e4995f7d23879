// The corpus store: built from a generated corpus with colliding names, read back a name at a time
// without reading whole files; and the shard contract of the batch run: N separate processes, each
// scoring shard i/N, merged, give exactly the triage table of one process scoring everything;
// every name lands in one shard; an incomplete or mixed set of shard files is refused.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { parquetMetadataAsync } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collidingCorpus } from "../../src/cli/bench/collidingCorpus";
import type { Corpus } from "../../src/core/corpus";
import { nameKey } from "../../src/core/nameKey";
import { mergeBatch } from "../../src/store/batchMerge";
import { buildStore } from "../../src/store/buildStore";
import { openDuck } from "../../src/store/duck";
import { storeFolder } from "../../src/store/fileBuffers";
import { parseShard, shardOf } from "../../src/store/nameShard";
import { StoreReader, type StoreFiles } from "../../src/store/storeReader";
import type { QueryStep } from "../../src/worker/protocol";
import { openStoreCorpus } from "../../src/worker/storeCorpus";

const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
let dir: string;
let store: string;
let corpus: Corpus;

/** `npm run batch` as its own process, like one task of an array job. */
async function batchProcess(shard: string, out: string): Promise<void> {
  await run(
    process.execPath,
    ["--import", "tsx", "src/cli/batch.ts", store, "--shard", shard, "-o", out],
    {
      cwd: ROOT,
    },
  );
}

async function triageRows(storeDir: string): Promise<unknown[][]> {
  const duck = await openDuck();
  try {
    const reader = await duck.connection.runAndReadAll(
      `SELECT * FROM read_parquet('${join(storeDir, "triage.parquet")}')`,
    );
    return reader.getRows();
  } finally {
    duck.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "batch-shards-"));
  corpus = collidingCorpus({ papers: 5000, seed: 3 });
  // One consortium paper: its block rows keep the first 100 authors and the row's own name.
  const consortium = Array.from({ length: 150 }, (_, i) => ({ name: `Member ${i}` }));
  corpus.papers.push({ id: "consortium", title: "A big collaboration", authors: consortium });
  // "Wei Wang" written two other ways: its variants among all the store's names.
  const variants = [{ name: "W. Wang" }, { name: "Wang Wei" }, { name: "Ana Ruiz" }];
  corpus.papers.push({ id: "variants", title: "Written otherwise", authors: variants });
  await writeFile(join(dir, "corpus.json"), JSON.stringify({ papers: corpus.papers }));
  store = join(dir, "store");
  // Two row groups per key-range part: several parts, and busy names running across a boundary.
  await buildStore([join(dir, "corpus.json")], store, { partRowGroups: 2 });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Papers of `key` in the corpus, as the store should give them back. */
function papersOf(key: string): string[] {
  return corpus.papers
    .filter((p) => p.authors.some((a) => nameKey(a.name) === key))
    .map((p) => p.id)
    .sort();
}

describe("store reader", () => {
  it("gives back a name's block: every paper carrying it, with all authors, reading a part of the files", async () => {
    const files = storeFolder(store);
    const reader = await StoreReader.open(files);
    expect(reader.manifest.papers).toBe(5002);
    const wang = await reader.name("wei wang");
    expect(wang?.label).toBe("Wei Wang");
    const block = await reader.block("wei wang");
    expect(block.map((p) => p.id).sort()).toEqual(papersOf("wei wang"));
    const original = corpus.papers.find((p) => p.id === block[0]!.id)!;
    expect(block[0]).toEqual(JSON.parse(JSON.stringify(original)));
    const parts = reader.manifest.parts?.blocks ?? [];
    expect(parts.length).toBeGreaterThan(3);
    const size = parts.reduce((sum, part) => sum + part.bytes, 0);
    const before = files.bytesRead;
    await reader.block("lei li");
    expect(files.bytesRead - before).toBeLessThan(size / 2);
  });

  it("caps a long author list in the blocks at 100 authors plus the name itself", async () => {
    const reader = await StoreReader.open(storeFolder(store));
    const [early] = await reader.block("member 3");
    const [late] = await reader.block("member 140");
    expect(early!.authors.map((a) => a.name)).toEqual(
      Array.from({ length: 100 }, (_, i) => `Member ${i}`),
    );
    expect(late!.authors.map((a) => a.name)).toEqual([
      ...Array.from({ length: 100 }, (_, i) => `Member ${i}`),
      "Member 140",
    ]);
  });

  it("finds names by key prefix, busiest first, and says when a name is absent", async () => {
    const reader = await StoreReader.open(storeFolder(store));
    const hits = await reader.namesWithPrefix("wei w");
    expect(hits.map((h) => h.key)).toContain("wei wang");
    expect(hits.every((h) => h.key.startsWith("wei w"))).toBe(true);
    expect(hits.map((h) => h.papers)).toEqual([...hits.map((h) => h.papers)].sort((a, b) => b - a));
    await expect(reader.name("no such name")).resolves.toBeUndefined();
  });
});

describe("a store's name as the app's Worker answers it", () => {
  it("says what it is doing (reading, splitting, laying out) before it answers", async () => {
    const open = await openStoreCorpus("", "store", () => undefined, storeFolder(store));
    const handlers = await open.handlers;
    const steps: QueryStep[] = [];
    const details = await handlers.name({ key: "wei wang", resolution: 1 }, (step) =>
      steps.push(step),
    );
    expect(details && "papers" in details).toBe(false);
    const listed = await handlers.namePapers(
      { key: "wei wang", from: 0, count: 1e6 },
      () => undefined,
    );
    expect(listed.papers.map((p) => p.id).sort()).toEqual(papersOf("wei wang"));
    expect(listed.total).toBe(listed.papers.length);
    // Its variants come from the whole store, not from its block (which holds neither).
    expect(details?.variants).toEqual([
      { key: "w. wang", label: "W. Wang", papers: 1, kind: "initial and surname" },
      { key: "wang wei", label: "Wang Wei", papers: 1, kind: "name order" },
    ]);
    expect(steps).toEqual([
      { stage: "read" },
      { stage: "split", label: "Wei Wang", papers: listed.total },
      {
        stage: "workspace",
        label: "Wei Wang",
        papers: listed.total,
        identities: details!.suggestion.identities.length,
      },
    ]);
  });
});

describe("store search and communities", () => {
  it("finds names by any word of them, busiest first, and by several words", async () => {
    const reader = await StoreReader.open(storeFolder(store));
    const hits = await reader.search("wang");
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.label.split(" ").some((w) => w.toLowerCase() === "wang"))).toBe(
      true,
    );
    expect(hits.map((h) => h.papers)).toEqual([...hits.map((h) => h.papers)].sort((a, b) => b - a));
    const both = await reader.search("wei wan");
    expect(both[0]?.key).toBe("wei wang");
    expect(both.every((h) => /\bwei\b/i.test(h.label))).toBe(true);
    await expect(reader.search("zzzz qqqq")).resolves.toEqual([]);
  });

  it("lists a community's busiest names and records every file's size in the manifest", async () => {
    const reader = await StoreReader.open(storeFolder(store));
    const overview = await reader.overview();
    const members = await reader.communityMembers(0, 10);
    expect(members).toHaveLength(Math.min(10, overview.communities[0]!.authors));
    expect(members[0]!.key).toBe(overview.communities[0]!.hub.key);
    const { stat } = await import("node:fs/promises");
    for (const [name, bytes] of Object.entries(reader.manifest.files ?? {}))
      expect((await stat(join(store, name))).size).toBe(bytes);
    expect(Object.keys(reader.manifest.files ?? {})).toEqual(
      expect.arrayContaining(["names.parquet", "terms.parquet"]),
    );
    for (const part of reader.manifest.parts?.blocks ?? [])
      expect((await stat(join(store, part.file))).size).toBe(part.bytes);
  });
});

describe("batch shards", () => {
  it("merged from 3 processes equal one process's run", async () => {
    await batchProcess("0/1", join(dir, "single"));
    await mergeBatch(store, [join(dir, "single", "shard-0-of-1.parquet")]);
    const single = await triageRows(store);
    expect(single.length).toBeGreaterThan(20);

    await Promise.all(["0/3", "1/3", "2/3"].map((s) => batchProcess(s, join(dir, "three"))));
    const files = [0, 1, 2].map((i) => join(dir, "three", `shard-${i}-of-3.parquet`));
    const merged = await mergeBatch(store, files);
    expect(merged).toEqual({ shards: 3, names: single.length });
    expect(await triageRows(store)).toEqual(single);
    const top = await (await StoreReader.open(storeFolder(store))).triage(5);
    expect(top.map((t) => t.key)).toEqual(single.slice(0, 5).map((row) => row[0]));
    expect(top[0]).toEqual({
      key: single[0]![0],
      label: single[0]![1],
      papers: Number(single[0]![2]),
      identities: Number(single[0]![3]),
      ambiguity: single[0]![4],
      mixedPairs: single[0]![5],
    });

    await expect(mergeBatch(store, files.slice(0, 2))).rejects.toThrow("missing shards 2/3");
    await expect(
      mergeBatch(store, [...files, join(dir, "single", "shard-0-of-1.parquet")]),
    ).rejects.toThrow("different N");
  }, 300_000);

  it("reads the triage list without its groups column (every paper id of every identity)", async () => {
    await batchProcess("0/1", join(dir, "lone"));
    await mergeBatch(store, [join(dir, "lone", "shard-0-of-1.parquet")]);
    const files = storeFolder(store);
    const meta = await parquetMetadataAsync(await files.buffer("triage.parquet"));
    const groups = meta.row_groups[0]!.columns.find(
      (c) => c.meta_data?.path_in_schema[0] === "groups",
    )!.meta_data!;
    const from = Number(groups.dictionary_page_offset ?? groups.data_page_offset);
    const to = from + Number(groups.total_compressed_size);
    expect(to - from).toBeGreaterThan(1000);
    // The groups column's bytes blanked: a reader that decodes them fails.
    const blanked: StoreFiles = {
      json: (name) => files.json(name),
      buffer: async (name, bytes) => {
        const buffer = await files.buffer(name, bytes);
        if (name !== "triage.parquet") return buffer;
        return {
          byteLength: buffer.byteLength,
          slice: async (start, end = buffer.byteLength) => {
            const copy = new Uint8Array(await buffer.slice(start, end));
            copy.fill(0, Math.max(0, from - start), Math.max(0, to - start));
            return copy.buffer;
          },
        };
      },
    };
    const rows = await (await StoreReader.open(blanked)).triage(50);
    const plain = await (await StoreReader.open(files)).triage(50);
    expect(rows.length).toBe(50);
    expect(rows).toEqual(plain);
  }, 120_000);

  it("assigns every name to exactly one shard, the same one every time", () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `name ${i}`);
    const counts = new Array(7).fill(0);
    for (const key of keys) {
      const s = shardOf(key, 7);
      expect(shardOf(key, 7)).toBe(s);
      counts[s]++;
    }
    // A hash, not a range: shards come out near equal (2000 / 7 ≈ 286 each).
    for (const count of counts) expect(count).toBeGreaterThan(220);
  });

  it.each([["3/3"], ["-1/4"], ["a/b"], ["1/0"], ["2"]])("refuses --shard %s", (text) => {
    expect(() => parseShard(text)).toThrow("expected i/N");
  });
});
