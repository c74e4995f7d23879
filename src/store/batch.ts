// Node-only: one shard of a batch run. Reads the store's name list, keeps the names of shard i/N
// (stable hash, see nameShard.ts) with at least two papers, lets DuckDB join their blocks
// (mentions → papers) in key order, scores each name (nameBlock.ts) and writes one Parquet file.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { appender, appendText, copyToParquet, openDuck, sqlString, type Duck } from "./duck";
import { splitModelId } from "../core/split/modelId";
import { STORE_FILES, tableFiles, type StoreManifest } from "./layout";
import {
  blockCorpus,
  paperFromRow,
  scoreName,
  type NameScore,
  type StoredPaper,
} from "./nameBlock";
import { shardOf, type Shard } from "./nameShard";
import { STORED_SUGGESTION_PAPERS } from "./storedSuggestion";

export interface BatchResult {
  names: number;
  seconds: number;
}

export const SCORE_COLUMNS =
  "key VARCHAR, label VARCHAR, papers INTEGER, identities INTEGER, ambiguity DOUBLE, mixed_pairs DOUBLE, groups VARCHAR, shard INTEGER, shards INTEGER, suggestion VARCHAR, model VARCHAR";

export async function runBatch(
  storeDir: string,
  shard: Shard,
  outFile: string,
  onProgress: (message: string) => void = () => undefined,
  /** Names of at least this many papers keep their whole suggestion (JSON) for the app. */
  suggestionPapers = STORED_SUGGESTION_PAPERS,
): Promise<BatchResult> {
  const started = performance.now();
  const duck = await openDuck();
  try {
    const file = (name: keyof typeof STORE_FILES): string =>
      `'${sqlString(join(storeDir, STORE_FILES[name]))}'`;
    const manifest = JSON.parse(
      await readFile(join(storeDir, STORE_FILES.manifest), "utf8"),
    ) as StoreManifest;
    const blocks = `[${tableFiles(manifest, "blocks")
      .map((f) => `'${sqlString(join(storeDir, f))}'`)
      .join(", ")}]`;
    const keys = await shardKeys(duck, file("names"), shard);
    await duck.connection.run("CREATE TABLE shard_names (key VARCHAR)");
    const rows = await appender(duck, "shard_names");
    for (const key of keys) {
      rows.appendVarchar(key);
      rows.endRow();
    }
    rows.closeSync();
    await duck.connection.run(`CREATE TABLE scores (${SCORE_COLUMNS})`);
    const out = await appender(duck, "scores");
    const result = await duck.connection.stream(
      `SELECT b.key, b.paper, b.id, b.title, b.year, b.venue, b.doi, b.authors
       FROM read_parquet(${blocks}) b SEMI JOIN shard_names s ON b.key = s.key
       ORDER BY b.key, b.paper`,
    );
    const model = splitModelId();
    let current: string | undefined;
    let block: StoredPaper[] = [];
    let names = 0;
    const flush = (): void => {
      if (current === undefined) return;
      const { score, suggestion } = scoreName(
        current,
        blockCorpus(current, block.map(paperFromRow)),
      );
      appendScore(out, score, shard);
      appendText(out, score.papers >= suggestionPapers ? JSON.stringify(suggestion) : undefined);
      out.appendVarchar(model);
      out.endRow();
      if (++names % 10_000 === 0) onProgress(`${names} of ${keys.length} names`);
    };
    for await (const chunk of result.yieldRows()) {
      for (const [key, paper, id, title, year, venue, doi, authors] of chunk) {
        if (key !== current) {
          flush();
          current = key as string;
          block = [];
        }
        block.push({
          paper: paper as number,
          id: id as string,
          title: title as string,
          year: year as number | null,
          venue: venue as string | null,
          doi: doi as string | null,
          authors: authors as string,
        });
      }
    }
    flush();
    out.closeSync();
    await copyToParquet(duck, "SELECT * FROM scores ORDER BY key", outFile, 16_384);
    return { names, seconds: (performance.now() - started) / 1000 };
  } finally {
    duck.close();
  }
}

async function shardKeys(duck: Duck, namesFile: string, shard: Shard): Promise<string[]> {
  const reader = await duck.connection.runAndReadAll(
    `SELECT key FROM read_parquet(${namesFile}) WHERE papers >= 2`,
  );
  return reader
    .getColumns()[0]!
    .map((key) => key as string)
    .filter((key) => shardOf(key, shard.count) === shard.index);
}

function appendScore(
  out: Awaited<ReturnType<typeof appender>>,
  score: NameScore,
  shard: Shard,
): void {
  out.appendVarchar(score.key);
  out.appendVarchar(score.label);
  out.appendInteger(score.papers);
  out.appendInteger(score.identities);
  out.appendDouble(score.ambiguity);
  out.appendDouble(score.mixedPairs);
  out.appendVarchar(JSON.stringify(score.groups));
  out.appendInteger(shard.index);
  out.appendInteger(shard.count);
}
