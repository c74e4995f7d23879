// Node-only: `build:store` — streams papers from any supported input into a store folder (see
// layout.ts). One pass over the input: each paper's row goes to DuckDB as it is read and its
// mentions are interned into the compact co-author graph (MentionIndexer), so what JavaScript holds
// is the graph, not the papers. Then communities (CSR Louvain), names, edges and the overview are
// written, and DuckDB sorts each table into Parquet by the column it is looked up by.
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { ImportNote, Paper } from "../core/corpus";
import { coauthorCsrFromIndex, type CoauthorCsr } from "../core/csr/csrGraph";
import { louvainCsr } from "../core/csr/louvain";
import { MentionIndexer } from "../core/csr/mentionIndex";
import { communityOverview } from "../core/csr/overview";
import {
  appendInt,
  appendText,
  appender,
  copyToParquet,
  duckMemoryMB,
  openDuck,
  type Duck,
} from "./duck";
import { nameKey } from "../core/nameKey";
import {
  BLOCK_AUTHORS,
  ROW_GROUP_ROWS,
  STORE_FILES,
  STORE_VERSION,
  type StoreManifest,
} from "./layout";
import { cutIntoParts } from "./keyParts";
import { nameTerms } from "./nameTerms";
import { forEachPaper, inputFiles } from "./paperSource";
import { StageMeter, type StageFigures } from "./stageMemory";
import { StreamDedupe } from "../io/streamDedupe";

export interface BuildStoreOptions {
  label?: string;
  /** Called every `every` papers and at the end of each stage. */
  onProgress?: (message: string) => void;
  /**
   * DuckDB's memory_limit (default BUILD_MEMORY_LIMIT): past it DuckDB spills to the store's work
   * folder, so its part of the peak stays flat however large the corpus.
   */
  memoryLimit?: string;
  /** Called once the graph is garbage, before DuckDB's sorts (the CLI collects it there). */
  afterGraph?: () => void;
  /** Called at the end of each stage with its time and memory (see StageMeter). */
  onStage?: (figures: StageFigures) => void;
  /** Row groups per key-range part of the blocks (default PART_ROW_GROUPS; tests cut finer). */
  partRowGroups?: number;
}

/**
 * DuckDB's share of a build. The JavaScript side holds the graph beside it (about 1.3 GB for all
 * of DBLP by the bench's extrapolation), so 2 GB keeps the whole build well inside 8 GB; at 1M
 * papers a 1 GB limit cost no measurable time against 4 GB (the sorts spill to disk).
 */
export const BUILD_MEMORY_LIMIT = "2GB";
const NOTES_KEPT = 200;
const PROGRESS_EVERY = 100_000;

export async function buildStore(
  inputs: string[],
  outDir: string,
  options: BuildStoreOptions = {},
): Promise<StoreManifest> {
  const report = options.onProgress ?? (() => undefined);
  const files = await inputFiles(inputs);
  await mkdir(outDir, { recursive: true });
  const spill = join(outDir, ".build-spill");
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const duck = await openDuck(spill, options.memoryLimit ?? BUILD_MEMORY_LIMIT);
  const meter = new StageMeter(options.onStage, () => duckMemoryMB(duck));
  try {
    await meter.start("read");
    await duck.connection.run(
      "CREATE TABLE papers (paper INTEGER, id VARCHAR, title VARCHAR, year INTEGER, venue VARCHAR, doi VARCHAR, authors VARCHAR, capped VARCHAR)",
    );
    // `mention`: the author's JSON, only where the block copy of a long author list lacks it.
    await duck.connection.run(
      "CREATE TABLE mentions (node INTEGER, paper INTEGER, mention VARCHAR)",
    );
    const read = await readPapers(duck, files, report);
    report(
      `${elapsed()}: read ${read.papers} papers, ${read.mentions} mentions; building the graph`,
    );
    // The graph lives only inside writeGraph: DuckDB sorts without it beside.
    const graph = await writeGraph(duck, read.indexer, outDir, meter);
    options.afterGraph?.();
    report(`${elapsed()}: ${graph.names} names, ${graph.edges} edges, communities; sorting`);
    await writeParquet(duck, outDir, meter);
    await meter.start("parquet blocks parts");
    const blockParts = await cutIntoParts(duck, outDir, "blocks", options.partRowGroups);
    await meter.end();
    report(`${elapsed()}: Parquet written`);
    const manifest: StoreManifest = {
      version: STORE_VERSION,
      id: `store:${basename(resolve(outDir))}`,
      label: options.label ?? files.map((f) => basename(f)).join(", "),
      papers: read.papers,
      mentions: read.mentions,
      names: graph.names,
      edges: graph.edges,
      inputs: files.map((f) => basename(f)),
      notes: read.notes.slice(0, NOTES_KEPT),
      repeatedIds: read.repeatedIds,
      parts: { blocks: blockParts },
    };
    manifest.files = await fileSizes(outDir);
    await writeFile(join(outDir, STORE_FILES.manifest), JSON.stringify(manifest, null, 2));
    return manifest;
  } finally {
    duck.close();
    await rm(spill, { recursive: true, force: true });
  }
}

