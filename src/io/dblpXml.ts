// DBLP XML: the full dblp.xml dump, a person's page export (`<dblpperson>`) or any file of DBLP
// records. Read with the `saxes` SAX parser so the 3 GB dump streams through in constant memory.
//
// Entities: dblp.xml uses the named entities its DTD declares (&uuml; &eacute; …, the HTML
// Latin-1 set); saxes does not read DTDs, so they are resolved from the HTML table in entities.ts.
// One it does not know is kept verbatim and noted. Where the XML itself breaks (a truncated
// download), the records read before are kept and the break is noted; a file with no record fails.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CorpusError, type Paper } from "../core/corpus";
import { DblpRecordBuilder } from "./dblpRecord";
import { namedEntity } from "./entities";
import type { CorpusFormat, PaperSink, ParsedFile } from "./format";
import { NoteTally } from "./noteTally";
import { WellFormedChunks } from "./xmlText";
import type { StreamProgress } from "./streaming";

export const dblpXmlFormat: CorpusFormat = {
  id: "dblp-xml",
  label: "DBLP XML (dblp.xml dump or person page export)",
  extensions: ["xml"],
  keeps:
    "key as id, title, year, venue, DOI; authors (editors when none) with ORCID or the DBLP name with homonym number as source id",
  sniff: (head) =>
    /<dblp(person)?\b/.test(head) ||
    /<(article|inproceedings|proceedings|incollection|book|phdthesis|mastersthesis)\s[^>]*\bkey=/.test(
      head,
    ),
  parse: (text, fileName) => parseDblpXml(text, fileName),
  stream: (chunks, fileName, onPaper, onProgress) =>
    parseDblpStream(chunks, fileName, onProgress, onPaper),
};

export function parseDblpXml(text: string, fileName: string): ParsedFile {
  const reader = new DblpReader(fileName);
  reader.write(text);
  return reader.close();
}

/** Streams DBLP XML chunk by chunk; papers go to `onPaper` when given. */
export async function parseDblpStream(
  chunks: AsyncIterable<string>,
  fileName: string,
  onProgress?: (progress: StreamProgress) => void,
  onPaper?: PaperSink,
): Promise<ParsedFile> {
  const reader = new DblpReader(fileName, onPaper);
  let chars = 0;
  for await (const chunk of chunks) {
    reader.write(chunk);
    chars += chunk.length;
    onProgress?.({ chars, papers: reader.count });
  }
  return reader.close();
}

class DblpReader {
  private readonly parser = new SaxesParser();
  private readonly tally = new NoteTally();
  private readonly text = new WellFormedChunks();
  private readonly papers: Paper[] = [];
  private readonly builder: DblpRecordBuilder;
  private unknownEntity: string | undefined;
  private sawRoot = false;
  /** The first break in the XML: reading stops there. */
  private broken: { reason: string; line: number } | undefined;

  constructor(
    private readonly fileName: string,
    onPaper?: PaperSink,
  ) {
    this.builder = new DblpRecordBuilder(this.tally, onPaper ?? ((p) => this.papers.push(p)));
    const parser = this.parser;
    // saxes looks entities up in this object; a proxy lets the HTML table answer and remembers the
    // name of one it cannot, which saxes's own error message leaves out.
    parser.ENTITIES = new Proxy({} as Record<string, string>, {
      get: (_, name) => {
        const char = typeof name === "string" ? namedEntity(name) : undefined;
        if (char === undefined) this.unknownEntity = String(name);
        return char;
      },
    });
    parser.on("opentag", (tag: SaxesTagPlain) => {
      if (this.broken) return;
      this.sawRoot = true;
      this.builder.openTag(tag.name, tag.attributes, parser.line);
    });
    parser.on("text", (text) => {
      if (!this.broken) this.builder.onText(text);
    });
    parser.on("closetag", (tag) => {
      if (!this.broken) this.builder.closeTag(tag.name);
    });
    parser.on("error", (error) => this.onError(error));
  }

  get count(): number {
    return this.builder.count;
  }

  write(chunk: string): void {
    if (!this.broken) this.feed(() => this.parser.write(this.text.next(chunk)));
  }

  close(): ParsedFile {
    if (!this.broken) this.feed(() => this.parser.write(this.text.end()).close());
    if (!this.sawRoot) {
      throw new CorpusError(
        this.fileName,
        this.broken
          ? `${this.broken.reason}; a DBLP file holds <dblp> with records like <article key=…>`
          : "no XML elements found; a DBLP file holds <dblp> with records like <article key=…>",
        { line: this.broken?.line ?? 1 },
      );
    }
    if (this.broken) {
      if (this.builder.count === 0) {
        throw new CorpusError(this.fileName, this.broken.reason, { line: this.broken.line });
      }
      this.tally.add(
        `${this.broken.reason}; the ${this.builder.count} records before it were kept`,
        this.broken.line,
      );
    }
    // Streamed papers went to onPaper: the count, not the (empty) array, says whether any was read.
    return this.tally.result(
      this.fileName,
      this.papers,
      "DBLP publication records",
      this.builder.count > 0,
    );
  }

  /** saxes reports XML errors through onError; anything it throws itself is a break too. */
  private feed(step: () => unknown): void {
    try {
      step();
    } catch (error) {
      if (error instanceof CorpusError) throw error;
      this.broken ??= {
        reason: `the XML cannot be read (${(error as Error).message})`,
        line: this.parser.line,
      };
    }
  }

  private onError(error: Error): void {
    if (this.broken) return;
    const line = this.parser.line;
    const reason = error.message.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "");
    if (reason === "undefined entity" && this.unknownEntity !== undefined) {
      this.tally.add(
        "unknown entities, which neither XML nor DBLP's DTD defines, kept verbatim",
        line,
        `&${this.unknownEntity};`,
      );
      this.unknownEntity = undefined;
      return;
    }
    if (/document must contain a root|text data outside of root/.test(reason) && !this.sawRoot) {
      this.broken = { reason: "no XML elements found", line };
      return;
    }
    const truncated = /unclosed|unexpected end/i.test(reason);
    const hint = truncated
      ? "the file looks truncated; download or export it again"
      : "the file is not well-formed XML from here on; fix it there or export it again";
    this.broken = { reason: `${reason}; ${hint}`, line };
  }
}
