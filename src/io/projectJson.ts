// The project's own corpus format: JSON `{ "papers": [ { id, title, year?, venue?, authors: [...] } ] }`
// (documented in README.md). Validated field by field so a bad record names its paper and field.
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import type { CorpusFormat, ParsedFile } from "./format";

export const projectJsonFormat: CorpusFormat = {
  id: "corpus-json",
  label: "Co-author explorer corpus JSON",
  extensions: ["json"],
  sniff: (head) => /^\s*\{/.test(head) && /"papers"\s*:/.test(head),
  parse: parseProjectJson,
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function parseProjectJson(text: string, fileName: string): ParsedFile {
  let data: Json;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, "")) as Json;
  } catch (error) {
    throw new CorpusError(fileName, `not valid JSON (${(error as Error).message})`, {
      line: jsonErrorLine(text, error as Error),
    });
  }
  if (!isObject(data) || !Array.isArray(data.papers)) {
    throw new CorpusError(fileName, 'expected an object with a "papers" array', {
      field: "papers",
    });
  }
  const papers = data.papers.map((raw, i) => readPaper(raw, `papers[${i}]`, fileName));
  const seen = new Set<string>();
  for (const [i, paper] of papers.entries()) {
    if (seen.has(paper.id)) {
      throw new CorpusError(fileName, `duplicate paper id "${paper.id}"; ids must be unique`, {
        field: `papers[${i}].id`,
      });
    }
    seen.add(paper.id);
  }
  return { papers, notes: [] };
}

function readPaper(raw: Json, at: string, file: string): Paper {
  if (!isObject(raw)) throw new CorpusError(file, "each paper must be an object", { field: at });
  const paper: Paper = {
    id: requiredString(raw.id, `${at}.id`, file, true),
    title: requiredString(raw.title, `${at}.title`, file, false),
    authors: readAuthors(raw.authors, `${at}.authors`, file),
  };
  const year = optional(raw.year, `${at}.year`, file, "number");
  if (year !== undefined) {
    if (!Number.isInteger(year))
      throw new CorpusError(file, "must be a whole year such as 2019", { field: `${at}.year` });
    paper.year = year;
  }
  const venue = optional(raw.venue, `${at}.venue`, file, "string");
  if (venue) paper.venue = venue;
  const abstract = optional(raw.abstract, `${at}.abstract`, file, "string");
  if (abstract) paper.abstract = abstract;
  const doi = optional(raw.doi, `${at}.doi`, file, "string");
  if (doi) paper.doi = doi;
  if (raw.keywords !== undefined && raw.keywords !== null) {
    if (!Array.isArray(raw.keywords) || !raw.keywords.every((k) => typeof k === "string")) {
      throw new CorpusError(file, "must be an array of strings", { field: `${at}.keywords` });
    }
    paper.keywords = raw.keywords as string[];
  }
  return paper;
}

function readAuthors(raw: Json | undefined, at: string, file: string): AuthorMention[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new CorpusError(file, "is empty or missing; every paper needs at least one author", {
      field: at,
    });
  }
  return raw.map((entry, i) => {
    const where = `${at}[${i}]`;
    if (typeof entry === "string") return { name: requiredString(entry, where, file, false) };
    if (!isObject(entry))
      throw new CorpusError(file, 'must be a name or an object with "name"', { field: where });
    const mention: AuthorMention = {
      name: requiredString(entry.name, `${where}.name`, file, false),
    };
    for (const key of ["rawName", "sourceId", "affiliation", "label"] as const) {
      const value = optional(entry[key], `${where}.${key}`, file, "string");
      if (value) mention[key] = value;
    }
    return mention;
  });
}

function requiredString(
  value: Json | undefined,
  at: string,
  file: string,
  allowNumber: boolean,
): string {
  if (allowNumber && typeof value === "number") return String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new CorpusError(file, "is missing or empty; it must be a non-empty string", {
      field: at,
    });
  }
  return value.trim();
}

function optional<T extends "string" | "number">(
  value: Json | undefined,
  at: string,
  file: string,
  type: T,
): (T extends "string" ? string : number) | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== type) throw new CorpusError(file, `must be a ${type}`, { field: at });
  return value as T extends "string" ? string : number;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** V8 reports "at position N"; turn that into a line number when present. */
function jsonErrorLine(text: string, error: Error): number | undefined {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return undefined;
  return text.slice(0, Number(match[1])).split("\n").length;
}
