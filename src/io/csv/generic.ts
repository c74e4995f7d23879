// Any other table with a header row naming a title and an authors column (spreadsheets, reference
// managers, R and Python exports): column names matched against the aliases below, authors
// separated by ";" (or "|"), "Last, First" turned around, NA cells read as empty.
import type { AuthorMention } from "../../core/corpus";
import { displayName, squeeze } from "../fieldValues";
import { scopusAuthors } from "./authorLists";
import { paperOf, zipAffiliations, type CsvProfile } from "./profile";

type Column =
  "title" | "authors" | "year" | "venue" | "id" | "doi" | "affiliations" | "abstract" | "keywords";

/** Header names (lower case, "_" read as a space) each column is known by in common exports. */
const ALIASES: Record<Column, string[]> = {
  title: ["title", "paper title", "article title", "document title", "item title", "ti"],
  authors: [
    "authors",
    "author",
    "author(s)",
    "author names",
    "author full names",
    "creators",
    "au",
    "af",
  ],
  year: ["year", "publication year", "pub year", "py", "date", "publication date", "issued"],
  venue: [
    "venue",
    "journal",
    "source",
    "source title",
    "journal/conference",
    "conference",
    "booktitle",
    "so",
    "publication title",
  ],
  // "id" only in tables that are not Web of Science field tags, where ID is Keywords Plus.
  id: [
    "id",
    "paper id",
    "citation key",
    "eid",
    "ut",
    "ut (unique wos id)",
    "accession number",
    "record id",
  ],
  doi: ["doi", "di"],
  affiliations: ["affiliations", "affiliation", "author affiliations", "institutions", "c1"],
  abstract: ["abstract", "ab"],
  keywords: ["keywords", "author keywords", "de"],
};

const aliasesOf = (column: Column) => ALIASES[column];
const WOS_TAGS = ["au", "ti", "so", "py", "de", "ut", "af"];

export const genericCsv: CsvProfile = {
  id: "csv",
  label: "CSV/TSV table with a header row (title, authors, year, venue)",
  keeps:
    "id column if any (else file#line), title, year, venue, DOI, abstract, keywords; authors separated by ';' with per-author affiliations when counts match",
  required: [
    { column: "title", names: ALIASES.title },
    { column: "authors", names: ALIASES.authors },
  ],
  matches: (header) =>
    aliasesOf("title").some((a) => header.has(a)) &&
    aliasesOf("authors").some((a) => header.has(a)),
  row: (cells, ctx) => {
    const tagged = WOS_TAGS.filter((tag) => cells.has(tag)).length >= 2;
    const get = (column: Column) =>
      cells.get(
        ...aliasesOf(column).filter((name) => !(tagged && column === "id" && name === "id")),
      );
    const list = get("authors") ?? "";
    const separator = list.includes(";") ? ";" : list.includes("|") ? "|" : undefined;
    const names = separator
      ? list.split(separator)
      : /\p{Lu}\.\s*,/u.test(list)
        ? scopusAuthors(list) // "Govil N., Sharma A.": authors separated by commas after initials
        : [list];
    const authors: AuthorMention[] = names
      .map((n) => displayName(n))
      .filter((n) => n !== "")
      .map((name) => ({ name }));
    const affiliations = get("affiliations");
    if (affiliations !== undefined && authors.length > 1) {
      zipAffiliations(authors, affiliations.split(";").map(squeeze), ctx, "affiliations");
    } else if (affiliations !== undefined && authors.length === 1) {
      authors[0]!.affiliation = affiliations;
    }
    return paperOf(
      {
        id: get("id"),
        title: get("title"),
        authors,
        year: get("year"),
        venue: get("venue"),
        doi: get("doi"),
        abstract: get("abstract"),
        keywords: get("keywords"),
      },
      ctx,
    );
  },
};
