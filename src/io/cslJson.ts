// CSL JSON (Zotero's and Mendeley's "CSL JSON" export, citeproc, `Accept: application/vnd.citationstyles.csl+json`
// from doi.org, which Crossref answers with one item in its own shape): an array of items, or one.
import { CorpusError, type Paper } from "../core/corpus";
import { paperFromCslItem } from "./cslItem";
import type { CorpusFormat, ParsedFile } from "./format";
import { topLevelKeys } from "./jsonHead";
import { jsonErrorLine, shortMessage } from "./jsonText";
import { NoteTally } from "./noteTally";

export const cslJsonFormat: CorpusFormat = {
  id: "csl-json",
  label: "CSL JSON (Zotero, Mendeley, citeproc)",
  extensions: ["json"],
  keeps:
    "id (else DOI) as id, title, issued year, container-title, DOI, abstract, keywords; authors (editors when none) with ORCID when given",
  sniff: (head) => {
    // The keys of the first few items: one bad first item (no author) must not hide the file.
    const { keys } = topLevelKeys(head, 10);
    // `type` or `DOI`: an item with sorted keys (DOI, ISSN, URL, author, …) may hold a reference
    // list longer than the head before its `type`.
    return (
      (keys.has("type") || keys.has("DOI")) &&
      (keys.has("author") || keys.has("editor") || keys.has("issued")) &&
      !keys.has("message-type") &&
      !keys.has("authorships")
    );
  },
  parse: (text, fileName) => parseCslJson(text, fileName),
};

export function parseCslJson(text: string, fileName: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CorpusError(fileName, `not valid JSON (${shortMessage(error)})`, {
      line: jsonErrorLine(text, error),
    });
  }
  const items = Array.isArray(data) ? data : [data];
  const tally = new NoteTally();
  const papers: Paper[] = [];
  items.forEach((item, i) => {
    const paper = paperFromCslItem(item, `[${i}]`, `${fileName}#${i + 1}`, tally);
    if (paper) papers.push(paper);
  });
  return tally.result(fileName, papers, "CSL items");
}
