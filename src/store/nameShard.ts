// Which shard of a batch run a name belongs to: a stable hash of its key, so every array task of a
// run, on any machine, agrees without coordination, and a name keeps its shard across reruns.
import { hashString } from "../core/csr/stringTable";

export interface Shard {
  index: number;
  count: number;
}

export function shardOf(key: string, count: number): number {
  return (hashString(key) >>> 0) % count;
}

/** Parses "i/N" (0 ≤ i < N); the message says what is allowed. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !(count >= 1) || !(index >= 0) || index >= count || count > 100_000) {
    throw new Error(
      `--shard ${JSON.stringify(text)}: expected i/N with N from 1 to 100000 and 0 ≤ i < N, e.g. --shard 3/16`,
    );
  }
  return { index, count };
}
