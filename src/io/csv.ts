// CSV/TSV tables with a header row (title, authors separated by ";", year, venue, optional id, doi,
// affiliations), as spreadsheets, reference managers and bibliographic databases export them.
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import { detectDelimiter, readCsvRows, type CsvRow } from "./csvRows";
import { assertUtf8Decoded } from "./encoding";
import { displayName, normalizeDoi, squeeze, yearOf } from "./fieldValues";
import type { CorpusFormat, ParsedFile } from "./format";
import { LineIndex } from "./lines";
import { NoteTally } from "./noteTally";

type Column =
  "title" | "authors" | "year" | "venue" | "id" | "doi" | "affiliations" | "abstract" | "keywords";

/** Header names (lower case, "_" read as a space) each column is known by in common exports. */
const ALIASES: Record<Column, string[]> = {
  title: ["title", "paper title", "article title", "document title", "publication title", "ti"],
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
  ],
  id: ["id", "paper id", "key", "citation key", "eid", "ut", "ut (unique wos id)"],
  doi: ["doi", "di"],
  affiliations: ["affiliations", "affiliation", "author affiliations", "institutions", "c1"],
  abstract: ["abstract", "ab"],
  keywords: ["keywords", "author keywords", "de"],
};

export const csvFormat: CorpusFormat = {
  id: "csv",
  label: "CSV/TSV table with a header row (title, authors, year, venue)",
  extensions: ["csv", "tsv", "tab"],
  sniff: (head) => {
    const header = firstLine(head);
    const columns = mapColumns(splitHeader(header));
    return columns.has("title") && columns.has("authors");
  },
  parse: parseCsv,
};

export function parseCsv(text: string, fileName: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, "");
  assertUtf8Decoded(body, fileName, (i) => new LineIndex(body).lineOf(i));
  const rows = readCsvRows(body, detectDelimiter(firstLine(body)), fileName);
  const header = rows.shift();
  if (!header)
    throw new CorpusError(fileName, "the file is empty; the first row must name the columns", {
      line: 1,
    });
  const columns = mapColumns(header.cells);
  for (const required of ["title", "authors"] as const) {
    if (!columns.has(required)) {
      throw new CorpusError(
        fileName,
        `no ${required} column in the header (${header.cells.join(", ")}); name one "${required}"` +
          (required === "authors" ? ', with authors separated by ";"' : ""),
        { line: header.line, field: required },
      );
    }
  }
  const tally = new NoteTally();
  const papers = rows.map((row) => paperFrom(row, columns, header.cells, fileName, tally));
  return { papers, notes: tally.notes(fileName) };
}

function paperFrom(
  row: CsvRow,
  columns: Map<Column, number>,
  headerCells: string[],
  file: string,
  tally: NoteTally,
): Paper {
  if (row.cells.length > headerCells.length) {
    tally.add("rows with more cells than the header; the extra cells were ignored", row.line);
  }
  const cell = (column: Column): string | undefined => {
    const index = columns.get(column);
    const value = index === undefined ? undefined : squeeze(row.cells[index] ?? "");
    return value === "" ? undefined : value;
  };
  const fail = (column: Column, message: string): never => {
    throw new CorpusError(file, message, {
      line: row.line,
      field: headerCells[columns.get(column)!] ?? column,
    });
  };
  const title = cell("title") ?? fail("title", "is empty; every paper needs a title");
  const names = (cell("authors") ?? "").split(";").map(displayName).filter(Boolean);
  if (names.length === 0)
    fail("authors", 'is empty; every paper needs at least one author (separate several with ";")');
  const affiliations = (cell("affiliations") ?? "").split(";").map(squeeze);
  if (
    cell("affiliations") !== undefined &&
    affiliations.length !== names.length &&
    names.length > 1
  ) {
    tally.add(
      'affiliations not one per author, separated by ";"; kept only where the counts match',
      row.line,
    );
  }
  const authors = names.map((name, i): AuthorMention => {
    const affiliation = affiliations.length === names.length ? affiliations[i] : undefined;
    return affiliation ? { name, affiliation } : { name };
  });
  const paper: Paper = { id: cell("id") ?? `${file}#${row.line}`, title, authors };
  const yearText = cell("year");
  if (yearText !== undefined) {
    paper.year =
      yearOf(yearText) ??
      fail("year", `"${yearText}" is not a year; write it as 2019 or leave it empty`);
  }
  const venue = cell("venue");
  if (venue) paper.venue = venue;
  const doi = normalizeDoi(cell("doi"));
  if (doi) paper.doi = doi;
  const abstract = cell("abstract");
  if (abstract) paper.abstract = abstract;
  const keywords = cell("keywords")?.split(";").map(squeeze).filter(Boolean);
  if (keywords && keywords.length > 0) paper.keywords = keywords;
  return paper;
}

function mapColumns(headerCells: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  headerCells.forEach((raw, index) => {
    const name = squeeze(raw.replace(/^\uFEFF/, "").replace(/_/g, " ")).toLowerCase();
    for (const [column, aliases] of Object.entries(ALIASES) as [Column, string[]][]) {
      if (!columns.has(column) && aliases.includes(name)) columns.set(column, index);
    }
  });
  return columns;
}

function firstLine(text: string): string {
  const body = text.replace(/^\uFEFF/, "").replace(/^\s*[\r\n]+/, "");
  const end = body.search(/[\r\n]/);
  return end === -1 ? body : body.slice(0, end);
}

function splitHeader(line: string): string[] {
  return line.split(detectDelimiter(line)).map((cell) => cell.replace(/^\s*"|"\s*$/g, ""));
}
