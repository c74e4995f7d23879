// Node-only: the few DuckDB calls the store needs, in one place — a database in a work file (so
// DuckDB can spill to disk on corpora larger than memory), appenders for streaming rows in, and
// COPY … TO Parquet with the row-group size a browser fetches by.
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from "@duckdb/node-api";

export interface Duck {
  connection: DuckDBConnection;
  close(): void;
}

/**
 * An in-memory database that spills to `spillDir` past `memoryLimit` (so a corpus larger than
 * memory still sorts), without the write-ahead log and checkpoints a database file would cost.
 */
export async function openDuck(spillDir?: string, memoryLimit = "4GB"): Promise<Duck> {
  const options: Record<string, string> = { memory_limit: memoryLimit };
  if (spillDir) options.temp_directory = spillDir;
  const instance = await DuckDBInstance.create(":memory:", options);
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Memory DuckDB's buffer manager holds now (MB): what of the process's RSS is DuckDB's. */
export async function duckMemoryMB(duck: Duck): Promise<number> {
  const reader = await duck.connection.runAndReadAll(
    "SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE FROM duckdb_memory()",
  );
  return Math.round(Number(reader.getRows()[0]![0]) / (1024 * 1024));
}

export async function appender(duck: Duck, table: string): Promise<DuckDBAppender> {
  return duck.connection.createAppender(table);
}

/** `select` (a query) written as a Parquet file with row groups of `rows` rows, Snappy-compressed. */
export async function copyToParquet(
  duck: Duck,
  select: string,
  file: string,
  rows: number,
): Promise<void> {
  await duck.connection.run(
    `COPY (${select}) TO '${sqlString(file)}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rows})`,
  );
}

/** A path inside single quotes in SQL. */
export function sqlString(text: string): string {
  return text.replaceAll("'", "''");
}

export function appendText(target: DuckDBAppender, value: string | undefined): void {
  if (value === undefined) target.appendNull();
  else target.appendVarchar(value);
}

export function appendInt(target: DuckDBAppender, value: number | undefined): void {
  if (value === undefined) target.appendNull();
  else target.appendInteger(value);
}
