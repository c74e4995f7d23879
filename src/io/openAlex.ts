// OpenAlex works: an API response (`{"results": [...]}`), a plain array of works, one work, or the
// snapshot's JSON Lines (one work per line, read as a stream so a snapshot part never has to fit).
import { CorpusError, type Paper } from "../core/corpus";
import type { CorpusFormat, ParsedFile } from "./format";
import { LineIndex } from "./lines";
import { NoteTally } from "./noteTally";
import { paperFromWork } from "./openAlexWork";
import type { StreamOptions } from "./streaming";

const EMPTY = "the file is empty; export OpenAlex works as JSON or JSON Lines";

export const openAlexFormat: CorpusFormat = {
  id: "openalex",
  label: "OpenAlex works (API JSON or JSON Lines snapshot)",
  extensions: ["jsonl", "ndjson", "json"],
  sniff: (head) =>
    /^\uFEFF?\s*[[{]/.test(head) &&
    (/"authorships"\s*:/.test(head) || /"id"\s*:\s*"https:\/\/openalex\.org\/W\d/.test(head)),
  parse: parseOpenAlex,
};

export function parseOpenAlex(text: string, fileName: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new CorpusError(fileName, EMPTY, { line: 1 });
  if (looksLikeJsonLines(body)) {
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
      line: truncated ? new LineIndex(body).lineOf(body.length) : jsonErrorLine(body, error),
    });
  }
  const tally = new NoteTally();
  const [works, path] = worksOf(data, fileName);
  const papers: Paper[] = [];
  works.forEach((work, i) => {
    const paper = paperFromWork(
      work,
      { file: fileName, line: undefined, path: `${path}[${i}].` },
      tally,
    );
    if (paper) papers.push(paper);
  });
  if (Array.isArray(works) && works.length === 0) tally.add("the file holds no works");
  return { papers, notes: tally.notes(fileName) };
}

/** Reads the snapshot's JSON Lines chunk by chunk; papers go to `onPaper` when given. */
export async function parseOpenAlexStream(
  chunks: AsyncIterable<string>,
  fileName: string,
  options: StreamOptions = {},
): Promise<ParsedFile> {
  const reader = new WorkLineReader(fileName, options.onPaper);
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
    options.onProgress?.({ chars, papers: reader.count });
  }
  if (rest !== "") reader.line(rest, true);
  return reader.result();
}

const NON_BLANK = /\S/;

class WorkLineReader {
  private readonly papers: Paper[] = [];
  private readonly tally = new NoteTally();
  private lineNumber = 0;
  private sawWork = false;
  count = 0;

  constructor(
    private readonly fileName: string,
    private readonly onPaper?: (paper: Paper) => void,
  ) {}

  line(raw: string, last: boolean): void {
    const line = ++this.lineNumber;
    // A regex test stops at the first non-space; trim() would copy every (long) line first.
    if (!NON_BLANK.test(raw)) return;
    this.sawWork = true;
    let work: unknown;
    try {
      work = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
    } catch (error) {
      const hint = last
        ? "the last line is incomplete; the file looks truncated, download it again"
        : "each line of a JSON Lines file must hold one complete work";
      throw new CorpusError(this.fileName, `not valid JSON (${shortMessage(error)}); ${hint}`, {
        line,
      });
    }
    const paper = paperFromWork(work, { file: this.fileName, line, path: "" }, this.tally);
    if (!paper) return;
    this.count++;
    if (this.onPaper) this.onPaper(paper);
    else this.papers.push(paper);
  }

  result(): ParsedFile {
    if (!this.sawWork) throw new CorpusError(this.fileName, EMPTY, { line: 1 });
    if (this.count === 0) this.tally.add("the file holds no works");
    return { papers: this.papers, notes: this.tally.notes(this.fileName) };
  }
}

/** JSON Lines when the first line is a whole object by itself and more lines follow. */
function looksLikeJsonLines(text: string): boolean {
  const firstEnd = text.indexOf("\n");
  if (firstEnd === -1) return false;
  const first = text.slice(0, firstEnd).trim();
  if (!(first.startsWith("{") && first.endsWith("}"))) return false;
  if (text.slice(firstEnd + 1).trim() === "") return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
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

function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}…` : message;
}

/** V8 says "at position N" for most syntax errors; turn that into a line. */
function jsonErrorLine(text: string, error: unknown): number | undefined {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  return match
    ? new LineIndex(text.slice(0, Number(match[1]) + 1)).lineOf(Number(match[1]))
    : undefined;
}
