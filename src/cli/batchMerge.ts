// `npm run batch:merge -- STORE SHARD...`: joins a batch run's shard files (or folders of them)
// into STORE/triage.parquet, checking the run is complete; the app's triage then lists them.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { mergeBatch } from "../store/batchMerge";

async function shardFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (!(await stat(input)).isDirectory()) files.push(input);
    else
      files.push(
        ...(await readdir(input)).filter((f) => /\.parquet$/.test(f)).map((f) => join(input, f)),
      );
  }
  return files;
}

async function main(): Promise<void> {
  const [store, ...inputs] = process.argv.slice(2);
  if (!store || inputs.length === 0) {
    console.error("usage: npm run batch:merge -- STORE SHARD_FILE_OR_FOLDER...");
    process.exit(2);
  }
  const { shards, names } = await mergeBatch(store, await shardFiles(inputs));
  console.log(`${store}/triage.parquet: ${names} names from ${shards} shards`);
}

main().catch((error: unknown) => {
  console.error(`batch:merge: ${(error as Error).message}`);
  process.exit(1);
});
