// Node-only: the overview of the default corpus as the app's Worker computes it (same reader, same
// build, default budget), which `npm run build:corpus` ships beside the corpus and a unit test
// checks against the shipped file.
import { openAsBlob } from "node:fs";
import { resolve } from "node:path";
import { mergeParsedFiles } from "../io/merge";
import { readCorpusBlob } from "../io/readBlob";
import { DEFAULT_CORPUS_PATH } from "../io/readPath";
import { buildCorpusGraph } from "../worker/loadCorpus";
import type { GraphPayload } from "../worker/protocol";

export const DEFAULT_OVERVIEW_PATH = resolve(
  import.meta.dirname,
  "../../data/default-overview.json",
);

export async function defaultOverview(corpusPath = DEFAULT_CORPUS_PATH): Promise<GraphPayload> {
  const name = "default-corpus.json";
  const parsed = await readCorpusBlob(await openAsBlob(corpusPath), name);
  const corpus = mergeParsedFiles(name, name, [parsed]);
  return buildCorpusGraph(corpus, () => undefined).payload;
}
