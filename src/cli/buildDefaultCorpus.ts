// Rebuilds data/default-corpus.json from the shared labeled data: every Arnetminer person-XML file
// plus the five "Tom Jacobs" papers of the seed name-cluster page, and beside it the overview the
// app draws first (data/default-overview.json), so the first frame needs no graph build.
// Run: npm run build:corpus [-- --overview-only]  (the overview of the corpus as it is in data/)
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Corpus, Paper } from "../core/corpus";
import { DEFAULT_CORPUS_PATH, readCorpusFromPath } from "../io/readPath";
import { encodeOverview } from "../worker/shippedOverview";
import { defaultOverview, DEFAULT_OVERVIEW_PATH } from "./defaultOverview";

const SHARED = resolve(import.meta.dirname, "../../../shared/data");

interface SeedPage {
  source: string;
  name: string;
  reportedAuthorRows: number;
  papers: { title: string; venue: string; year: number; authors: string[] }[];
}

async function writeOverview(): Promise<void> {
  const overview = await defaultOverview();
  await writeFile(DEFAULT_OVERVIEW_PATH, encodeOverview(overview));
  console.log(
    `wrote ${DEFAULT_OVERVIEW_PATH}: ${overview.keys.length} nodes, ${overview.source.length} edges`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "overview-only": { type: "boolean" } } });
  if (values["overview-only"]) return writeOverview();
  const arnetminer = await readCorpusFromPath(resolve(SHARED, "arnetminer-tang"));
  const seed = JSON.parse(
    await readFile(resolve(SHARED, "seed-name-cluster.json"), "utf8"),
  ) as SeedPage;
  const seedPapers: Paper[] = seed.papers.map((p, i) => ({
    id: `seed-tom-jacobs-${i + 1}`,
    title: p.title,
    year: p.year,
    venue: p.venue,
    authors: p.authors.map((name) => ({ name })),
  }));
  const corpus: Corpus = {
    id: "default",
    label: "Arnetminer names + Tom Jacobs seed (default)",
    papers: [...arnetminer.papers, ...seedPapers],
    notes: arnetminer.notes.map((n) => ({ ...n, file: `arnetminer-tang/${n.file}` })),
    // The page said how many author records carry the name, not which paper is whose.
    reportedRecords: [
      {
        name: seed.name,
        records: seed.reportedAuthorRows,
        source: "the search engine's author-name cluster page",
      },
    ],
  };
  await writeFile(DEFAULT_CORPUS_PATH, JSON.stringify(corpus) + "\n");
  const mentions = corpus.papers.reduce((sum, p) => sum + p.authors.length, 0);
  console.log(`wrote ${DEFAULT_CORPUS_PATH}: ${corpus.papers.length} papers, ${mentions} mentions`);
  await writeOverview();
}

await main();
