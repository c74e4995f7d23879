// A CSV profile is one vendor's table (Scopus, Web of Science, Lens.org, …): which header says it
// is that vendor's, and how one row becomes a paper. `csvFormat(profile)` makes it a registry
// entry; the reading (papaparse, line numbers, lenient rows, the file-level rule) is shared here.
import type { AuthorMention, Paper } from "../../core/corpus";
import { CorpusError } from "../../core/corpus";
import { isNullCell, isPlaceholderAuthor, normalizeDoi, squeeze, yearOf } from "../fieldValues";
import type { CorpusFormat, ParsedFile } from "../format";
import { NoteTally } from "../noteTally";
import { detectDelimiter, firstLine, headerCells, readTable } from "./table";

/** One row's cells by header name (lower case, spaces folded, "_" read as a space). */
export class Cells {
  constructor(
    private readonly columns: Map<string, number>,
    private readonly cells: string[],
  ) {}

  has(name: string): boolean {
    return this.columns.has(name);
  }

  /** The first named column present and not blank or NA. */
  get(...names: string[]): string | undefined {
    for (const name of names) {
      const index = this.columns.get(name);
      if (index === undefined) continue;
      const value = squeeze(this.cells[index] ?? "");
      if (value !== "" && !isNullCell(value)) return value;
    }
    return undefined;
  }
}

export interface RowContext {
  file: string;
  line: number;
  tally: NoteTally;
}

export interface CsvProfile {
  id: string;
  label: string;
  keeps: string;
  /** True when the (normalised) header names are this vendor's. */
  matches(header: Set<string>): boolean;
  /** The paper a row stands for, or undefined after `ctx.tally.skip(…)`. */
  row(cells: Cells, ctx: RowContext): Paper | undefined;
  /** Columns the header must have (under any of their names), said in the error when it lacks one. */
  required?: { column: string; names: string[] }[];
}

export function normalizeHeader(name: string): string {
  return squeeze(name.replace(/^\uFEFF/, "").replace(/_/g, " ")).toLowerCase();
}

export function csvFormat(profile: CsvProfile): CorpusFormat {
  return {
    id: profile.id,
    label: profile.label,
    extensions: ["csv", "tsv", "tab", "txt"],
    keeps: profile.keeps,
    sniff: (head) => profile.matches(new Set(headerCells(head).map(normalizeHeader))),
    parse: (text, fileName) => parseTable(text, fileName, profile),
  };
}

export function parseTable(text: string, fileName: string, profile: CsvProfile): ParsedFile {
  const body = text.replace(/^\uFEFF/, "");
  const { rows, unclosedQuoteLine } = readTable(body, detectDelimiter(firstLine(body)));
  const header = rows.shift();
  if (!header) {
    throw new CorpusError(fileName, "the file is empty; the first row must name the columns", {
      line: 1,
    });
  }
  const columns = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    if (!columns.has(name)) columns.set(name, i);
  });
  for (const { column: required, names } of profile.required ?? []) {
    if (!names.some((name) => columns.has(name))) {
      throw new CorpusError(
        fileName,
        `no ${required} column in the header (${header.cells.join(", ")}); name one "${required}"` +
          (required === "authors" ? ', with authors separated by ";"' : ""),
        { line: header.line, field: required },
      );
    }
  }
  const tally = new NoteTally();
  const papers: Paper[] = [];
  for (const row of rows) {
    tally.read++;
    if (row.cells.length > header.cells.length) {
      tally.add("rows with more cells than the header; the extra cells were ignored", row.line);
    }
    const paper = profile.row(new Cells(columns, row.cells), {
      file: fileName,
      line: row.line,
      tally,
    });
    if (paper) papers.push(paper);
  }
  if (unclosedQuoteLine !== undefined) {
    tally.read++;
    tally.skip(
      'a quoted cell opened here is never closed, so the rest of the file is one cell (write a quote inside a cell as "")',
      unclosedQuoteLine,
    );
  }
  return tally.result(fileName, papers, "rows");
}

export interface PaperFields {
  id: string | undefined;
  title: string | undefined;
  authors: AuthorMention[];
  year?: string | undefined;
  venue?: string | undefined;
  doi?: string | undefined;
  abstract?: string | undefined;
  keywords?: string | undefined;
  /** Separator of the keyword list. */
  keywordSeparator?: RegExp;
}

/** The checks every profile shares: a title, at least one named author, a plausible year. */
export function paperOf(fields: PaperFields, ctx: RowContext): Paper | undefined {
  const authors = fields.authors.filter((a) => !isPlaceholderAuthor(a.name));
  if (authors.length === 0) {
    ctx.tally.skip("no author names", ctx.line);
    return undefined;
  }
  if (fields.title === undefined) {
    ctx.tally.skip("no title", ctx.line);
    return undefined;
  }
  const paper: Paper = { id: fields.id ?? `${ctx.file}#${ctx.line}`, title: fields.title, authors };
  if (fields.year !== undefined) {
    const year = yearOf(fields.year);
    if (year === undefined)
      ctx.tally.add("year that is not a plausible year left empty", ctx.line, `"${fields.year}"`);
    else paper.year = year;
  }
  if (fields.venue) paper.venue = fields.venue;
  const doi = normalizeDoi(fields.doi);
  if (doi) paper.doi = doi;
  if (fields.abstract && !/^\[no abstract available\]$/i.test(fields.abstract))
    paper.abstract = fields.abstract;
  const keywords = fields.keywords
    ?.split(fields.keywordSeparator ?? /;/)
    .map(squeeze)
    .filter(Boolean);
  if (keywords && keywords.length > 0) paper.keywords = keywords;
  return paper;
}

/** Affiliations given one per author; kept only when the counts match (noted otherwise). */
export function zipAffiliations(
  authors: AuthorMention[],
  affiliations: string[] | undefined,
  ctx: RowContext,
  column: string,
): void {
  if (!affiliations || affiliations.length === 0) return;
  if (affiliations.length !== authors.length) {
    ctx.tally.add(
      `\`${column}\` not one per author; affiliations left out where the counts differ`,
      ctx.line,
    );
    return;
  }
  authors.forEach((author, i) => {
    const affiliation = squeeze(affiliations[i] ?? "");
    if (affiliation !== "" && !isNullCell(affiliation)) author.affiliation = affiliation;
  });
}
