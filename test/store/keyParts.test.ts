// The blocks' key index: a store cuts its name blocks into key-range part files and lists them in
// the manifest, so a lookup reads one small part footer instead of the whole table's. The index
// must find every key (busy names run across part boundaries), a store built before parts must
// read the same and be brought up to date, and parts out of key order are refused.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collidingCorpus } from "../../src/cli/bench/collidingCorpus";
import { buildStore } from "../../src/store/buildStore";
import { openDuck, sqlString } from "../../src/store/duck";
import { storeFolder } from "../../src/store/fileBuffers";
import { checkKeyOrder, cutStoreIntoParts } from "../../src/store/keyParts";
import type { KeyPart, StoreManifest } from "../../src/store/layout";
import { partsHolding, StoreReader } from "../../src/store/storeReader";

let dir: string;
let store: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "key-parts-"));
  const corpus = collidingCorpus({ papers: 3000, seed: 5 });
  await writeFile(join(dir, "corpus.json"), JSON.stringify({ papers: corpus.papers }));
  store = join(dir, "store");
  await buildStore([join(dir, "corpus.json")], store, { partRowGroups: 1 });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every (key, part file, rows) of the store's blocks, as DuckDB reads the parts. */
async function keysByPart(storeDir: string, parts: KeyPart[]): Promise<[string, string, number][]> {
  const duck = await openDuck();
  try {
    const list = parts.map((p) => `'${sqlString(join(storeDir, p.file))}'`).join(", ");
    const rows = await duck.connection.runAndReadAll(
      `SELECT key, filename, count(*)::INTEGER FROM read_parquet([${list}], filename = true)
       GROUP BY key, filename ORDER BY key, filename`,
    );
    return (rows.getRows() as [string, string, number][]).map(([key, file, n]) => [
      key,
      file.slice(storeDir.length + 1),
      n,
    ]);
  } finally {
    duck.close();
  }
}

async function manifestOf(storeDir: string): Promise<StoreManifest> {
  return JSON.parse(await readFile(join(storeDir, "manifest.json"), "utf8")) as StoreManifest;
}

function part(file: string, first: string, last: string): KeyPart {
  return { file, first, last, rows: 1, bytes: 1, footer: 1 };
}

describe("partsHolding", () => {
  const parts = [part("a", "ann", "bob"), part("b", "bob", "bob"), part("c", "bob", "dan")];
  it.each([
    ["aaa", []],
    ["ann", ["a"]],
    ["bea", ["a"]],
    ["bob", ["a", "b", "c"]],
    ["carl", ["c"]],
    ["dan", ["c"]],
    ["zed", []],
  ])("finds %s in parts %j", (key, files) => {
    expect(partsHolding(parts, key).map((p) => p.file)).toEqual(files);
  });

  it("refuses parts out of key order", () => {
    expect(() => checkKeyOrder([part("x", "a", "m"), part("y", "k", "z")], "blocks")).toThrow(
      'part y starts at "k", before x ends ("m")',
    );
    expect(() => checkKeyOrder(parts, "blocks")).not.toThrow();
  });
});

describe("blocks cut into key-range parts", () => {
  it("lists parts in key order whose ranges hold every key of the store", async () => {
    const { parts } = await manifestOf(store);
    const blocks = parts?.blocks ?? [];
    expect(blocks.length).toBeGreaterThan(3);
    const rows = await keysByPart(store, blocks);
    expect(rows.reduce((sum, [, , n]) => sum + n, 0)).toBe(
      blocks.reduce((sum, p) => sum + p.rows, 0),
    );
    const spans = new Map<string, Set<string>>();
    for (const [key, file] of rows) spans.set(key, (spans.get(key) ?? new Set()).add(file));
    for (const [key, files] of spans) {
      const found = partsHolding(blocks, key).map((p) => p.file);
      // Every file holding the key is found; any other found is one whose range merely touches it.
      expect(found).toEqual(expect.arrayContaining([...files]));
      expect(found.length).toBeLessThanOrEqual(files.size + 1);
    }
    expect([...spans.values()].some((files) => files.size > 1)).toBe(true);
  });

  it("reads every paper of names across part boundaries, one part footer per part", async () => {
    const { parts } = await manifestOf(store);
    const blocks = parts!.blocks!;
    const rows = await keysByPart(store, blocks);
    const papers = new Map<string, number>();
    for (const [key, , n] of rows) papers.set(key, (papers.get(key) ?? 0) + n);
    // Keys at every boundary, the busiest, and every 50th.
    const keys = new Set([
      ...blocks.flatMap((p) => [p.first, p.last]),
      ...[...papers]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([k]) => k),
      ...[...papers.keys()].filter((_, i) => i % 50 === 0),
    ]);
    const files = storeFolder(store);
    const reader = await StoreReader.open(files);
    for (const key of keys) {
      const block = await reader.block(key);
      expect(block.length, key).toBe(papers.get(key));
      expect(new Set(block.map((p) => p.id)).size, key).toBe(block.length);
    }
    await expect(reader.block("no such name")).resolves.toEqual([]);
    // A part's footer is one read of exactly its size, and the table's other parts stay unread.
    const one = storeFolder(store);
    const fresh = await StoreReader.open(one);
    const key = blocks[1]!.last;
    const holding = partsHolding(blocks, key);
    await fresh.block(key);
    const footers = holding.reduce((sum, p) => sum + p.footer, 0);
    const total = blocks.reduce((sum, p) => sum + p.bytes, 0);
    expect(one.bytesRead).toBeGreaterThan(footers);
    expect(one.bytesRead).toBeLessThan(total / 2);
  });

  it("brings a store built before parts up to date, reading the same blocks before and after", async () => {
    const old = join(dir, "old");
    await cp(store, old, { recursive: true });
    const manifest = await manifestOf(old);
    const blocks = manifest.parts!.blocks!;
    // The layout of a store built before parts: one blocks.parquet, no key index.
    const duck = await openDuck();
    try {
      const list = blocks.map((p) => `'${sqlString(join(old, p.file))}'`).join(", ");
      await duck.connection.run(
        `COPY (SELECT * FROM read_parquet([${list}]) ORDER BY key, paper)
         TO '${sqlString(join(old, "blocks.parquet"))}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`,
      );
    } finally {
      duck.close();
    }
    await rm(join(old, "blocks"), { recursive: true });
    delete manifest.parts;
    await writeFile(join(old, "manifest.json"), JSON.stringify(manifest));

    const keys = [blocks[0]!.first, blocks[2]!.last, "wei wang"];
    const expected = await Promise.all(
      keys.map(async (k) => (await StoreReader.open(storeFolder(store))).block(k)),
    );
    const before = await StoreReader.open(storeFolder(old));
    expect(await Promise.all(keys.map((k) => before.block(k)))).toEqual(expected);

    const cut = await cutStoreIntoParts(old);
    expect(cut.length).toBeGreaterThan(0);
    const after = await StoreReader.open(storeFolder(old));
    expect(after.manifest.parts?.blocks).toEqual(cut);
    expect(await Promise.all(keys.map((k) => after.block(k)))).toEqual(expected);
    // Cutting again leaves the store as it is.
    await expect(cutStoreIntoParts(old)).resolves.toEqual(cut);
  }, 60_000);
});
