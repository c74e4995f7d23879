// The project's own corpus format: JSON `{ "papers": [ { id, title, year?, venue?, authors: [...] } ] }`
// (documented in README.md). Validated field by field: a bad paper is skipped and noted with its
// path and field (`papers[3].authors`); the file fails only when it is not this format at all.
import {
  CorpusError,
  type AuthorMention,
  type ImportNote,
  type Paper,
  type ReportedRecords,
} from "../core/corpus";
import { isPlausibleYear } from "./fieldValues";
import type { CorpusFormat, ParsedFile } from "./format";
import { hasTopLevel } from "./jsonHead";
import { jsonErrorLine, shortMessage } from "./jsonText";
import { NoteTally } from "./noteTally";

export const projectJsonFormat: CorpusFormat = {
  id: "corpus-json",
  label: "Co-author explorer corpus JSON",
  extensions: ["json"],
  keeps:
    "everything: id, title, year, venue, abstract, keywords, DOI; authors with source id, affiliation, printed name, ground-truth label",
  sniff: (head) => hasTopLevel(head, "papers"),
  parse: (text, fileName) => parseProjectJson(text, fileName),
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A paper that cannot be used: the path of the bad field and why. */
class BadPaper extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function parseProjectJson(text: string, fileName: string): ParsedFile {
  let data: Json;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, "")) as Json;
  } catch (error) {
    throw new CorpusError(fileName, `not valid JSON (${shortMessage(error)})`, {
      line: jsonErrorLine(text, error),
    });
  }
  if (!isObject(data) || !Array.isArray(data.papers)) {
    throw new CorpusError(fileName, 'expected an object with a "papers" array', {
      field: "papers",
    });
  }
  const tally = new NoteTally();
  const papers: Paper[] = [];
  data.papers.forEach((raw, i) => {
    tally.read++;
    try {
      papers.push(readPaper(raw, `papers[${i}]`));
    } catch (error) {
      if (!(error instanceof BadPaper)) throw error;
      // Grouped by the field's name and reason; the paper's index is the example.
      const field = error.field.replace(/^papers\[\d+\]\.?/, "").replace(/\[\d+\]/g, "[]");
      tally.skip(`\`${field || "paper"}\` ${error.reason}`, undefined, `papers[${i}]`);
    }
  });
  const parsed = tally.result(fileName, papers, "papers");
  const reported = readReportedRecords(data.reportedRecords, fileName);
  parsed.notes.push(...reported.notes);
  return reported.records.length > 0 ? { ...parsed, reportedRecords: reported.records } : parsed;
}

/**
 * Top-level `reportedRecords: [{ name, records, source }]`: how many author records a source
 * keeps for a name. A bad entry is skipped with a note naming it; the papers are unaffected.
 */
function readReportedRecords(
  raw: Json | undefined,
  file: string,
): { records: ReportedRecords[]; notes: ImportNote[] } {
  const records: ReportedRecords[] = [];
  const notes: ImportNote[] = [];
  if (raw === undefined || raw === null) return { records, notes };
  if (!Array.isArray(raw)) {
    notes.push({
      file,
      message: "`reportedRecords` skipped: it must be an array of { name, records, source }",
    });
    return { records, notes };
  }
  raw.forEach((entry, i) => {
    const at = `reportedRecords[${i}]`;
    if (
      isObject(entry) &&
      typeof entry.name === "string" &&
      entry.name.trim() !== "" &&
      typeof entry.records === "number" &&
      Number.isInteger(entry.records) &&
      entry.records > 0 &&
      typeof entry.source === "string"
    )
      records.push({
        name: entry.name.trim(),
        records: entry.records,
        source: entry.source.trim(),
      });
    else
      notes.push({
        file,
        message: `\`${at}\` skipped: needs a non-empty \`name\`, a whole number \`records\` of at least 1 and a \`source\``,
      });
  });
  return { records, notes };
}

function readPaper(raw: Json, at: string): Paper {
  if (!isObject(raw)) throw new BadPaper(at, "is not an object");
  const paper: Paper = {
    id: requiredString(raw.id, `${at}.id`, true),
    title: requiredString(raw.title, `${at}.title`, false),
    authors: readAuthors(raw.authors, `${at}.authors`),
  };
  const year = optional(raw.year, `${at}.year`, "number");
  if (year !== undefined) {
    if (!isPlausibleYear(year))
      throw new BadPaper(`${at}.year`, "must be a whole year such as 2019");
    paper.year = year;
  }
  const venue = optional(raw.venue, `${at}.venue`, "string");
  if (venue) paper.venue = venue;
  const abstract = optional(raw.abstract, `${at}.abstract`, "string");
  if (abstract) paper.abstract = abstract;
  const doi = optional(raw.doi, `${at}.doi`, "string");
  if (doi) paper.doi = doi;
  if (raw.keywords !== undefined && raw.keywords !== null) {
    if (!Array.isArray(raw.keywords) || !raw.keywords.every((k) => typeof k === "string")) {
      throw new BadPaper(`${at}.keywords`, "must be an array of strings");
    }
    paper.keywords = raw.keywords as string[];
  }
  return paper;
}

function readAuthors(raw: Json | undefined, at: string): AuthorMention[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new BadPaper(at, "is empty or missing; every paper needs at least one author");
  }
  return raw.map((entry, i) => {
    const where = `${at}[${i}]`;
    if (typeof entry === "string") return { name: requiredString(entry, where, false) };
    if (!isObject(entry)) throw new BadPaper(where, 'must be a name or an object with "name"');
    const mention: AuthorMention = { name: requiredString(entry.name, `${where}.name`, false) };
    for (const key of ["rawName", "sourceId", "affiliation", "label"] as const) {
      const value = optional(entry[key], `${where}.${key}`, "string");
      if (value) mention[key] = value;
    }
    return mention;
  });
}

function requiredString(value: Json | undefined, at: string, allowNumber: boolean): string {
  if (allowNumber && typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new BadPaper(at, "is missing or empty; it must be a non-empty string");
  }
  return value.trim();
}

function optional<T extends "string" | "number">(
  value: Json | undefined,
  at: string,
  type: T,
): (T extends "string" ? string : number) | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== type) throw new BadPaper(at, `must be a ${type}`);
  return value as T extends "string" ? string : number;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
