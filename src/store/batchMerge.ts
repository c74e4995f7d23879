// Node-only: `batch:merge` — joins the shard files of one batch run into the store's triage table,
// after checking they are one complete run: the same N everywhere, every shard 0..N-1 exactly once,
// no name twice. Ranked like the app's triage (expected wrongly grouped pairs first).
import { open, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { appender, copyToParquet, openDuck, sqlString, type Duck } from "./duck";
import { ROW_GROUP_ROWS, STORE_FILES, type StoreManifest } from "./layout";
import { gzipText } from "./storedSuggestion";

export async function mergeBatch(
  storeDir: string,
  shardFiles: string[],
): Promise<{ shards: number; names: number }> {
  if (shardFiles.length === 0)
    throw new Error("no shard files given; pass the files `batch` wrote");
  const duck = await openDuck();
  try {
    const list = `[${shardFiles.map((f) => `'${sqlString(f)}'`).join(", ")}]`;
    // By name: shard files written before the suggestion column read it as NULL.
    const source = `read_parquet(${list}, filename = true, union_by_name = true)`;
    const seen = (
      await duck.connection.runAndReadAll(
        `SELECT DISTINCT shard, shards, filename FROM ${source} ORDER BY shard`,
      )
    ).getRows() as [number, number, string][];
    const counts = new Set(seen.map(([, n]) => n));
    if (counts.size !== 1)
      throw new Error(`shard files come from runs with different N (${[...counts].join(", ")})`);
    const count = seen[0]![1];
    const byShard = new Map<number, string>();
    for (const [shard, , file] of seen) {
      const other = byShard.get(shard);
      if (other && other !== file)
        throw new Error(`shard ${shard}/${count} is in ${other} and ${file}`);
      byShard.set(shard, file);
    }
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byShard.has(i));
    if (missing.length > 0)
      throw new Error(
        `missing shards ${missing.map((i) => `${i}/${count}`).join(", ")}; run them before merging`,
      );
    const [[rows, keys]] = (
      await duck.connection.runAndReadAll(`SELECT count(*), count(DISTINCT key) FROM ${source}`)
    ).getRows() as [[bigint, bigint]];
    if (rows !== keys) throw new Error(`${rows - keys} names appear in more than one shard file`);
    const model = await shardModel(duck, source);
    await copyToParquet(
      duck,
      `SELECT key, label, papers, identities, ambiguity, mixed_pairs, groups FROM ${source}
       ORDER BY mixed_pairs DESC, ambiguity DESC, papers DESC, key`,
      join(storeDir, STORE_FILES.triage),
      4096,
    );
    const manifestPath = join(storeDir, STORE_FILES.manifest);
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as StoreManifest;
    const suggestions = await writeSuggestions(duck, source, storeDir);
    manifest.triage = { shards: count, names: Number(rows), suggestions, model };
    const written = [STORE_FILES.triage, STORE_FILES.suggestions, STORE_FILES.suggestionData];
    manifest.files = { ...manifest.files };
    for (const name of written) manifest.files[name] = (await stat(join(storeDir, name))).size;
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    return { shards: count, names: Number(rows) };
  } finally {
    duck.close();
  }
}

/**
 * The busy names' suggestions the shards kept: gzip'd one after another into suggestions.bin, and
 * where each lies into suggestions.parquet (key-sorted, for the reader's row-group statistics).
 */
async function writeSuggestions(duck: Duck, source: string, storeDir: string): Promise<number> {
  await duck.connection.run(
    "CREATE TABLE suggestion_ranges (key VARCHAR, start BIGINT, bytes INTEGER)",
  );
  const ranges = await appender(duck, "suggestion_ranges");
  const data = await open(join(storeDir, STORE_FILES.suggestionData), "w");
  let offset = 0;
  let names = 0;
  try {
    const result = await duck.connection.stream(
      `SELECT key, suggestion FROM ${source} WHERE suggestion IS NOT NULL ORDER BY key`,
    );
    for await (const chunk of result.yieldRows()) {
      for (const [key, json] of chunk as [string, string][]) {
        const bytes = await gzipText(json);
        await data.write(bytes);
        ranges.appendVarchar(key);
        ranges.appendBigInt(BigInt(offset));
        ranges.appendInteger(bytes.length);
        ranges.endRow();
        offset += bytes.length;
        names++;
      }
    }
  } finally {
    await data.close();
  }
  ranges.closeSync();
  await copyToParquet(
    duck,
    "SELECT * FROM suggestion_ranges ORDER BY key",
    join(storeDir, STORE_FILES.suggestions),
    ROW_GROUP_ROWS.suggestions,
  );
  return names;
}

/**
 * The split model every shard was scored with (undefined for shards written before models were
 * recorded). Shards of different models are one run no longer: their scores do not compare.
 */
async function shardModel(duck: Duck, source: string): Promise<string | undefined> {
  const models = (
    await duck.connection.runAndReadAll(`SELECT DISTINCT model FROM ${source} ORDER BY model`)
  ).getRows() as [string | null][];
  if (models.length > 1)
    throw new Error(
      `shard files come from different split models (${models.map(([m]) => m ?? "unrecorded").join(", ")}); run every shard with one build`,
    );
  return models[0]?.[0] ?? undefined;
}
