// Reads a corpus store (layout.ts) without downloading it: the manifest and overview as JSON, then
// only the Parquet row groups a question needs, found from the footers' min/max statistics
// (hyparquet). Over HTTP each read is a range request, so opening one name of a DBLP-size store
// fetches a few hundred KB. Browser-safe; Node passes file-backed buffers (see fileBuffers).
import {
  cachedAsyncBuffer,
  parquetMetadataAsync,
  parquetRead,
  parquetReadObjects,
  type AsyncBuffer,
  type FileMetaData,
  type ParquetQueryFilter,
} from "hyparquet";
import type { Paper } from "../core/corpus";
import type { CorpusOverview } from "../core/csr/overview";
import { STORE_FILES, type KeyPart, type StoreManifest } from "./layout";
import { foldedKey } from "../core/nameKey";
import { paperFromRow, type NameScore } from "./nameBlock";
import { matchesTerms, nameTerms, termQuery } from "./nameTerms";
import { decodeSuggestion } from "./storedSuggestion";
import { splitModelId } from "../core/split/modelId";
import type { SplitSuggestion } from "../core/identity";

/**
 * How a reader reaches the store's files: JSON whole, Parquet as random-access buffers (`bytes`:
 * the file's length when the manifest says it, sparing a request to learn it).
 */
export interface StoreFiles {
  json(name: string): Promise<unknown>;
  buffer(name: string, bytes?: number): Promise<AsyncBuffer>;
}

/** A name found by search: its key, label and paper count. */
export interface NameMatch {
  key: string;
  label: string;
  papers: number;
}

/** A triage row as the list shows it: the batch's score without the identities' paper ids. */
export type TriageScore = Omit<NameScore, "groups">;

/** The triage table's columns the list reads (not `groups`). */
const TRIAGE_COLUMNS = [
  "key",
  "label",
  "papers",
  "identities",
  "ambiguity",
  "mixed_pairs",
] as const;

/** Part files whose footers a reader keeps parsed (the open name's, and a few before it). */
const PARTS_KEPT = 16;

/** Row groups of the terms table read for one search, at most (a few hundred KB). */
const SEARCH_GROUPS = 4;

export interface StoredName {
  key: string;
  node: number;
  label: string;
  papers: number;
  degree: number;
  community: number;
}

interface OpenTable {
  file: AsyncBuffer;
  meta: FileMetaData;
  /** Row index at which each row group starts, and the row count last. */
  starts: number[];
}

export type Table =
  "papers" | "blocks" | "names" | "edges" | "triage" | "terms" | "communities" | "suggestions";

export class StoreReader {
  private readonly tables = new Map<string, Promise<OpenTable>>();
  private readonly partFiles = new Map<string, Promise<OpenTable>>();

  private constructor(
    private readonly files: StoreFiles,
    readonly manifest: StoreManifest,
  ) {}

  static async open(files: StoreFiles): Promise<StoreReader> {
    const manifest = (await files.json(STORE_FILES.manifest)) as StoreManifest;
    if (typeof manifest?.version !== "number" || typeof manifest.papers !== "number")
      throw new Error(
        "manifest.json is not a corpus store manifest; build one with npm run build:store",
      );
    return new StoreReader(files, manifest);
  }

  /**
   * Reads the footers (row-group statistics) of the tables a name opens, ahead of the first name:
   * half a megabyte each on a million papers, one round trip fewer when the curator chooses.
   */
  async prepare(tables: readonly Table[] = ["blocks", "names"]): Promise<void> {
    const stored = this.manifest.triage?.suggestions ? (["suggestions"] as const) : [];
    // A table cut into key-range parts has no whole footer to read ahead: a lookup reads its part's.
    const whole = [...tables, ...stored].filter((table) => !this.parts(table));
    await Promise.all(whole.map((table) => this.table(table)));
  }

  /**
   * `key`'s suggestion at resolution 1 without decisions as the batch run computed it (see
   * storedSuggestion.ts): one row group of the ranges, then one range of suggestions.bin. Undefined
   * when the store keeps none for it (no batch merged, or a name too small to keep one), or when the
   * batch ran with another split model than the app's (the app splits afresh then).
   */
  async suggestion(key: string): Promise<SplitSuggestion | undefined> {
    const triage = this.manifest.triage;
    if (!triage?.suggestions || triage.model !== splitModelId()) return undefined;
    const [row] = await this.readKey("suggestions", key);
    if (!row) return undefined;
    const start = Number(row.start);
    const name = STORE_FILES.suggestionData;
    const data = await this.files.buffer(name, this.manifest.files?.[name]);
    const bytes = await data.slice(start, start + Number(row.bytes));
    return decodeSuggestion(key, new Uint8Array(bytes));
  }

  async overview(): Promise<CorpusOverview> {
    return (await this.files.json(STORE_FILES.overview)) as CorpusOverview;
  }

  async name(key: string): Promise<StoredName | undefined> {
    const rows = await this.readKey("names", key);
    return rows[0] ? storedName(rows[0]) : undefined;
  }

