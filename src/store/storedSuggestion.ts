// A busy name's whole suggestion as the batch run computed it, kept in the store so the app shows
// it without splitting again: gzip'd JSON in suggestions.bin, one member per name, found by the
// name's byte range in suggestions.parquet (key-sorted). A split of thousands of papers costs a tab
// seconds (index the block, cluster, describe); reading it back costs one range request. Parquet
// alone cannot hold it: DuckDB writes row groups of at least 2,048 rows, and a busy name's
// suggestion is hundreds of KB. Browser-safe (CompressionStream exists in Node 18+ and Workers).
import type { IdentitySuggestion, SplitSuggestion } from "../core/identity";

/** Names of at least this many papers keep their suggestion; smaller ones split in milliseconds. */
export const STORED_SUGGESTION_PAPERS = 100;

/** Where one name's suggestion lies in suggestions.bin. */
export interface SuggestionRange {
  key: string;
  start: number;
  bytes: number;
}

/** A suggestion's JSON (as the batch wrote it), gzip'd for suggestions.bin. */
export async function gzipText(json: string): Promise<Uint8Array> {
  return piped(new TextEncoder().encode(json), new CompressionStream("gzip"));
}

/**
 * The suggestion back, as suggestSplit returned it (JSON drops an identity's unknown years; they
 * are put back as `undefined`). Throws, naming the key, when the bytes are not a suggestion of it.
 */
export async function decodeSuggestion(key: string, bytes: Uint8Array): Promise<SplitSuggestion> {
  const text = new TextDecoder().decode(await piped(bytes, new DecompressionStream("gzip")));
  const value = JSON.parse(text) as SplitSuggestion;
  if (value?.nameKey !== key || !Array.isArray(value.identities) || !Array.isArray(value.paperIds))
    throw new Error(
      `the stored suggestion of "${key}" is not one (suggestions.bin does not match suggestions.parquet); run npm run batch:merge again`,
    );
  value.identities = value.identities.map((identity): IdentitySuggestion => ({
    ...identity,
    firstYear: identity.firstYear ?? undefined,
    lastYear: identity.lastYear ?? undefined,
  }));
  return value;
}

async function piped(bytes: Uint8Array, through: GenericTransformStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(through);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
