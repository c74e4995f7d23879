// BibTeX and biblatex (.bib) files, including the Scopus and Web of Science exports: entries →
// papers, lenient by entry. The scanner (scan.ts) reads the syntax, macros and crossref come from
// every file of the import (a split library whose @string sit in a file of their own resolves),
// TeX becomes Unicode through the fast path or @retorquere/bibtex-parser (tex.ts). Ids: the
// citation key, or the vendor's record id when there is one (Scopus EID, Web of Science UT), so
// the same record from a CSV and a BibTeX export of that vendor is one paper.
import { CorpusError, type AuthorMention, type Paper } from "../../core/corpus";
import { isPlaceholderAuthor, normalizeDoi, squeeze, yearOf } from "../fieldValues";
import type { CorpusFormat, ImportContext, ParsedFile } from "../format";
import { NoteTally } from "../noteTally";
import { assignResearcherIds, parseIdList } from "../researcherIds";
import { EntryFields, MacroTable, resolvedStrings, type FieldText } from "./entryFields";
import { splitNames } from "./names";
import { scanBibtex, type BibEntry, type BibScan } from "./scan";
import { TexValues } from "./tex";

export const bibtexFormat: CorpusFormat = {
  id: "bibtex",
  label: "BibTeX / biblatex (.bib; Scopus and Web of Science BibTeX too)",
  extensions: ["bib", "bibtex"],
  keeps:
    "citation key (Scopus EID, WoS UT) as id, title, year or date, journal/journaltitle/booktitle, DOI, abstract, keywords; authors (editors when none, inherited through crossref) with WoS ResearcherID/ORCID as source id",
  sniff: (head) => /(^|\n)[ \t]*@[A-Za-z]+[ \t]*[{(]/.test(head.replace(/^\uFEFF/, "\n")),
  gather: (text, context) => gatherStrings(text, context),
  parse: (text, fileName, context) => parseBibtex(text, fileName, context),
};

/** The fields a paper is made of; the scanner reads past the others. */
const USED_FIELDS = new Set([
  "author",
  "editor",
  "title",
  "subtitle",
  "year",
  "date",
  "journal",
  "journaltitle",
  "booktitle",
  "doi",
  "abstract",
  "keywords",
  "author_keywords",
  "author-keywords",
  "crossref",
  "url",
  "unique-id",
  "researcherid-numbers",
  "orcid-numbers",
]);

/** Scans a file once for the import: its @string go to the shared table, its scan is kept. */
function gatherStrings(text: string, context: ImportContext): void {
  const scan = scanBibtex(text, USED_FIELDS);
  context.bibScans.set(text, scan);
  for (const [name, value] of resolvedStrings(scan, context.bibStrings, text.length)) {
    if (!context.bibStrings.has(name)) context.bibStrings.set(name, value);
  }
}

export async function parseBibtex(
  text: string,
  fileName: string,
  context?: ImportContext,
): Promise<ParsedFile> {
  const scan = context?.bibScans.get(text) ?? scanBibtex(text, USED_FIELDS);
  const macros = new MacroTable(scan, context?.bibStrings ?? new Map(), text.length);
  const tally = new NoteTally();
  for (const broken of scan.broken) {
    tally.read++;
    tally.skip(`an entry that cannot be read: ${broken.reason}`, broken.line);
  }
  const tex = new TexValues();
  const byKey = new Map(scan.entries.map((e) => [e.key.toLowerCase(), e]));
  const parents = crossrefTargets(scan);
  const drafts: Paper[] = [];
  for (const entry of scan.entries) {
    tally.read++;
    const parentKey = crossrefOf(entry, macros);
    const parent = parentKey === undefined ? undefined : byKey.get(parentKey);
    if (parentKey !== undefined && !parent) {
      tally.add(
        "crossref names an entry that is not in the file; nothing inherited",
        entry.line,
        entry.key,
      );
    }
    const fields = new EntryFields(entry, parent, macros);
    if (parents.has(entry.key.toLowerCase()) && !entry.fields.has("author")) {
      tally.passOver(
        "entries referenced by crossref and without authors read only for inheritance",
        entry.line,
      );
      continue;
    }
    const paper = draftPaper(entry, fields, tex, tally);
    if (paper) drafts.push(paper);
  }
  if (macros.overBudget) {
    tally.add(
      "@string expansion and crossref inheritance stopped: they would grow the file past four times its size",
    );
  }
  const fill = await tex.resolve();
  if (tex.approximated > 0) {
    tally.add(
      `TeX that @retorquere/bibtex-parser could not read converted by simple rules (${tex.approximated} values)`,
    );
  }
  const papers = tex.needsLibrary ? drafts.flatMap((d) => finish(d, fill, tally)) : drafts;
  const onlyStrings =
    scan.entries.length === 0 && scan.strings.length > 0 && scan.broken.length === 0;
  if (onlyStrings && (context?.files ?? 1) === 1) {
    throw new CorpusError(
      fileName,
      `only @string definitions (${scan.strings.length}), no entries; nothing to import (import it together with the .bib files that use its macros)`,
      { line: 1 },
    );
  }
  if (onlyStrings) {
    tally.add(
      `only @string definitions (${scan.strings.length}), shared with the other files of this import`,
    );
  }
  return tally.result(fileName, papers, "BibTeX entries", onlyStrings);
}

/** Keys that some entry's crossref names. */
function crossrefTargets(scan: BibScan): Set<string> {
  const keys = new Set<string>();
  for (const entry of scan.entries) {
    const ref = entry.fields.get("crossref")?.parts[0];
    if (typeof ref === "string") keys.add(squeeze(ref).toLowerCase());
  }
  return keys;
}

function crossrefOf(entry: BibEntry, macros: MacroTable): string | undefined {
  const field = entry.fields.get("crossref");
  if (!field) return undefined;
  const key = squeeze(macros.text(field.parts, [])).toLowerCase();
  return key === "" ? undefined : key;
}

/** The paper an entry stands for, with placeholders where TeX awaits the library. */
function draftPaper(
  entry: BibEntry,
  fields: EntryFields,
  tex: TexValues,
  tally: NoteTally,
): Paper | undefined {
  const used = (name: string): FieldText | undefined => {
    const field = fields.get(name);
    if (field && field.undefinedMacros.length > 0) {
      tally.add(
        `undefined @string macros left out of \`${name}\``,
        field.line,
        field.undefinedMacros[0],
      );
    }
    return field;
  };
  const value = (name: string): string | undefined => {
    const field = used(name);
    if (!field) return undefined;
    const text = tex.text(field.tex);
    return text === "" ? undefined : text;
  };

  const people = used("author") ?? used("editor");
  const { mentions, rawNames } = people
    ? mentionsOf(people, tex, entry, tally)
    : { mentions: [], rawNames: [] };
  if (mentions.length === 0) {
    tally.skip("no author or editor", entry.line, entry.key);
    return undefined;
  }
  const title = joinTitle(value("title"), value("subtitle"));
  if (title === undefined) {
    tally.skip("no title", entry.line, entry.key);
    return undefined;
  }
  assignResearcherIds(
    mentions,
    rawNames,
    parseIdList(fields.get("researcherid-numbers")?.tex.replace(/[{}]/g, ""), "researcherid"),
    parseIdList(fields.get("orcid-numbers")?.tex.replace(/[{}]/g, ""), "orcid"),
  );
  const paper: Paper = { id: recordId(entry, fields), title, authors: mentions };
  const yearText = value("year") ?? value("date");
  if (yearText !== undefined) {
    const year = yearOf(yearText);
    if (year === undefined) {
      const field = fields.get("year") ?? fields.get("date");
      tally.add("`year` that is not a plausible year left empty", field?.line, `"${yearText}"`);
    } else paper.year = year;
  }
  const venue = value("journal") ?? value("journaltitle") ?? value("booktitle");
  if (venue) paper.venue = venue;
  const doi = normalizeDoi(fields.get("doi")?.tex.replace(/[{}]/g, ""));
  if (doi) paper.doi = doi;
  const abstract = value("abstract");
  if (abstract) paper.abstract = abstract;
  const keywords = (value("keywords") ?? value("author_keywords") ?? value("author-keywords"))
    ?.split(/[;,]/)
    .map(squeeze)
    .filter(Boolean);
  if (keywords && keywords.length > 0) paper.keywords = keywords;
  return paper;
}

function mentionsOf(
  field: FieldText,
  tex: TexValues,
  entry: BibEntry,
  tally: NoteTally,
): { mentions: AuthorMention[]; rawNames: { last: string; first: string }[] } {
  const { names, others } = splitNames(field.tex);
  if (others) {
    tally.add(
      '"and others" dropped; list every author to see their co-authorships',
      field.line,
      entry.key,
    );
  }
  const mentions: AuthorMention[] = [];
  const rawNames: { last: string; first: string }[] = [];
  for (const name of names) {
    const display = squeeze(name.parts.map((part) => tex.text(part)).join(" "));
    if (isPlaceholderAuthor(display)) continue;
    mentions.push({ name: display });
    rawNames.push({ last: tex.text(name.last), first: tex.text(name.first) });
  }
  return { mentions, rawNames };
}

function joinTitle(title: string | undefined, subtitle: string | undefined): string | undefined {
  if (title === undefined || subtitle === undefined) return title;
  return /[:.?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/** Scopus EID (in the record's url) or Web of Science UT (its Unique-ID or key), else the key. */
function recordId(entry: BibEntry, fields: EntryFields): string {
  const eid = /[?&]eid=(2-s2\.0-\d+)/.exec(fields.get("url")?.tex ?? "")?.[1];
  if (eid) return eid;
  const ut = /\b((?:WOS|ISI):[\dA-Z]+)/.exec(fields.get("unique-id")?.tex ?? entry.key)?.[1];
  return ut ?? entry.key;
}

/** A draft with the library's text filled in; dropped if its title or every author is now empty. */
function finish(paper: Paper, fill: (text: string) => string, tally: NoteTally): Paper[] {
  const title = fill(paper.title);
  const authors = paper.authors
    .map((m) => ({ ...m, name: fill(m.name) }))
    .filter((m) => !isPlaceholderAuthor(m.name));
  if (title === "" || authors.length === 0) {
    tally.skip(
      title === "" ? "no title once TeX is converted" : "no author name once TeX is converted",
      undefined,
      paper.id,
    );
    return [];
  }
  const done: Paper = { ...paper, title, authors };
  if (paper.venue !== undefined) done.venue = fill(paper.venue) || undefined;
  if (done.venue === undefined) delete done.venue;
  if (paper.abstract !== undefined) done.abstract = fill(paper.abstract);
  if (paper.keywords) done.keywords = paper.keywords.map(fill).filter(Boolean);
  return [done];
}
