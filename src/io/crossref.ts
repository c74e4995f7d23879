// The Crossref REST API's works: a list response (`{"message-type": "work-list", "message":
// {"items": [...]}}`, what /works?query=… and a cursor page give) or one work (`"message-type":
// "work"`). DOIs are the ids; ORCIDs and affiliations are kept where publishers deposited them.
import { CorpusError, type Paper } from "../core/corpus";
import { paperFromCslItem } from "./cslItem";
import type { CorpusFormat, ParsedFile } from "./format";
import { hasTopLevel } from "./jsonHead";
import { jsonErrorLine, shortMessage } from "./jsonText";
import { array, isObject, object } from "./jsonValues";
import { NoteTally } from "./noteTally";

export const crossrefFormat: CorpusFormat = {
  id: "crossref",
  label: "Crossref REST API works (work-list or work)",
  extensions: ["json"],
  keeps:
    "DOI as id, title (JATS markup dropped), issued year, container-title, abstract, subjects; authors with ORCID and first affiliation",
  sniff: (head) =>
    hasTopLevel(head, "message-type") && /"message-type"\s*:\s*"work(-list)?"/.test(head),
  parse: (text, fileName) => parseCrossref(text, fileName),
};

export function parseCrossref(text: string, fileName: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CorpusError(fileName, `not valid JSON (${shortMessage(error)})`, {
      line: jsonErrorLine(text, error),
    });
  }
  const message = isObject(data) ? object(data.message) : undefined;
  if (!isObject(data) || !message) {
    throw new CorpusError(
      fileName,
      'expected a Crossref response {"message-type": "work-list", "message": {"items": [...]}}',
      { field: "message" },
    );
  }
  const list = data["message-type"] === "work-list";
  const items = list ? array(message.items) : [message];
  const tally = new NoteTally();
  const papers: Paper[] = [];
  items.forEach((item, i) => {
    const paper = paperFromCslItem(
      item,
      list ? `message.items[${i}]` : "message",
      `${fileName}#${i + 1}`,
      tally,
    );
    if (paper) papers.push(paper);
  });
  return tally.result(fileName, papers, "Crossref works");
}
