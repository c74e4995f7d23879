// A corpus seen without one of its fields: how a labeled set would look had its source never
// recorded venues, affiliations or titles, or had its papers no co-authors (a field where most
// papers have one author, or a source listing only the author of interest). The fit learns from these views what a missing field
// does to the evidence (a corpus of a new family often lacks one), and eval scores them.
import type { Corpus, Paper } from "./corpus";
import { indexCorpus } from "./corpusIndex";
import type { LabeledSet } from "./fitModel";

export const FIELDS = ["venue", "affiliation", "title", "coauthors"] as const;
export type Field = (typeof FIELDS)[number];

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
  return FIELDS.filter((field) => corpus.papers.some((p) => hasField(p, field))).map((field) => ({
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
  if (field === "coauthors") return paper.authors.length > 1;
  if (field === "title") return paper.title.trim() !== "" || Boolean(paper.keywords?.length);
  return paper.authors.some((m) => m.affiliation);
}
