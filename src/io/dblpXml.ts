// DBLP XML: the full dblp.xml dump, a person's page export (`<dblpperson>`) or any file of DBLP
// records. Read with the `saxes` SAX parser so the 3 GB dump streams through in constant memory.
//
// Entities: dblp.xml uses the named entities its DTD declares (&uuml; &eacute; …, the HTML
// Latin-1 set); saxes does not read DTDs, so they are resolved from the HTML table in entities.ts.
// An entity that table does not know is an error naming the entity and line (not a silent repair):
// it means the file is not DBLP's, or it needs a character the user can write as itself or &#NNN;.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CorpusError, type Paper } from "../core/corpus";
import { DblpRecordBuilder } from "./dblpRecord";
import { namedEntity } from "./entities";
import type { CorpusFormat, ParsedFile } from "./format";
import { NoteTally } from "./noteTally";
import type { StreamOptions } from "./streaming";

export const dblpXmlFormat: CorpusFormat = {
  id: "dblp-xml",
  label: "DBLP XML (dblp.xml dump or person page export)",
  extensions: ["xml"],
  sniff: (head) =>
    /<dblp(person)?\b/.test(head) ||
    /<(article|inproceedings|proceedings|incollection|book|phdthesis|mastersthesis)\s[^>]*\bkey=/.test(
      head,
    ),
  parse: parseDblpXml,
};

export function parseDblpXml(text: string, fileName: string): ParsedFile {
  const reader = new DblpReader(fileName);
  reader.write(text);
  return reader.close();
}

/** Streams DBLP XML chunk by chunk; papers go to `options.onPaper` when given. */
export async function parseDblpStream(
  chunks: AsyncIterable<string>,
  fileName: string,
  onProgress?: StreamOptions["onProgress"],
  onPaper?: StreamOptions["onPaper"],
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

const NO_ELEMENTS =
  "no XML elements found; a DBLP file holds <dblp> with records like <article key=…>";

class DblpReader {
  private readonly parser = new SaxesParser();
  private readonly tally = new NoteTally();
  private readonly papers: Paper[] = [];
  private readonly builder: DblpRecordBuilder;
  private unknownEntity: string | undefined;
  private sawRoot = false;

  constructor(
    private readonly fileName: string,
    onPaper?: (paper: Paper) => void,
  ) {
    this.builder = new DblpRecordBuilder(
      fileName,
      this.tally,
      onPaper ?? ((p) => this.papers.push(p)),
    );
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
      this.sawRoot = true;
      this.builder.openTag(tag.name, tag.attributes, parser.line);
    });
    parser.on("text", (text) => this.builder.onText(text));
    parser.on("closetag", (tag) => this.builder.closeTag(tag.name));
    parser.on("error", (error) => this.fail(error));
  }

  get count(): number {
    return this.builder.count;
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  close(): ParsedFile {
    this.parser.close();
    if (!this.sawRoot) {
      throw new CorpusError(
        this.fileName,
        "no XML elements found; a DBLP file starts with <dblp>",
        { line: 1 },
      );
    }
    if (this.builder.count === 0) this.tally.add("the file holds no publication records");
    return { papers: this.papers, notes: this.tally.notes(this.fileName) };
  }

  private fail(error: Error): never {
    const line = this.parser.line;
    const reason = error.message.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "");
    if (reason === "undefined entity" && this.unknownEntity !== undefined) {
      throw new CorpusError(
        this.fileName,
        `unknown entity &${this.unknownEntity};, which neither XML nor DBLP's DTD defines; write the character itself or as &#NNN;`,
        { line },
      );
    }
    if (/document must contain a root/.test(reason)) {
      throw new CorpusError(this.fileName, NO_ELEMENTS, { line });
    }
    const truncated = /unclosed|unexpected end/i.test(reason);
    const hint = truncated
      ? "the file looks truncated; download or export it again"
      : "the file is not well-formed XML; fix it there or export it again";
    throw new CorpusError(this.fileName, `${reason}; ${hint}`, { line });
  }
}
