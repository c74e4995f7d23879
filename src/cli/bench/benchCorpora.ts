// The corpora the bench runs on: the default corpus and seeded synthetic ones up to ~300k names
// and ~1.2M co-author edges. Synthetic corpora go through JSON like a loaded file, so every
// mention is its own flat string (as JSON.parse gives), not one shared or concatenated string.
import type { Corpus } from "../../core/corpus";
import { readCorpusFromPath } from "../../io/readPath";
import { syntheticCorpus } from "./syntheticCorpus";

export interface BenchCorpus {
  name: string;
  load: () => Promise<Corpus>;
}

// Sizes found by trying: the generator leaves authors with low productivity unused, so the pool
// is larger than the node count it yields (see the nodes column of the output).
const SYNTHETIC = [
  { name: "synthetic S", authors: 30_000, papers: 14_000 },
  { name: "synthetic M", authors: 110_000, papers: 60_000 },
  { name: "synthetic L", authors: 560_000, papers: 245_000 },
];

export function benchCorpora(quick: boolean): BenchCorpus[] {
  const synthetic = quick ? SYNTHETIC.slice(0, 1) : SYNTHETIC;
  return [
    { name: "default corpus", load: () => readCorpusFromPath() },
    ...synthetic.map(({ name, authors, papers }) => ({
      name,
      load: async () =>
        JSON.parse(JSON.stringify(syntheticCorpus({ authors, papers, seed: 1 }))) as Corpus,
    })),
  ];
}
