// Reads a corpus store (layout.ts) without downloading it: the manifest and overview as JSON, then
// only the Parquet row groups a question needs, found from the footers' min/max statistics
// (hyparquet). Over HTTP each read is a range request, so opening one name of a DBLP-size store
// fetches a few hundred KB. Browser-safe; Node passes file-backed buffers (see fileBuffers).
import {
  cachedAsyncBuffer,
  parquetMetadataAsync,
  parquetReadObjects,
  type AsyncBuffer,
  type FileMetaData,
  type ParquetQueryFilter,
} from "hyparquet";
import type { Paper } from "../core/corpus";
import type { CorpusOverview } from "../core/csr/overview";
import { STORE_FILES, type StoreManifest } from "./layout";
import { paperFromRow, type NameScore } from "./nameBlock";

/** How a reader reaches the store's files: JSON whole, Parquet as random-access buffers. */
export interface StoreFiles {
  json(name: string): Promise<unknown>;
  buffer(name: string): Promise<AsyncBuffer>;
}

export interface StoredName {
  key: string;
  node: number;
  label: string;
  papers: number;
  degree: number;
  community: number;
}

type Table = "papers" | "blocks" | "names" | "edges" | "triage";

export class StoreReader {
  private readonly tables = new Map<Table, Promise<{ file: AsyncBuffer; meta: FileMetaData }>>();

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

  async overview(): Promise<CorpusOverview> {
    return (await this.files.json(STORE_FILES.overview)) as CorpusOverview;
  }

  async name(key: string): Promise<StoredName | undefined> {
    const rows = await this.read("names", { key: { $eq: key } });
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
    const rows = await this.read("blocks", { key: { $eq: key } });
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

  /** The batch run's ranking (after batch:merge), most ambiguous first. */
  async triage(limit = 300): Promise<NameScore[]> {
    if (!this.manifest.triage) return [];
    const { file, meta } = await this.table("triage");
    const rows = await parquetReadObjects({ file, metadata: meta, rowStart: 0, rowEnd: limit });
    return rows.map((row) => ({
      key: row.key as string,
      label: row.label as string,
      papers: Number(row.papers),
      identities: Number(row.identities),
      ambiguity: Number(row.ambiguity),
      mixedPairs: Number(row.mixed_pairs),
      groups: JSON.parse(row.groups as string) as NameScore["groups"],
    }));
  }

  private async read(table: Table, filter: ParquetQueryFilter): Promise<Record<string, unknown>[]> {
    const { file, meta } = await this.table(table);
    return parquetReadObjects({ file, metadata: meta, filter, rowFormat: "object" });
  }

  private table(table: Table): Promise<{ file: AsyncBuffer; meta: FileMetaData }> {
    let opened = this.tables.get(table);
    if (!opened) {
      opened = this.files.buffer(STORE_FILES[table]).then(async (raw) => {
        const file = cachedAsyncBuffer(raw);
        return { file, meta: await parquetMetadataAsync(file) };
      });
      this.tables.set(table, opened);
    }
    return opened;
  }
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
