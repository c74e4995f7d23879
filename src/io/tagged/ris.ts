// RIS (.ris), the tagged format of reference managers (EndNote, Zotero, Mendeley) and of the
// Scopus, Web of Science, IEEE and PubMed "RIS" exports: `TY  - JOUR` opens a record, one field
// per `XX  - value` line (one author per AU line), `ER  -` closes it. Ids: Web of Science's AN
// (`WOS:…`), the Scopus EID in UR, else ID, else the DOI.
import type { AuthorMention, Paper } from "../../core/corpus";
import { displayName, isPlaceholderAuthor, normalizeDoi, squeeze, yearOf } from "../fieldValues";
import type { CorpusFormat, ParsedFile } from "../format";
import { NoteTally } from "../noteTally";
import { readTaggedRecords, TaggedFields, type TaggedSyntax } from "./taggedLines";

const SYNTAX: TaggedSyntax = {
  tagLine: (line) => {
    const match = /^([A-Z][A-Z0-9])  ?-(?: (.*))?$/.exec(line);
    return match ? { tag: match[1]!, value: (match[2] ?? "").trim() } : undefined;
  },
  continuation: (line) => line.trim(),
  endTags: new Set(["ER"]),
  blankEnds: false,
};

export const risFormat: CorpusFormat = {
  id: "ris",
  label: "RIS (.ris; EndNote, Zotero, Mendeley, Scopus, Web of Science, IEEE)",
  extensions: ["ris"],
  keeps:
    "WoS AN, Scopus EID or ID as id, TI/T1, PY/Y1/DA, JO/JF/T2, DO, AB, KW; authors from AU/A1 (editors A2/ED when none)",
  sniff: (head) => /^\uFEFF?\s*TY {2}- /.test(head) || /(^|\n)TY {2}- [A-Z]+\s*\r?\n/.test(head),
  parse: (text, fileName) => parseRis(text, fileName),
};

export function parseRis(text: string, fileName: string): ParsedFile {
  const tally = new NoteTally();
  const papers: Paper[] = [];
  for (const record of readTaggedRecords(text, SYNTAX)) {
    tally.read++;
    const f = new TaggedFields(record);
    const people = [...f.each("AU"), ...f.each("A1")];
    const names = people.length > 0 ? people : [...f.each("A2"), ...f.each("ED")];
    const authors: AuthorMention[] = names
      .flatMap((n) => n.split(/;\s*/))
      .map((n) => displayName(n))
      .filter((n) => !isPlaceholderAuthor(n))
      .map((name) => ({ name }));
    if (authors.length === 0) {
      tally.skip("no AU/A1 authors (nor A2/ED editors)", record.line, f.text("TI", "T1"));
      continue;
    }
    const title = f.text("TI", "T1", "CT", "BT");
    if (title === undefined) {
      tally.skip("no TI title", record.line);
      continue;
    }
    const eid = /[?&]eid=(2-s2\.0-\d+)/.exec(f.text("UR") ?? "")?.[1];
    const accession = f.text("AN");
    const id =
      (accession && /^(WOS|ISI):/.test(accession) ? accession : undefined) ??
      eid ??
      f.text("ID") ??
      normalizeDoi(f.text("DO")) ??
      `${fileName}#${record.line}`;
    const paper: Paper = { id, title, authors };
    const yearText = f.text("PY", "Y1", "DA");
    if (yearText !== undefined) {
      const year = yearOf(yearText);
      if (year === undefined)
        tally.add("PY that is not a plausible year left empty", record.line, yearText);
      else paper.year = year;
    }
    const venue = f.text("JO", "JF", "T2", "JA", "J2", "BT");
    if (venue && venue !== title) paper.venue = venue;
    const doi = normalizeDoi(f.text("DO"));
    if (doi) paper.doi = doi;
    const abstract = f.text("AB", "N2");
    if (abstract) paper.abstract = abstract;
    const keywords = f
      .each("KW")
      .flatMap((k) => k.split(/;\s*/))
      .map(squeeze)
      .filter(Boolean);
    if (keywords.length > 0) paper.keywords = keywords;
    papers.push(paper);
  }
  return tally.result(fileName, papers, "RIS records");
}
