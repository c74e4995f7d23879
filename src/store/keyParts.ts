// Node-only: cuts a key-sorted table of a store into key-range part files (layout.ts, KeyPart),
// so a reader looking one key up parses a ~45 KB part footer found from the manifest's key index,
// not the whole table's footer (2.3 MB at a million papers, ~17 MB at DBLP's size). Run by
// build:store after the sort, and on a store built before parts (`build:store -- --cut-parts DIR`).
import { open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openDuck, sqlString, type Duck } from "./duck";
import {
  PART_ROW_GROUPS,
  ROW_GROUP_ROWS,
  STORE_FILES,
  type KeyPart,
  type PartedTable,
  type StoreManifest,
} from "./layout";

/**
 * Rewrites STORE_FILES[table] (sorted by its `key` column) as `table/part-N.parquet`, `rowGroups`
 * row groups each, and removes the one file. Returns the parts in key order.
 */
export async function cutIntoParts(
  duck: Duck,
  storeDir: string,
  table: PartedTable,
  rowGroups = PART_ROW_GROUPS,
): Promise<KeyPart[]> {
  if (!Number.isInteger(rowGroups) || rowGroups < 1)
    throw new Error(`row groups per part must be a whole number ≥ 1, not ${rowGroups}`);
  const source = join(storeDir, STORE_FILES[table]);
  const folder = join(storeDir, table);
  await rm(folder, { recursive: true, force: true });
  // One thread: with more, DuckDB writes row groups to the part files as threads finish them, and
  // a part's key range can overlap its neighbour's (seen with 2 threads on the 1M store).
  const threads = (
    await duck.connection.runAndReadAll("SELECT current_setting('threads')")
  ).getRows()[0]![0];
  await duck.connection.run("SET threads = 1");
  try {
    await duck.connection.run(
      `COPY (SELECT * FROM read_parquet('${sqlString(source)}')) TO '${sqlString(folder)}'
       (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${ROW_GROUP_ROWS[table]},
        ROW_GROUPS_PER_FILE ${rowGroups}, FILENAME_PATTERN 'part-{i}')`,
    );
  } finally {
    await duck.connection.run(`SET threads = ${Number(threads)}`);
  }
  const rows = (
    await duck.connection.runAndReadAll(
      `SELECT filename, min(key), max(key), count(*)
       FROM read_parquet('${sqlString(folder)}/*.parquet', filename = true)
       GROUP BY filename`,
    )
  ).getRows() as [string, string, string, bigint][];
  const parts: KeyPart[] = [];
  for (const [path, first, last, count] of rows) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    parts.push({
      file: `${table}/${name}`,
      first,
      last,
      rows: Number(count),
      bytes: (await stat(path)).size,
      footer: await footerBytes(path),
    });
  }
  parts.sort((a, b) => partNumber(a) - partNumber(b));
  checkKeyOrder(parts, table);
  await rm(source);
  return parts;
}

/** A Parquet file's footer: its metadata, the length word and the magic (the last 8 bytes). */
async function footerBytes(path: string): Promise<number> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(8);
    await handle.read(tail, 0, 8, size - 8);
    if (tail.toString("latin1", 4) !== "PAR1") throw new Error(`${path} is not a Parquet file`);
    return tail.readUInt32LE(0) + 8;
  } finally {
    await handle.close();
  }
}

function partNumber(part: KeyPart): number {
  return Number(/part-(\d+)\.parquet$/.exec(part.file)?.[1] ?? NaN);
}

/** Parts in file order must follow each other in key order (a key may span a boundary). */
export function checkKeyOrder(parts: KeyPart[], table: string): void {
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1]!;
    const after = parts[i]!;
    if (after.first < before.last)
      throw new Error(
        `${table}: part ${after.file} starts at "${after.first}", before ${before.file} ends ("${before.last}"); the parts are not in key order`,
      );
  }
}

/**
 * A store built before key-range parts, brought up to date in place: its blocks cut into parts
 * and the manifest's key index written. A store already cut is left as it is.
 */
export async function cutStoreIntoParts(storeDir: string): Promise<KeyPart[]> {
  const manifestPath = join(storeDir, STORE_FILES.manifest);
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as StoreManifest;
  if (manifest.parts?.blocks) return manifest.parts.blocks;
  const duck = await openDuck();
  try {
    const blocks = await cutIntoParts(duck, storeDir, "blocks");
    manifest.parts = { ...manifest.parts, blocks };
    if (manifest.files) delete manifest.files[STORE_FILES.blocks];
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    return blocks;
  } finally {
    duck.close();
  }
}
