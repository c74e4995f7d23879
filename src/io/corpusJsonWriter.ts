// Writes a Corpus as the project's JSON one paper at a time: byte for byte what
// `JSON.stringify(corpus)` gives, without ever holding the whole text (a DBLP-sized corpus would
// not fit in one JavaScript string).
import type { ImportNote, Paper, ReportedRecords } from "../core/corpus";

/** The part of a Node writable stream this needs. */
export interface TextSink {
  write(text: string): boolean;
  once(event: "drain", listener: () => void): unknown;
}

const FLUSH_AT = 1 << 20;

export class CorpusJsonWriter {
  private buffer: string;
  private papers = 0;

  constructor(
    private readonly sink: TextSink,
    id: string,
    label: string,
  ) {
    this.buffer = `{"id":${JSON.stringify(id)},"label":${JSON.stringify(label)},"papers":[`;
  }

  get count(): number {
    return this.papers;
  }

  paper(paper: Paper): void {
    this.buffer += (this.papers++ === 0 ? "" : ",") + JSON.stringify(paper);
  }

  /** Hands buffered text to the sink once there is enough of it, waiting if the sink is full. */
  async flush(force = false): Promise<void> {
    if (this.buffer.length < FLUSH_AT && !force) return;
    const text = this.buffer;
    this.buffer = "";
    if (!this.sink.write(text))
      await new Promise<void>((resolve) => this.sink.once("drain", resolve));
  }

  async end(notes: ImportNote[], reportedRecords?: ReportedRecords[]): Promise<void> {
    this.buffer += `],"notes":${JSON.stringify(notes)}`;
    if (reportedRecords !== undefined)
      this.buffer += `,"reportedRecords":${JSON.stringify(reportedRecords)}`;
    this.buffer += "}";
    await this.flush(true);
  }
}
