// Loads labeled sets for eval and fit: each argument (a file or a folder of files, any format) is
// one set, indexed on its own as a curator would load it.
import type { ImportNote } from "../core/corpus";
import { indexCorpus } from "../core/corpusIndex";
import { withoutFields, type Field } from "../core/fieldViews";
import { labeledNames } from "../core/evaluation";
import type { LabeledSet } from "../core/fitModel";
import { readCorpusFromPath } from "../io/readPath";

/** A labeled set with what its import noted (files and records skipped, repairs, merges). */
export interface LoadedSet extends LabeledSet {
  notes: ImportNote[];
}

/**
 * @param paths files or folders; `undefined` stands for the shipped default corpus.
 * @param without fields removed from every paper before indexing (see withoutFields)
 */
export async function loadLabeledSets(
  paths: (string | undefined)[],
  seed = 1,
  without: readonly Field[] = [],
): Promise<LoadedSet[]> {
  const sets: LoadedSet[] = [];
  for (const path of paths) {
    const corpus = withoutFields(await readCorpusFromPath(path), without);
    const index = indexCorpus(corpus, undefined, seed);
    const names = labeledNames(index);
    if (names.length === 0)
      throw new Error(`${corpus.label}: no mention carries a ground-truth label; nothing to score`);
    const label = corpus.label.replace(/\.json(\.gz)?(?= without|$)/, "");
    sets.push({ label, index, names, notes: corpus.notes });
  }
  return sets;
}
