// Web of Science plain text (savedrecs.txt, "Plain text file" in the export menu), the export
// most often seen in the wild: `FN Clarivate Analytics Web of Science` / `VR 1.0`, then records
// of two-letter tags with three-space continuation lines (one author, one address per line),
// each ended by `ER`. Read with the same record rules as the tab-delimited export (UT as id, C1
// brackets, RI/OI researcher ids).
import type { Paper } from "../../core/corpus";
import { wosRecord } from "../csv/vendors";
import type { CorpusFormat, ParsedFile } from "../format";
import { NoteTally } from "../noteTally";
import { readTaggedRecords, TaggedFields, type TaggedSyntax } from "./taggedLines";

/** Tags whose lines are list items (one author, one address or one id list per line). */
const LIST_TAGS = new Set([
  "AU",
  "AF",
  "BA",
  "BF",
  "BE",
  "CA",
  "GP",
  "C1",
  "C3",
  "RI",
  "OI",
  "EM",
  "CR",
]);

const SYNTAX: TaggedSyntax = {
  tagLine: (line) => {
    const match = /^([A-Z][A-Z0-9])(?: (.*))?$/.exec(line);
    return match ? { tag: match[1]!, value: (match[2] ?? "").trim() } : undefined;
  },
  continuation: (line) => (/^ {2,3}\S/.test(line) ? line.trim() : undefined),
  endTags: new Set(["ER"]),
  blankEnds: false,
  fileTags: new Set(["FN", "VR", "EF"]),
};

export const wosTextFormat: CorpusFormat = {
  id: "wos-text",
  label: "Web of Science plain text (savedrecs.txt)",
  extensions: ["txt"],
  keeps:
    "UT as id, TI, PY, SO, DI, AB, DE; authors from AF (else AU) with ORCID (OI) or ResearcherID (RI) as source id, address from the bracketed C1",
  sniff: (head) => /^\uFEFF?\s*(FN |VR |PT )/.test(head) && /^(AU|AF|TI|UT) /m.test(head),
  parse: (text, fileName) => parseWosText(text, fileName),
};

export function parseWosText(text: string, fileName: string): ParsedFile {
  const tally = new NoteTally();
  const papers: Paper[] = [];
  for (const record of readTaggedRecords(text, SYNTAX)) {
    tally.read++;
    const fields = new TaggedFields(record);
    const tag = (name: string) =>
      LIST_TAGS.has(name) ? fields.lines(name).join("; ") || undefined : fields.text(name);
    const paper = wosRecord(tag, { file: fileName, line: record.line, tally });
    if (paper) papers.push(paper);
  }
  return tally.result(fileName, papers, "Web of Science records");
}
