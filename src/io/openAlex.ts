// OpenAlex works: an API response (`{"results": [...]}`), a plain array of works, one work, or the
// snapshot's JSON Lines (one work per line, read as a stream so a snapshot part never has to fit).
// A line that is not JSON, or a work without authors, is skipped and counted.
import { CorpusError, type Paper } from "../core/corpus";
import type { CorpusFormat, PaperSink, ParsedFile } from "./format";
import { topLevelKeys } from "./jsonHead";
import { jsonErrorLine, shortMessage } from "./jsonText";
import { NoteTally } from "./noteTally";
import { paperFromWork } from "./openAlexWork";
import type { StreamProgress } from "./streaming";

const WHAT = "OpenAlex works";

export const openAlexFormat: CorpusFormat = {
  id: "openalex",
  label: "OpenAlex works (API JSON or JSON Lines snapshot)",
  extensions: ["jsonl", "ndjson", "json"],
  keeps:
    "work id, title (markup removed), year, venue, DOI, abstract, keywords; authors with ORCID or OpenAlex author id as source id, raw name, first institution",
  sniff: (head) => {
    const { root, keys } = topLevelKeys(head);
    if (root === undefined) return false;
    if (keys.has("authorships")) return true;
    if (root === "object" && keys.has("results") && keys.has("meta")) {
      return /"authorships"\s*:|"id"\s*:\s*"https:\/\/openalex\.org\/W\d/.test(head);
    }
    // JSON Lines whose first line is broken: the works after it still say what the file is.
    return (
      /^\uFEFF?\s*\{\s*"id"\s*:\s*"https:\/\/openalex\.org\/W\d/.test(head) ||
      (/\n\s*\{/.test(head) &&
        /"authorships"\s*:/.test(head) &&
        /"https:\/\/openalex\.org\/W\d/.test(head))
    );
  },
  parse: (text, fileName) => parseOpenAlex(text, fileName),
  stream: (chunks, fileName, onPaper, onProgress) =>
    parseOpenAlexStream(chunks, fileName, onPaper, onProgress),
  streams: (head) => looksLikeJsonLines(head, false),
};

export function parseOpenAlex(text: string, fileName: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new CorpusError(fileName, "the file is empty", { line: 1 });
  if (looksLikeJsonLines(body, true)) {
    const reader = new WorkLineReader(fileName);
    let start = 0;
    while (start < body.length) {
      const end = body.indexOf("\n", start);
      reader.line(body.slice(start, end === -1 ? body.length : end), end === -1);
      start = end === -1 ? body.length : end + 1;
    }
    return reader.result();
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const truncated = /unexpected end/i.test(shortMessage(error));
    const hint = truncated
      ? "the file looks truncated; download or export it again"
      : "fix the syntax";
    throw new CorpusError(fileName, `not valid JSON (${shortMessage(error)}); ${hint}`, {
      line: jsonErrorLine(body, error),
    });
  }
  const tally = new NoteTally();
  const [works, path] = worksOf(data, fileName);
  const papers: Paper[] = [];
  works.forEach((work, i) => {
    const at = { file: fileName, line: undefined, path: `${path}[${i}]` };
    const paper = paperFromWork(work, at, tally);
    if (paper) papers.push(paper);
  });
  return tally.result(fileName, papers, WHAT);
}

/** Reads the snapshot's JSON Lines chunk by chunk; papers go to `onPaper` when given. */
export async function parseOpenAlexStream(
  chunks: AsyncIterable<string>,
  fileName: string,
  onPaper?: PaperSink,
  onProgress?: (progress: StreamProgress) => void,
): Promise<ParsedFile> {
  const reader = new WorkLineReader(fileName, onPaper);
  let rest = "";
  let chars = 0;
  for await (const chunk of chunks) {
    chars += chunk.length;
    const text = rest === "" ? chunk : rest + chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      reader.line(text.slice(start, end), false);
      start = end + 1;
    }
    rest = text.slice(start);
    onProgress?.({ chars, papers: reader.count });
  }
  if (rest !== "") reader.line(rest, true);
  return reader.result();
}

const NON_BLANK = /\S/;

class WorkLineReader {
  private readonly papers: Paper[] = [];
  private readonly tally = new NoteTally();
  private lineNumber = 0;
  count = 0;

  constructor(
    private readonly fileName: string,
    private readonly onPaper?: PaperSink,
  ) {}

  line(raw: string, last: boolean): void {
    const line = ++this.lineNumber;
    // A regex test stops at the first non-space; trim() would copy every (long) line first.
    if (!NON_BLANK.test(raw)) return;
    let work: unknown;
    try {
      work = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    } catch (error) {
      this.tally.read++;
      const why = last
        ? "the last line is incomplete (the file looks truncated)"
        : `a line that is not one complete JSON work (${shortMessage(error)})`;
      this.tally.skip(why, line);
      return;
    }
    const paper = paperFromWork(work, { file: this.fileName, line, path: "" }, this.tally);
    if (!paper) return;
    this.count++;
    if (this.onPaper) this.onPaper(paper);
    else this.papers.push(paper);
  }

  result(): ParsedFile {
    return this.tally.result(
      this.fileName,
      this.papers,
      WHAT,
      this.onPaper !== undefined && this.count > 0,
    );
  }
}

/**
 * JSON Lines when one of the first lines is a whole object by itself and another line follows
 * (a broken first line does not make the rest one document). In a head, more is still to come.
 */
function looksLikeJsonLines(text: string, whole: boolean): boolean {
  const lines = text.slice(0, 1 << 20).split("\n", 6);
  if (lines.length < 2) return false;
  if (whole && text.slice(text.indexOf("\n") + 1).trim() === "") return false;
  return lines.slice(0, 5).some((raw) => {
    const line = raw.trim().replace(/^\uFEFF/, "");
    if (!(line.startsWith("{") && line.endsWith("}"))) return false;
    try {
      JSON.parse(line);
      return true;
    } catch {
      return false;
    }
  });
}

function worksOf(data: unknown, fileName: string): [unknown[], string] {
  if (Array.isArray(data)) return [data, ""];
  if (typeof data === "object" && data !== null) {
    const results = (data as { results?: unknown }).results;
    if (Array.isArray(results)) return [results, "results"];
    if ("authorships" in data) return [[data], ""];
  }
  throw new CorpusError(
    fileName,
    'expected OpenAlex works: an API response {"results": [...]}, an array of works, or JSON Lines',
    { line: 1, field: "results" },
  );
}