  /** Names whose key starts with `prefix` (keys are lower-cased, given name first), busiest first. */
  async namesWithPrefix(prefix: string, limit = 20): Promise<StoredName[]> {
    if (prefix === "") return [];
    const rows = (await this.read("names", { key: { $gte: prefix, $lt: `${prefix}\uffff` } })).map(
      storedName,
    );
    return rows.sort((a, b) => b.papers - a.papers || (a.key < b.key ? -1 : 1)).slice(0, limit);
  }

  /** The papers carrying `key`, with their authors: the name's block (one or two row groups). */
  async block(key: string): Promise<Paper[]> {
    const rows = await this.readKey("blocks", key);
    return rows.map((row) =>
      paperFromRow({
        paper: Number(row.paper),
        id: String(row.id),
        title: String(row.title),
        year: row.year === null || row.year === undefined ? null : Number(row.year),
        venue: (row.venue as string | null | undefined) ?? null,
        doi: (row.doi as string | null | undefined) ?? null,
        authors: String(row.authors),
      }),
    );
  }

  /**
   * Names matching a typed query by any of their words (see nameTerms): the rows of the longest
   * typed word (at most SEARCH_GROUPS row groups, busiest names first within a word), filtered by
   * the other words, busiest first. Stores built before the terms table fall back to key prefixes.
   */
  async search(query: string, limit = 8): Promise<NameMatch[]> {
    const typed = termQuery(query);
    if (!typed) return [];
    if (!this.manifest.files?.[STORE_FILES.terms])
      return (await this.namesWithPrefix(foldedKey(query), limit)).map(nameMatch);
    const { anchor, prefix } = typed;
    const rows = await this.readRange("terms", anchor, prefix ? `${anchor}\uffff` : anchor);
    const best = new Map<string, NameMatch>();
    for (const row of rows) {
      const term = String(row.term);
      if (prefix ? !term.startsWith(anchor) : term !== anchor) continue;
      const match = { key: String(row.key), label: String(row.label), papers: Number(row.papers) };
      if (best.has(match.key) || !matchesTerms(nameTerms(match.label), typed)) continue;
      best.set(match.key, match);
    }
    return [...best.values()]
      .sort((a, b) => b.papers - a.papers || (a.key < b.key ? -1 : 1))
      .slice(0, limit);
  }

  /** Community c's busiest names (for opening a community node of the overview). */
  async communityMembers(community: number, limit: number): Promise<NameMatch[]> {
    if (!this.manifest.files?.[STORE_FILES.communities]) return [];
    const rows = await this.readRange("communities", community, community, limit);
    return rows
      .filter((row) => Number(row.community) === community)
      .slice(0, limit)
      .map((row) => ({
        key: String(row.key),
        label: String(row.label),
        papers: Number(row.papers),
      }));
  }

  /**
   * Rows of a table sorted by its first column whose value lies in [low, high], reading only the
   * row groups whose statistics overlap it, and at most `maxGroups` of them (or `maxRows` rows).
   */
  private async readRange(
    table: Table,
    low: string | number,
    high: string | number,
    maxRows = Infinity,
    maxGroups = SEARCH_GROUPS,
  ): Promise<Record<string, unknown>[]> {
    const { file, meta } = await this.table(table);
    let start = 0;
    let rowStart = -1;
    let rowEnd = -1;
    let groups = 0;
    for (const group of meta.row_groups) {
      const rows = Number(group.num_rows);
      const stats = group.columns[0]?.meta_data?.statistics;
      const min = stats?.min_value as string | number | undefined;
      const max = stats?.max_value as string | number | undefined;
      const overlaps = min === undefined || max === undefined || (max >= low && min <= high);
      if (overlaps && groups < maxGroups && (rowStart < 0 || rowEnd - rowStart < maxRows)) {
        if (rowStart < 0) rowStart = start;
        rowEnd = start + rows;
        groups++;
      } else if (rowStart >= 0) break;
      start += rows;
    }
    if (rowStart < 0) return [];
    return parquetReadObjects({ file, metadata: meta, rowStart, rowEnd, rowFormat: "object" });
  }

  /**
   * The batch run's ranking (after batch:merge), most ambiguous first: the list's columns only.
   * The `groups` column (every paper id of every identity) is most of the table's bytes and the
   * most ambiguous names are the biggest, so reading it made the first row group ~10 MB on a
   * million papers, fetched and parsed in the Worker as the curator chose her first name.
   */
  async triage(limit = 300): Promise<TriageScore[]> {
    if (!this.manifest.triage) return [];
    const { file, meta } = await this.table("triage");
    const rows = await parquetReadObjects({
      file,
      metadata: meta,
      rowStart: 0,
      rowEnd: limit,
      columns: [...TRIAGE_COLUMNS],
    });
    return rows.map((row) => ({
      key: row.key as string,
      label: row.label as string,
      papers: Number(row.papers),
      identities: Number(row.identities),
      ambiguity: Number(row.ambiguity),
      mixedPairs: Number(row.mixed_pairs),
    }));
  }

