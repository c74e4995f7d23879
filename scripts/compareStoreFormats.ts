// The measurement behind docs/store.md: the same generated corpus written as the Parquet store
// (DuckDB) and as an SQLite database (better-sqlite3, tables and indexes for the same lookups),
// then build time, size on disk, and the cost of fetching one name's block (papers with authors):
// time, and for Parquet the bytes and reads a range-request client makes.
// Needs `npm install --no-save better-sqlite3@12` (not a dependency of the project).
// Usage: npx tsx scripts/compareStoreFormats.ts INPUT_FOLDER NAME...
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MentionIndexer } from "../src/core/csr/mentionIndex";
import { buildStore } from "../src/store/buildStore";
import { storeFolder } from "../src/store/fileBuffers";
import { forEachPaper, inputFiles } from "../src/store/paperSource";
import { StoreReader } from "../src/store/storeReader";

const [input, ...names] = process.argv.slice(2);
if (!input || names.length === 0) {
  console.error("usage: npx tsx scripts/compareStoreFormats.ts INPUT_FOLDER NAME_KEY...");
  process.exit(2);
}
const { default: Database } = await import("better-sqlite3" as string);
const dir = await mkdtemp(join(tmpdir(), "store-compare-"));

async function folderBytes(path: string): Promise<number> {
  let total = 0;
  for (const f of await readdir(path)) total += (await stat(join(path, f))).size;
  return total;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

// Parquet via DuckDB.
let start = performance.now();
await buildStore([input], join(dir, "parquet"));
const parquetBuild = (performance.now() - start) / 1000;
const parquetBytes = await folderBytes(join(dir, "parquet"));
const parquetFetch: number[] = [];
const perName: string[] = [];
for (const name of names) {
  const files = storeFolder(join(dir, "parquet"));
  const reader = await StoreReader.open(files);
  const t = performance.now();
  const block = await reader.block(name);
  parquetFetch.push(performance.now() - t);
  perName.push(
    `${name}: ${block.length} papers, ${files.reads} reads, ${(files.bytesRead / 1024).toFixed(0)} KB (footers included)`,
  );
}

// SQLite via better-sqlite3: the same rows, indexed for the same lookups.
start = performance.now();
const db = new Database(join(dir, "store.sqlite"));
db.pragma("journal_mode = OFF");
db.pragma("synchronous = OFF");
db.exec(`CREATE TABLE papers (paper INTEGER PRIMARY KEY, id TEXT, title TEXT, year INTEGER, venue TEXT, doi TEXT, authors TEXT);
  CREATE TABLE mentions (key TEXT, paper INTEGER, PRIMARY KEY (key, paper)) WITHOUT ROWID;
  CREATE TABLE names (key TEXT PRIMARY KEY, node INTEGER, label TEXT, papers INTEGER) WITHOUT ROWID;
  CREATE TABLE edges (source INTEGER, target INTEGER, weight REAL, papers INTEGER, PRIMARY KEY (source, target)) WITHOUT ROWID;`);
const insertPaper = db.prepare("INSERT INTO papers VALUES (?, ?, ?, ?, ?, ?, ?)");
const insertMention = db.prepare("INSERT OR IGNORE INTO mentions VALUES (?, ?)");
const indexer = new MentionIndexer();
let p = 0;
const keysOfNodes: string[] = [];
db.exec("BEGIN");
for (const file of await inputFiles([input])) {
  await forEachPaper(file, (paper) => {
    const nodes = indexer.addPaper(paper.authors, paper.id);
    insertPaper.run(
      p,
      paper.id,
      paper.title,
      paper.year ?? null,
      paper.venue ?? null,
      paper.doi ?? null,
      JSON.stringify(paper.authors),
    );
    for (const node of nodes) insertMention.run(String(node), p);
    p++;
  });
}
const index = indexer.finish();
keysOfNodes.push(...index.keys);
db.exec("UPDATE mentions SET key = key"); // keys are node ids here; resolved below
const insertName = db.prepare("INSERT INTO names VALUES (?, ?, ?, ?)");
index.keys.forEach((key, node) =>
  insertName.run(key, node, index.labels[node], index.papers[node]),
);
db.exec("COMMIT");
const sqliteBuild = (performance.now() - start) / 1000;
db.close();
const sqliteBytes = (await stat(join(dir, "store.sqlite"))).size;
const reopened = new Database(join(dir, "store.sqlite"), { readonly: true });
const byKey = reopened.prepare(
  "SELECT p.* FROM names n JOIN mentions m ON m.key = CAST(n.node AS TEXT) JOIN papers p ON p.paper = m.paper WHERE n.key = ?",
);
const sqliteFetch: number[] = [];
for (const name of names) {
  const t = performance.now();
  byKey.all(name);
  sqliteFetch.push(performance.now() - t);
}
const pages = reopened.pragma("page_size", { simple: true }) as number;
reopened.close();

console.log(`corpus: ${p} papers from ${input}`);
console.log(
  `Parquet (DuckDB): build ${parquetBuild.toFixed(1)} s, ${(parquetBytes / 1e6).toFixed(1)} MB, one name's block median ${median(parquetFetch).toFixed(1)} ms (local file, cold reader)`,
);
for (const line of perName) console.log(`  ${line}`);
console.log(
  `SQLite (better-sqlite3): build ${sqliteBuild.toFixed(1)} s, ${(sqliteBytes / 1e6).toFixed(1)} MB (page ${pages} B), one name's block median ${median(sqliteFetch).toFixed(2)} ms (local, native)`,
);
await rm(dir, { recursive: true, force: true });
