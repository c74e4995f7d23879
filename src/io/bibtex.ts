// BibTeX (.bib) files: entries → papers with the citation key as paper id, TeX accents turned into
// Unicode, "Last, First" names turned around, and `crossref` filling booktitle/year from the
// proceedings entry as BibTeX itself does.
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import { readBibEntries, type BibEntry, type BibField } from "./bibtexSyntax";
import { assertUtf8Decoded } from "./encoding";
import { normalizeDoi, squeeze, yearOf } from "./fieldValues";
import type { CorpusFormat, ParsedFile } from "./format";
import { LineIndex } from "./lines";
import { NoteTally } from "./noteTally";
import { texToUnicode } from "./texToUnicode";

export const bibtexFormat: CorpusFormat = {
  id: "bibtex",
  label: "BibTeX (.bib)",
  extensions: ["bib", "bibtex"],
  sniff: (head) => /(^|\n)\s*@[A-Za-z]+\s*[{(]\s*[^\s,=]+\s*,/.test(head),
  parse: parseBibtex,
};

/** Fields a paper takes from the entry its `crossref` names, when it has none of its own. */
const INHERITED = ["booktitle", "year", "journal", "publisher", "series", "volume", "month"];

export function parseBibtex(text: string, fileName: string): ParsedFile {
  assertUtf8Decoded(text, fileName, (i) => new LineIndex(text).lineOf(i));
  const { entries, duplicates } = readBibEntries(text, fileName);
  const tally = new NoteTally();
  for (const key of duplicates)
    tally.add("repeated citation keys; the first entry was kept", undefined, key);
  const byKey = new Map(entries.map((e) => [e.key.toLowerCase(), e]));
  const crossrefTargets = new Set<string>();
  for (const entry of entries) {
    const ref = entry.fields.get("crossref");
    if (ref) crossrefTargets.add(squeeze(ref.value).toLowerCase());
  }
  const papers: Paper[] = [];
  for (const entry of entries) {
    inheritCrossref(entry, byKey, tally);
    const paper = paperFrom(entry, fileName, crossrefTargets.has(entry.key.toLowerCase()), tally);
    if (paper) papers.push(paper);
  }
  if (entries.length === 0) {
    throw new CorpusError(
      fileName,
      "no BibTeX entries found; entries look like @article{key, author = {…}, …}",
      {
        line: 1,
      },
    );
  }
  return { papers, notes: tally.notes(fileName) };
}

function inheritCrossref(entry: BibEntry, byKey: Map<string, BibEntry>, tally: NoteTally): void {
  const ref = entry.fields.get("crossref");
  if (!ref) return;
  const parent = byKey.get(squeeze(ref.value).toLowerCase());
  if (!parent) {
    tally.add(
      "crossref names an entry that is not in the file; nothing inherited",
      ref.line,
      entry.key,
    );
    return;
  }
  for (const name of INHERITED) {
    const value = parent.fields.get(name);
    if (value && !entry.fields.has(name)) entry.fields.set(name, value);
  }
  // biblatex's rule: a proceedings' title is the booktitle of the papers in it.
  const parentTitle = parent.fields.get("title");
  if (!entry.fields.has("booktitle") && !entry.fields.has("journal") && parentTitle) {
    entry.fields.set("booktitle", parentTitle);
  }
}

function paperFrom(
  entry: BibEntry,
  file: string,
  isCrossrefTarget: boolean,
  tally: NoteTally,
): Paper | undefined {
  const field = (name: string): string | undefined => {
    const raw = entry.fields.get(name);
    const value = raw === undefined ? undefined : texToUnicode(raw.value);
    return value === "" ? undefined : value;
  };
  const people = entry.fields.get("author") ?? entry.fields.get("editor");
  const authors = people ? mentionsFrom(people, entry.key, tally) : [];
  if (authors.length === 0 || (isCrossrefTarget && !entry.fields.has("author"))) {
    const why = isCrossrefTarget
      ? "entries referenced by crossref and without authors read only for inheritance"
      : "skipped entries without author or editor";
    tally.add(why, entry.line, entry.key);
    return undefined;
  }
  const title = field("title");
  if (title === undefined) {
    throw new CorpusError(file, `entry ${entry.key} has no title; add title = {…}`, {
      line: entry.line,
      field: "title",
    });
  }
  const paper: Paper = { id: entry.key, title, authors };
  const yearText = field("year");
  if (yearText !== undefined) {
    const year = yearOf(yearText);
    if (year === undefined) {
      const line = entry.fields.get("year")?.line ?? entry.line;
      throw new CorpusError(
        file,
        `"${yearText}" in entry ${entry.key} is not a year; write it as 2019`,
        {
          line,
          field: "year",
        },
      );
    }
    paper.year = year;
  }
  const venue = field("journal") ?? field("booktitle");
  if (venue) paper.venue = venue;
  const doi = normalizeDoi(entry.fields.get("doi")?.value);
  if (doi) paper.doi = doi;
  const abstract = field("abstract");
  if (abstract) paper.abstract = abstract;
  const keywords = field("keywords")?.split(/[;,]/).map(squeeze).filter(Boolean);
  if (keywords && keywords.length > 0) paper.keywords = keywords;
  return paper;
}

/** `A and B and others`, split on "and" outside braces; "Last, First" turned into "First Last". */
function mentionsFrom(people: BibField, key: string, tally: NoteTally): AuthorMention[] {
  const mentions: AuthorMention[] = [];
  for (const raw of splitOutsideBraces(people.value, /\s+and\s+/iy)) {
    const name = bibName(raw);
    if (name === "") continue;
    if (name.toLowerCase() === "others") {
      tally.add(
        '"and others" dropped; list every author to see their co-authorships',
        people.line,
        key,
      );
      continue;
    }
    mentions.push({ name });
  }
  return mentions;
}

function bibName(raw: string): string {
  const parts = splitOutsideBraces(raw, /\s*,\s*/y).map(texToUnicode);
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3 && parts[0] && parts[2])
    return squeeze(`${parts[2]} ${parts[0]} ${parts[1]}`);
  return squeeze(parts.join(" "));
}

/** Splits where `separator` (a sticky regex) matches at brace depth 0. */
function splitOutsideBraces(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const match = separator.exec(text);
      if (match && match[0].length > 0) {
        parts.push(text.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}