  /**
   * The rows of `key` in a table sorted by its `key` column. A table cut into key-range parts
   * (layout.ts, KeyPart) finds the parts that can hold the key in the manifest's key index and
   * reads only their footers (~45 KB each); a table of one file uses its footer, read once.
   */
  private async readKey(table: Table, key: string): Promise<Record<string, unknown>[]> {
    const parts = this.parts(table);
    if (!parts) return this.readKeyIn(await this.table(table), key);
    const found = await Promise.all(
      partsHolding(parts, key).map(async (part) => this.readKeyIn(await this.part(part), key)),
    );
    return found.flat();
  }

  /**
   * The rows of `key` in one Parquet file sorted by `key`: the row groups that can hold it are
   * found by a binary search of their statistics (the footer of a DBLP-size blocks table in one
   * file lists tens of thousands), and only those are read.
   */
  private async readKeyIn(
    { file, meta, starts }: OpenTable,
    key: string,
  ): Promise<Record<string, unknown>[]> {
    const groups = meta.row_groups;
    const bound = (g: number, which: "min_value" | "max_value"): string | undefined => {
      const value = groups[g]!.columns[0]?.meta_data?.statistics?.[which];
      return typeof value === "string" ? value : undefined;
    };
    // First group whose max is not below the key (groups without statistics stay in range).
    let low = 0;
    let high = groups.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const max = bound(mid, "max_value");
      if (max !== undefined && max < key) low = mid + 1;
      else high = mid;
    }
    let end = low;
    while (end < groups.length && (bound(end, "min_value") ?? key) <= key) end++;
    if (end === low) return [];
    // Rows as arrays, the key's picked out here: half the CPU of hyparquet's row filter and of
    // building an object for every row of the groups (measured on a 6,681-paper name).
    const names = meta.schema.slice(1).map((column) => column.name);
    const keyAt = names.indexOf("key");
    const found: Record<string, unknown>[] = [];
    await parquetRead({
      file,
      metadata: meta,
      rowStart: starts[low]!,
      rowEnd: starts[end]!,
      onComplete: (rows: unknown[][]) => {
        for (const row of rows) {
          if (row[keyAt] !== key) continue;
          const object: Record<string, unknown> = {};
          for (let c = 0; c < names.length; c++) object[names[c]!] = row[c];
          found.push(object);
        }
      },
    });
    return found;
  }

  private async read(table: Table, filter: ParquetQueryFilter): Promise<Record<string, unknown>[]> {
    const { file, meta } = await this.table(table);
    return parquetReadObjects({ file, metadata: meta, filter, rowFormat: "object" });
  }

  private table(table: Table): Promise<OpenTable> {
    if (this.parts(table))
      throw new Error(`${table} is cut into key-range parts; read it by key (readKey)`);
    const name = STORE_FILES[table];
    return this.openFile(this.tables, name, this.manifest.files?.[name]);
  }

  /** A part file, its footer parsed; the last PARTS_KEPT opened are kept. */
  private part({ file: name, bytes, footer }: KeyPart): Promise<OpenTable> {
    const opened = this.openFile(this.partFiles, name, bytes, footer);
    this.partFiles.delete(name);
    this.partFiles.set(name, opened);
    while (this.partFiles.size > PARTS_KEPT)
      this.partFiles.delete(this.partFiles.keys().next().value!);
    return opened;
  }

  private parts(table: Table): KeyPart[] | undefined {
    return table === "blocks" ? this.manifest.parts?.blocks : undefined;
  }

  private openFile(
    cache: Map<string, Promise<OpenTable>>,
    name: string,
    bytes: number | undefined,
    footer?: number,
  ): Promise<OpenTable> {
    let opened = cache.get(name);
    if (!opened) {
      opened = this.files.buffer(name, bytes).then(async (raw) => {
        const file = cachedAsyncBuffer(raw);
        // A footer of known length is one request of its size, not hyparquet's default 512 KB.
        const meta = await parquetMetadataAsync(file, footer ? { initialFetchSize: footer } : {});
        const starts = [0];
        for (const group of meta.row_groups) starts.push(starts.at(-1)! + Number(group.num_rows));
        return { file, meta, starts };
      });
      cache.set(name, opened);
      // A failed read is not kept: the next question tries again.
      opened.catch(() => cache.delete(name));
    }
    return opened;
  }
}

/** Parts (in key order) whose key range holds `key`: a binary search of the key index. */
export function partsHolding(parts: readonly KeyPart[], key: string): KeyPart[] {
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (parts[mid]!.last < key) low = mid + 1;
    else high = mid;
  }
  const holding: KeyPart[] = [];
  for (let i = low; i < parts.length && parts[i]!.first <= key; i++) holding.push(parts[i]!);
  return holding;
}

function nameMatch({ key, label, papers }: StoredName): NameMatch {
  return { key, label, papers };
}

function storedName(row: Record<string, unknown>): StoredName {
  return {
    key: String(row.key),
    node: Number(row.node),
    label: String(row.label),
    papers: Number(row.papers),
    degree: Number(row.degree),
    community: Number(row.community),
  };
}
