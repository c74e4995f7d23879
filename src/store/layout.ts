// The corpus store on disk: a folder of Parquet files (written by DuckDB, read by DuckDB in the
// CLI and by hyparquet in the browser through HTTP range requests) plus a small JSON manifest and
// overview. Every table is sorted by the column it is looked up by, so a row group's min/max
// statistics in the Parquet footer say which row group holds a name, and a reader fetches only that
// byte range. Browser-safe: names and types only.

export const STORE_VERSION = 1;

export const STORE_FILES = {
  manifest: "manifest.json",
  overview: "overview.json",
  /** paper (int, corpus order), id, title, year, venue, doi, authors (JSON of the mentions). */
  papers: "papers.parquet",
  /**
   * The name blocks (and the mentions): one row per name key and paper — key, paper, id, title,
   * year, venue, doi, authors — sorted by key, so a name's papers are contiguous and one or two row
   * groups hold them. A paper of more than BLOCK_AUTHORS authors keeps its first BLOCK_AUTHORS
   * here, plus the row's own name (papers.parquet has the full list). Stores built since key-range
   * parts cut it into `blocks/part-N.parquet` (see KeyPart); older ones hold this one file.
   */
  blocks: "blocks.parquet",
  /** key, node, label, papers, degree, community: sorted by key. */
  names: "names.parquet",
  /** source, target (node ids), weight, papers: both directions, sorted by source. */
  edges: "edges.parquet",
  /** After `batch:merge`: key, label, papers, identities, ambiguity, mixed_pairs, groups (JSON). */
  triage: "triage.parquet",
  /**
   * After `batch:merge`: key, start, bytes — where each busy name's whole suggestion lies in
   * suggestions.bin (see storedSuggestion.ts); sorted by key.
   */
  suggestions: "suggestions.parquet",
  /** After `batch:merge`: the busy names' suggestions, gzip'd JSON, one member per name. */
  suggestionData: "suggestions.bin",
  /** term (a folded word of a name), key, label, papers: sorted by term, busiest first. */
  terms: "terms.parquet",
  /** community, key, label, papers: sorted by community, busiest first (a community opened). */
  communities: "communities.parquet",
} as const;

/** Rows per Parquet row group: the unit a browser fetches (small, so one name is a few KB). */
export const ROW_GROUP_ROWS = {
  papers: 8192,
  blocks: 2048,
  names: 4096,
  edges: 8192,
  terms: 4096,
  communities: 4096,
  suggestions: 2048,
};

/**
 * Row groups per key-range part file: a part's footer (what a reader parses before its first
 * lookup in it) stays ~45 KB whatever the corpus size, where the whole blocks table's footer is
 * 2.3 MB at a million papers and ~17 MB at DBLP's size.
 */
export const PART_ROW_GROUPS = 32;

/** Tables a store cuts into key-range parts (sorted by their first column). */
export type PartedTable = "blocks";

/**
 * One file of a table cut by key range: the table's rows from `first` to `last` (its first
 * column, inclusive) in order; a key may run on from one part into the next. The list of a
 * table's parts, in key order, is the store's key index: a lookup reads it from the manifest,
 * then one part's footer, then the row groups holding the key.
 */
export interface KeyPart {
  /** Path inside the store folder, e.g. "blocks/part-3.parquet". */
  file: string;
  first: string;
  last: string;
  rows: number;
  bytes: number;
  /** Bytes of its footer (metadata, length, magic): read in one request of exactly that size. */
  footer: number;
}

/** The files holding a table, in key order: its parts, or the one file of an older store. */
export function tableFiles(manifest: StoreManifest, table: PartedTable): string[] {
  const parts = manifest.parts?.[table];
  return parts ? parts.map((p) => p.file) : [STORE_FILES[table]];
}

/** Authors a paper keeps in a name block (see paperPairs' CLIQUE_LIMIT: the same bound). */
export const BLOCK_AUTHORS = 100;

export interface StoreManifest {
  version: number;
  id: string;
  label: string;
  papers: number;
  mentions: number;
  names: number;
  edges: number;
  /** Inputs read, with what the importers repaired or skipped (first 200). */
  inputs: string[];
  notes: { file: string; line?: number; message: string }[];
  /** Records whose id repeated an earlier one: merged into it, or kept apart as `id~2`. */
  repeatedIds: number;
  /** Bytes of each file, so a reader over HTTP needs no request to learn a file's length. */
  files?: Record<string, number>;
  /** Tables cut into key-range part files (stores built before parts hold one file each). */
  parts?: Partial<Record<PartedTable, KeyPart[]>>;
  /**
   * Set by batch:merge: shards joined and names scored; `suggestions`: names whose whole suggestion
   * (at resolution 1, no decisions) is stored (see storedSuggestion.ts); `model`: the split model
   * that scored them (splitModelId), so an app of another model splits afresh.
   */
  triage?: { shards: number; names: number; suggestions?: number; model?: string };
}
