// A corpus seen without one of its fields: how a labeled set would look had its source never
// recorded venues, affiliations or titles, had its papers no co-authors (a field where most
// papers have one author, or a source listing only the author of interest), or printed its names
// with initials only (no full first names: MEDLINE before 2002, many citation indexes). The fit
// learns from views without the first four what a missing field does to the evidence (a corpus
// of a new family often lacks one); eval scores all five.
import type { Corpus, Paper } from "./corpus";
import { indexCorpus } from "./corpusIndex";
import type { LabeledSet } from "./fitModel";

export const FIELDS = ["venue", "affiliation", "title", "coauthors", "fullNames"] as const;
export type Field = (typeof FIELDS)[number];
/**
 * The fields the fit learns views without. Not fullNames: fitted with such a view (and a feature
 * for "first names unknown"), CiteSeerX blocks without full names scored 0.708 (0.709) against the
 * shipped model's 0.711, and full names fell from 0.968 to 0.964 micro. With initials only, little
 * else in these sets tells two people of one block apart: there is nothing for the weights to learn.
 */
const LEARNED_FIELDS: readonly Field[] = ["venue", "affiliation", "title", "coauthors"];

/** Parses a comma-separated list of fields ("venue,title"), naming the first unknown one. */
export function parseFields(list: string, option: string): Field[] {
  return list
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => {
      if (!(FIELDS as readonly string[]).includes(f))
        throw new Error(`${option}: unknown field "${f}"; fields are ${FIELDS.join(", ")}`);
      return f as Field;
    });
}

/** The corpus with `fields` removed from every paper (title: its keywords too; they are one vector). */
export function withoutFields(corpus: Corpus, fields: readonly Field[]): Corpus {
  if (fields.length === 0) return corpus;
  const drop = new Set(fields);
  const strip = (paper: Paper): Paper => {
    const out: Paper = { ...paper };
    if (drop.has("venue")) delete out.venue;
    if (drop.has("title")) {
      out.title = "";
      delete out.keywords;
    }
    if (drop.has("affiliation"))
      out.authors = paper.authors.map(({ affiliation: _, ...mention }) => mention);
    if (drop.has("coauthors")) out.authors = authorsOfInterest(out.authors);
    if (drop.has("fullNames")) out.authors = out.authors.map(({ rawName: _, ...m }) => m);
    return out;
  };
  return {
    ...corpus,
    label: `${corpus.label} without ${fields.join(", ")}`,
    papers: corpus.papers.map(strip),
  };
}

/** One view of the set per field the set has, each without that field, indexed on its own. */
export function fieldViews(set: LabeledSet, seed = 1): LabeledSet[] {
  const { corpus } = set.index;
  const present = LEARNED_FIELDS.filter((field) => corpus.papers.some((p) => hasField(p, field)));
  return present.map((field) => ({
    label: `${set.label} without ${field}`,
    index: indexCorpus(withoutFields(corpus, [field]), undefined, seed),
    names: set.names,
  }));
}

/** The mentions carrying a ground-truth label (the names scored), else the first author alone. */
function authorsOfInterest(authors: Paper["authors"]): Paper["authors"] {
  const labeled = authors.filter((m) => m.label !== undefined);
  return labeled.length > 0 ? labeled : authors.slice(0, 1);
}

function hasField(paper: Paper, field: Field): boolean {
  if (field === "venue") return Boolean(paper.venue);
  if (field === "fullNames") return paper.authors.some((m) => m.rawName);
  if (field === "coauthors") return paper.authors.length > 1;
  if (field === "title") return paper.title.trim() !== "" || Boolean(paper.keywords?.length);
  return paper.authors.some((m) => m.affiliation);
}
