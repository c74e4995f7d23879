// Loads labeled sets for eval and fit: each argument (a file or a folder of files, any format) is
// one set, indexed on its own as a curator would load it.
import { indexCorpus } from "../core/corpusIndex";
import { labeledNames } from "../core/evaluation";
import type { LabeledSet } from "../core/fitModel";
import { readCorpusFromPath } from "../io/readPath";

/** @param paths files or folders; `undefined` stands for the shipped default corpus. */
export async function loadLabeledSets(
  paths: (string | undefined)[],
  seed = 1,
): Promise<LabeledSet[]> {
  const sets: LabeledSet[] = [];
  for (const path of paths) {
    const corpus = await readCorpusFromPath(path);
    const index = indexCorpus(corpus, undefined, seed);
    const names = labeledNames(index);
    if (names.length === 0)
      throw new Error(`${corpus.label}: no mention carries a ground-truth label; nothing to score`);
    sets.push({ label: corpus.label.replace(/\.json(\.gz)?$/, ""), index, names });
  }
  return sets;
}