interface ReadResult {
  indexer: MentionIndexer;
  papers: number;
  mentions: number;
  notes: ImportNote[];
  repeatedIds: number;
}

/**
 * Repeated ids follow the policy of every reader (src/io/merge.ts), streamed as convert does: a
 * record with an earlier id and title merges into that paper, one with another title is kept as
 * `id~2`. Rows are written as papers come, so only when a record must merge is the input read a
 * second time, into emptied tables, with the merged papers in place of the first.
 */
async function readPapers(
  duck: Duck,
  files: string[],
  report: (message: string) => void,
): Promise<ReadResult> {
  const dedupe = new StreamDedupe();
  let read = await readPass(duck, files, report, (paper) => dedupe.first(paper));
  if (dedupe.needsSecondPass) {
    report(`${dedupe.merged} records repeat an earlier paper; reading again to merge them`);
    dedupe.startSecondPass();
    await duck.connection.run("DELETE FROM papers; DELETE FROM mentions");
    read = await readPass(duck, files, report, (paper) => dedupe.second(paper));
  }
  read.notes.push(...dedupe.notes("inputs"));
  return { ...read, repeatedIds: dedupe.merged + dedupe.renamed };
}

async function readPass(
  duck: Duck,
  files: string[],
  report: (message: string) => void,
  admit: (paper: Paper) => Paper | undefined,
): Promise<Omit<ReadResult, "repeatedIds">> {
  const paperRows = await appender(duck, "papers");
  const mentionRows = await appender(duck, "mentions");
  const indexer = new MentionIndexer({ papers: 1 << 18, mentions: 1 << 20 });
  const notes: ImportNote[] = [];
  let papers = 0;
  let mentions = 0;
  const started = performance.now();
  const add = (read: Paper): void => {
    const paper = admit(read);
    if (!paper) return;
    const p = papers++;
    mentions += paper.authors.length;
    const nodes = indexer.addPaper(paper.authors, paper.id);
    const long = paper.authors.length > BLOCK_AUTHORS;
    const firstAt = long ? firstPositions(paper) : undefined;
    for (let i = 0; i < nodes.length; i++) {
      mentionRows.appendInteger(nodes[i]!);
      mentionRows.appendInteger(p);
      const at = firstAt?.get(indexer.keyOf(nodes[i]!));
      if (at !== undefined && at >= BLOCK_AUTHORS)
        mentionRows.appendVarchar(JSON.stringify(paper.authors[at]));
      else mentionRows.appendNull();
      mentionRows.endRow();
    }
    paperRows.appendInteger(p);
    paperRows.appendVarchar(paper.id);
    paperRows.appendVarchar(paper.title);
    appendInt(paperRows, paper.year);
    appendText(paperRows, paper.venue);
    appendText(paperRows, paper.doi);
    paperRows.appendVarchar(JSON.stringify(paper.authors));
    // The block copy of a long list: its first BLOCK_AUTHORS authors as an open JSON array, closed
    // with the row's own mention in writeParquet.
    if (long)
      paperRows.appendVarchar(JSON.stringify(paper.authors.slice(0, BLOCK_AUTHORS)).slice(0, -1));
    else paperRows.appendNull();
    paperRows.endRow();
    if (papers % PROGRESS_EVERY === 0) {
      const rate = mentions / ((performance.now() - started) / 1000);
      report(`${papers} papers, ${mentions} mentions (${Math.round(rate)} mentions/s)`);
    }
  };
  for (const file of files) {
    notes.push(...(await forEachPaper(file, add)));
  }
  paperRows.closeSync();
  mentionRows.closeSync();
  return { indexer, papers, mentions, notes };
}

/**
 * The co-author graph (the indexer gives up its buffers to it), its communities and overview, and
 * the names, terms and edges tables; the graph is garbage once this returns.
 */
async function writeGraph(
  duck: Duck,
  indexer: MentionIndexer,
  outDir: string,
  meter: StageMeter,
): Promise<{ names: number; edges: number }> {
  await meter.start("graph");
  const csr = coauthorCsrFromIndex(indexer.finish());
  await meter.start("communities");
  const community = communitiesBySize(csr);
  await meter.start("overview");
  const overview = communityOverview(csr, community);
  await writeFile(join(outDir, STORE_FILES.overview), JSON.stringify(overview));
  await meter.start("names, terms, edges");
  await writeNames(duck, csr, community);
  await writeTerms(duck, csr);
  await writeEdges(duck, csr);
  return { names: csr.nodeCount, edges: csr.edgeCount };
}

