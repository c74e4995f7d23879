// Node-only: `batch:merge` — joins the shard files of one batch run into the store's triage table,
// after checking they are one complete run: the same N everywhere, every shard 0..N-1 exactly once,
// no name twice. Ranked like the app's triage (expected wrongly grouped pairs first).
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { copyToParquet, openDuck, sqlString } from "./duck";
import { STORE_FILES, type StoreManifest } from "./layout";

export async function mergeBatch(
  storeDir: string,
  shardFiles: string[],
): Promise<{ shards: number; names: number }> {
  if (shardFiles.length === 0)
    throw new Error("no shard files given; pass the files `batch` wrote");
  const duck = await openDuck();
  try {
    const list = `[${shardFiles.map((f) => `'${sqlString(f)}'`).join(", ")}]`;
    const source = `read_parquet(${list}, filename = true)`;
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
    await copyToParquet(
      duck,
      `SELECT key, label, papers, identities, ambiguity, mixed_pairs, groups FROM ${source}
       ORDER BY mixed_pairs DESC, ambiguity DESC, papers DESC, key`,
      join(storeDir, STORE_FILES.triage),
      4096,
    );
    const manifestPath = join(storeDir, STORE_FILES.manifest);
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as StoreManifest;
    manifest.triage = { shards: count, names: Number(rows) };
    const triageBytes = (await stat(join(storeDir, STORE_FILES.triage))).size;
    manifest.files = { ...manifest.files, [STORE_FILES.triage]: triageBytes };
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    return { shards: count, names: Number(rows) };
  } finally {
    duck.close();
  }
}
