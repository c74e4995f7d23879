import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/core/corpus";
import { CorpusJsonWriter } from "../../src/io/corpusJsonWriter";
import { parseBibtex } from "../../src/io/bibtex/bibtex";
import { fixture } from "./fixtures";

/** A sink that reports itself full every other write and drains on the next tick. */
class SlowSink extends EventEmitter {
  text = "";
  private writes = 0;
  write(text: string): boolean {
    this.text += text;
    const full = this.writes++ % 2 === 1;
    if (full) setImmediate(() => this.emit("drain"));
    return !full;
  }
}

describe("CorpusJsonWriter", () => {
  it.each([0, 1, 4])("writes what JSON.stringify writes, for %i papers", async (count) => {
    const parsed = await parseBibtex(fixture("bibtex/refs.bib"), "refs.bib");
    const corpus: Corpus = {
      id: "refs",
      label: 'refs "quoted"',
      papers: parsed.papers.slice(0, count),
      notes: parsed.notes,
    };
    const sink = new SlowSink();
    const writer = new CorpusJsonWriter(sink, corpus.id, corpus.label);
    for (const paper of corpus.papers) {
      writer.paper(paper);
      await writer.flush(true);
    }
    await writer.end(corpus.notes);
    expect(sink.text).toBe(JSON.stringify(corpus));
    expect(writer.count).toBe(count);
  });
});