/** Name key → position of its first mention on the paper (long author lists only). */
function firstPositions(paper: Paper): Map<string, number> {
  const first = new Map<string, number>();
  paper.authors.forEach((author, at) => {
    const key = nameKey(author.name);
    if (!first.has(key)) first.set(key, at);
  });
  return first;
}

/** Louvain on the CSR graph, communities renumbered largest first. */
function communitiesBySize(csr: CoauthorCsr): Uint32Array {
  const { membership, count } = louvainCsr(csr, { seed: 1 });
  const sizes = new Uint32Array(count);
  for (const c of membership) sizes[c]!++;
  const order = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => sizes[b]! - sizes[a]! || a - b,
  );
  const rank = new Uint32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  return membership.map((c) => rank[c]!);
}

async function writeNames(duck: Duck, csr: CoauthorCsr, community: Uint32Array): Promise<void> {
  await duck.connection.run(
    "CREATE TABLE names (key VARCHAR, node INTEGER, label VARCHAR, papers INTEGER, degree INTEGER, community INTEGER)",
  );
  const rows = await appender(duck, "names");
  for (let i = 0; i < csr.nodeCount; i++) {
    rows.appendVarchar(csr.keys[i]!);
    rows.appendInteger(i);
    rows.appendVarchar(csr.labels[i]!);
    rows.appendInteger(csr.papers[i]!);
    rows.appendInteger(csr.offsets[i + 1]! - csr.offsets[i]!);
    rows.appendInteger(community[i]!);
    rows.endRow();
  }
  rows.closeSync();
}

/** One row per folded word of each name (see nameTerms), for search by any word of a name. */
async function writeTerms(duck: Duck, csr: CoauthorCsr): Promise<void> {
  await duck.connection.run("CREATE TABLE terms (term VARCHAR, node INTEGER)");
  const rows = await appender(duck, "terms");
  for (let i = 0; i < csr.nodeCount; i++) {
    for (const term of nameTerms(csr.labels[i]!)) {
      rows.appendVarchar(term);
      rows.appendInteger(i);
      rows.endRow();
    }
  }
  rows.closeSync();
}

/** Bytes of every file in the store folder (the manifest lists them for readers over HTTP). */
async function fileSizes(outDir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const name of Object.values(STORE_FILES)) {
    const info = await stat(join(outDir, name)).catch(() => undefined);
    if (info) sizes[name] = info.size;
  }
  return sizes;
}

async function writeEdges(duck: Duck, csr: CoauthorCsr): Promise<void> {
  await duck.connection.run(
    "CREATE TABLE edges (source INTEGER, target INTEGER, weight DOUBLE, papers INTEGER)",
  );
  const rows = await appender(duck, "edges");
  for (let i = 0; i < csr.nodeCount; i++) {
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
      rows.appendInteger(i);
      rows.appendInteger(csr.targets[e]!);
      rows.appendDouble(csr.weights[e]!);
      rows.appendInteger(csr.edgePapers[e]!);
      rows.endRow();
    }
  }
  rows.closeSync();
}

/** Each Parquet file of the store and the query that gives its rows, in the order it is looked up. */
const PARQUET_QUERIES: [keyof typeof ROW_GROUP_ROWS, string][] = [
  ["papers", "SELECT paper, id, title, year, venue, doi, authors FROM papers ORDER BY paper"],
  [
    "blocks",
    `SELECT n.key, p.paper, p.id, p.title, p.year, p.venue, p.doi,
       CASE WHEN p.capped IS NULL THEN p.authors
            WHEN m.mention IS NULL THEN p.capped || ']'
            ELSE p.capped || ',' || m.mention || ']' END AS authors
     FROM mentions m JOIN names n USING (node) JOIN papers p USING (paper)
     ORDER BY n.key, p.paper`,
  ],
  ["names", "SELECT * FROM names ORDER BY key"],
  [
    "terms",
    `SELECT t.term, n.key, n.label, n.papers FROM terms t JOIN names n USING (node)
     ORDER BY t.term, n.papers DESC, n.key`,
  ],
  [
    "communities",
    "SELECT community, key, label, papers FROM names ORDER BY community, papers DESC, key",
  ],
  ["edges", "SELECT * FROM edges ORDER BY source, target"],
];

async function writeParquet(duck: Duck, outDir: string, meter: StageMeter): Promise<void> {
  for (const [name, select] of PARQUET_QUERIES) {
    await meter.start(`parquet ${name}`);
    await copyToParquet(duck, select, join(outDir, STORE_FILES[name]), ROW_GROUP_ROWS[name]);
  }
}
