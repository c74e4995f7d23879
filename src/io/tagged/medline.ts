// PubMed/MEDLINE text (.nbib, "PubMed" format of "Save" / "Send to: Citation manager"): records
// apart by a blank line, tags padded to four characters (`PMID- `, `FAU - `), six-space
// continuation lines. Each author's FAU (full name), AU (short), AD (affiliations) and AUID
// (`ORCID: 0000-…`) follow one another, so they are read in order: the AD and AUID lines belong
// to the author above them.
import type { AuthorMention, Paper } from "../../core/corpus";
import {
  displayName,
  initialsLastName,
  isPlaceholderAuthor,
  normalizeDoi,
  orcidOf,
  squeeze,
  yearOf,
} from "../fieldValues";
import type { CorpusFormat, ParsedFile } from "../format";
import { NoteTally } from "../noteTally";
import {
  readTaggedRecords,
  TaggedFields,
  type TaggedRecord,
  type TaggedSyntax,
} from "./taggedLines";

const SYNTAX: TaggedSyntax = {
  tagLine: (line) => {
    const match = /^([A-Z][A-Z0-9]{1,3}) *- (.*)$/.exec(line);
    return match ? { tag: match[1]!, value: match[2]!.trim() } : undefined;
  },
  continuation: (line) => (/^ {6}\S/.test(line) ? line.trim() : undefined),
  endTags: new Set(),
  blankEnds: true,
};

export const medlineFormat: CorpusFormat = {
  id: "medline",
  label: "PubMed/MEDLINE text (.nbib, PubMed format)",
  extensions: ["nbib", "txt", "medline"],
  keeps:
    "PMID (pubmed:…) as id, TI, DP, JT, DOI from LID/AID, AB, MeSH and other terms; authors from FAU (else AU) with ORCID from AUID, affiliation from AD",
  sniff: (head) => /^\uFEFF?\s*PMID- \d/.test(head),
  parse: (text, fileName) => parseMedline(text, fileName),
};

export function parseMedline(text: string, fileName: string): ParsedFile {
  const tally = new NoteTally();
  const papers: Paper[] = [];
  for (const record of readTaggedRecords(text, SYNTAX)) {
    tally.read++;
    const f = new TaggedFields(record);
    const pmid = f.text("PMID");
    const authors = authorsOf(record);
    if (authors.length === 0) {
      tally.skip("no FAU/AU author (nor CN group author)", record.line, pmid);
      continue;
    }
    const title = f.text("TI", "BTI");
    if (title === undefined) {
      tally.skip("no TI title", record.line, pmid);
      continue;
    }
    const paper: Paper = {
      id: pmid ? `pubmed:${pmid}` : `${fileName}#${record.line}`,
      title: title.replace(/\.$/, ""),
      authors,
    };
    const dp = f.text("DP", "DEP");
    if (dp !== undefined) {
      const year = yearOf(dp);
      if (year === undefined)
        tally.add("DP that is not a plausible date left empty", record.line, dp);
      else paper.year = year;
    }
    const venue = f.text("JT", "TA");
    if (venue) paper.venue = venue;
    const doi = [...f.each("LID"), ...f.each("AID")].find((v) => /\[doi\]/.test(v));
    const normalized = normalizeDoi(doi?.replace(/\s*\[doi\]/, ""));
    if (normalized) paper.doi = normalized;
    const abstract = f.text("AB");
    if (abstract) paper.abstract = abstract;
    const keywords = [
      ...f.each("OT"),
      ...f.each("MH").map((m) => m.replace(/\*/g, "").split("/")[0]!),
    ]
      .map(squeeze)
      .filter(Boolean);
    if (keywords.length > 0) paper.keywords = [...new Set(keywords)];
    papers.push(paper);
  }
  return tally.result(fileName, papers, "MEDLINE records");
}

/**
 * Authors in order, each with the AD and AUID lines that follow its FAU line (the AU after it is
 * the same person, abbreviated; AU alone in older records).
 */
function authorsOf(record: TaggedRecord): AuthorMention[] {
  const authors: AuthorMention[] = [];
  let current: AuthorMention | undefined;
  let fromFau = false;
  for (const field of record.fields) {
    const value = squeeze(field.lines.join(" "));
    if (field.tag === "FAU" || field.tag === "CN" || (field.tag === "AU" && !fromFau)) {
      if (field.tag === "FAU") fromFau = true;
      const name =
        field.tag === "FAU"
          ? displayName(value)
          : field.tag === "AU"
            ? initialsLastName(value)
            : value;
      current = isPlaceholderAuthor(name) ? undefined : { name };
      if (current) authors.push(current);
    } else if (field.tag === "AD" && current) {
      current.affiliation ??= value;
    } else if (field.tag === "AUID" && current) {
      const orcid = orcidOf(value);
      if (orcid) current.sourceId = orcid;
    }
  }
  return authors;
}
