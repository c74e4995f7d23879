import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CorpusError } from "../../src/core/corpus";
import { readCorpusBlob } from "../../src/io/readBlob";
import { readCorpusFile } from "../../src/io/readPath";
import { fixturePath } from "./fixtures";

const blobOf = (name: string): Blob => new Blob([readFileSync(fixturePath(name))]);

async function errorOf(run: Promise<unknown>): Promise<CorpusError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return error as CorpusError;
}

describe("readCorpusBlob (the app's file import)", () => {
  it.each([
    "bibtex/refs.bib",
    "csv/papers.csv",
    "csv/wos-export.tsv",
    "dblp/dblp-sample.xml",
    "dblp/latin1-declared.xml",
    "openalex/works.jsonl",
    "openalex/works-api.json",
    "person-xml/malformed.xml",
  ])("reads %s exactly as the CLI reads the same file", async (name) => {
    const fromBlob = await readCorpusBlob(blobOf(name), name.split("/").pop()!);
    const fromPath = await readCorpusFile(fixturePath(name));
    expect(fromBlob.papers.length).toBeGreaterThan(0);
    expect(fromBlob).toEqual(fromPath);
  });

  it("reads gzipped files, detected by their magic bytes, and reports bytes read up to the size", async () => {
    const raw = readFileSync(fixturePath("openalex/works.jsonl"));
    const gz = new Blob([gzipSync(raw)]);
    const seen: number[] = [];
    const parsed = await readCorpusBlob(gz, "works.jsonl.gz", (read, total) => {
      expect(total).toBe(gz.size);
      seen.push(read);
    });
    const plain = await readCorpusBlob(new Blob([raw]), "works.jsonl");
    expect(parsed.papers).toEqual(plain.papers);
    expect(parsed.notes.map((n) => n.file)).toEqual(plain.notes.map(() => "works.jsonl.gz"));
    expect(seen.at(-1)).toBe(gz.size);
  });

  it.each([
    ["an empty file", new Blob([]), "e.bib", "e.bib: the file is empty"],
    [
      "unknown content",
      new Blob(["just some words\n"]),
      "x.dat",
      "x.dat, line 1: unrecognised format",
    ],
    [
      "a truncated gzip",
      new Blob([gzipSync(readFileSync(fixturePath("bibtex/refs.bib"))).subarray(0, 40)]),
      "refs.bib.gz",
      "refs.bib.gz: the gzip data is damaged or cut short",
    ],
  ])("rejects %s with a CorpusError naming the file", async (_case, blob, name, message) => {
    const error = await errorOf(readCorpusBlob(blob, name));
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("passes the importer's own error through (file, line, field)", async () => {
    const error = await errorOf(readCorpusBlob(blobOf("bibtex/missing-title.bib"), "m.bib"));
    expect(error.file).toBe("m.bib");
    expect(error.line).toBeGreaterThan(0);
  });
});
