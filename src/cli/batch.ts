// `npm run batch -- STORE --shard i/N -o OUT`: suggestion and triage score for every name of shard
// i of N (names assigned by a stable hash of their key), written as one Parquet file. Run the N
// shards anywhere (an array job: see docs/batch.md), then `npm run batch:merge`.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runBatch } from "../store/batch";
import { parseShard } from "../store/nameShard";

const USAGE = "usage: npm run batch -- STORE --shard i/N -o OUT(.parquet or folder)";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { shard: { type: "string" }, out: { type: "string", short: "o" } },
  });
  if (positionals.length !== 1 || !values.shard || !values.out) {
    console.error(`expected one STORE, --shard and -o; ${USAGE}`);
    process.exit(2);
  }
  const shard = parseShard(values.shard);
  const isFolder = !values.out.endsWith(".parquet");
  if (isFolder) await mkdir(values.out, { recursive: true });
  const outFile = isFolder
    ? join(values.out, `shard-${shard.index}-of-${shard.count}.parquet`)
    : values.out;
  const result = await runBatch(positionals[0]!, shard, outFile, (m) =>
    console.error(`batch ${shard.index}/${shard.count}: ${m}`),
  );
  console.log(
    `${outFile}: ${result.names} names in ${result.seconds.toFixed(1)} s ` +
      `(${(result.names / result.seconds).toFixed(0)} names/s on one core)`,
  );
}

main().catch((error: unknown) => {
  console.error(`batch: ${(error as Error).message}`);
  process.exit(1);
});
