import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dblpXmlFormat } from "../../src/io/dblpXml";
import { openAlexFormat } from "../../src/io/openAlex";
import {
  decodeHead,
  innerName,
  readHead,
  streamReaderFor,
  textChunks,
} from "../../src/io/streamPath";
import { fixture, fixturePath } from "./fixtures";

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("streaming a corpus file from disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "stream-path-"));

  it("reads a gzipped file's text and head as if it were plain", async () => {
    const gz = join(dir, "dblp-sample.xml.gz");
    writeFileSync(gz, gzipSync(readFileSync(fixturePath("dblp/dblp-sample.xml"))));
    const head = await readHead(gz);
    expect(decodeHead(head)).toBe(fixture("dblp/dblp-sample.xml"));
    expect(await collect(textChunks(gz, head))).toBe(fixture("dblp/dblp-sample.xml"));
  });

  it("decodes a file in the encoding its XML declaration names", async () => {
    const path = fixturePath("dblp/latin1-declared.xml");
    const text = await collect(textChunks(path, await readHead(path)));
    expect(text).toContain("<author>Jürgen Müller</author>");
  });

  it("keeps a UTF-8 character cut by the 64 KB head out of the sniffed text", async () => {
    const path = join(dir, "long.csv");
    writeFileSync(path, "title,authors\n" + "é".repeat(40_000));
    expect(decodeHead(await readHead(path)).endsWith("é")).toBe(true);
  });

  it.each([
    [dblpXmlFormat, "dblp.xml.gz", true],
    [dblpXmlFormat, "person.xml", true],
    [openAlexFormat, "part_000.jsonl.gz", true],
    [openAlexFormat, "works.ndjson", true],
    [openAlexFormat, "works-api.json", false],
  ] as const)("streams %s files named %s: %s", (format, name, streams) => {
    expect(streamReaderFor(format, name) !== undefined).toBe(streams);
  });

  it.each([
    ["dblp.xml.gz", "dblp.xml"],
    ["works.JSONL.GZ", "works.JSONL"],
    ["refs.bib", "refs.bib"],
  ])("sees %s as %s when detecting the format", (name, inner) => {
    expect(innerName(name)).toBe(inner);
  });
});
