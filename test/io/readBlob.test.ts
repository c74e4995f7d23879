// The one reading pipeline (app import Worker, ?corpus=, every CLI): bytes → gzip → encoding →
// format → papers, lenient by file when several are read together.
import { mkdtempSync, openAsBlob, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, firstInvalidUtf8 } from "../../src/io/encoding";
import { mergeParsedFiles } from "../../src/io/merge";
import { readCorpusBlob } from "../../src/io/readBlob";
import { readCorpusFiles } from "../../src/io/readFiles";
import { readCorpusFile, readCorpusFromPath } from "../../src/io/readPath";
import { asyncCorpusErrorOf, fixturePath } from "./fixtures";

const blobOf = (name: string): Blob => new Blob([readFileSync(fixturePath(name))]);

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

  it("reads gzipped files, detected by their magic bytes whatever the name, with byte progress", async () => {
    const raw = readFileSync(fixturePath("openalex/works.jsonl"));
    const gz = new Blob([gzipSync(raw)]);
    const seen: number[] = [];
    const parsed = await readCorpusBlob(gz, "works.dat", {
      onBytes: (read, total) => {
        expect(total).toBe(gz.size);
        seen.push(read);
      },
    });
    const plain = await readCorpusBlob(new Blob([raw]), "works.dat");
    expect(parsed.papers).toEqual(plain.papers);
    expect(seen.at(-1)).toBe(gz.size);
  });

  it.each([
    ["an empty file", new Blob([]), "e.bib", "e.bib: the file is empty"],
    [
      "unknown content",
      new Blob(["just some words\n"]),
      "x.dat",
      'x.dat, line 1: unrecognised format (the file starts with "just some words")',
    ],
    [
      "an arXiv Atom feed",
      new Blob([
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<link href="http://arxiv.org/api/query"/>',
      ]),
      "query.xml",
      "query.xml, line 1: this looks like an arXiv Atom feed",
    ],
    [
      "a PDF",
      new Blob(["%PDF-1.7\n%âãÏÓ"]),
      "paper.pdf",
      "paper.pdf, line 1: this looks like a PDF document",
    ],
    [
      "unknown JSON",
      new Blob(['{"name": "x", "items": []}']),
      "x.json",
      "x.json, line 1: this looks like JSON with the fields name, items, in no supported shape",
    ],
    [
      "unknown XML",
      new Blob(["<catalog><book/></catalog>"]),
      "c.xml",
      "c.xml, line 1: this looks like XML whose root element is <catalog>",
    ],
    [
      "a truncated gzip",
      new Blob([gzipSync(readFileSync(fixturePath("bibtex/refs.bib"))).subarray(0, 40)]),
      "refs.bib.gz",
      "refs.bib.gz: the gzip data is damaged or cut short",
    ],
  ])("refuses %s with a CorpusError saying what it is", async (_case, blob, name, message) => {
    const error = await asyncCorpusErrorOf(readCorpusBlob(blob, name));
    expect(error.message.startsWith(message)).toBe(true);
    if (/looks like|unrecognised/.test(message))
      expect(error.message).toMatch(/; supported: OpenAlex works/);
  });

  it("passes the importer's own error through (file, line, field) when nothing is usable", async () => {
    const error = await asyncCorpusErrorOf(
      readCorpusBlob(new Blob(["@article{k, title {T}}"]), "m.bib"),
    );
    expect(error.file).toBe("m.bib");
    expect(error.line).toBe(1);
  });
});

describe("text encodings", () => {
  const wos = "PT\tAU\tTI\tSO\tPY\tUT\nJ\tMüller, Jürgen\tÜber Ströme\tNATURE\t2015\tWOS:1\n";

  it.each([
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wos)])],
    [
      "UTF-16LE with a BOM (Tab-delimited (Win))",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(wos, "utf16le")]),
    ],
    [
      "UTF-16BE with a BOM",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(wos, "utf16le").swap16()]),
    ],
    ["UTF-16LE without a BOM", Buffer.from(wos, "utf16le")],
  ])("reads %s", async (_case, bytes) => {
    const parsed = await readCorpusBlob(new Blob([bytes]), "savedrecs.txt");
    expect(parsed.papers.map((p) => [p.id, p.title, p.authors[0]!.name])).toEqual([
      ["WOS:1", "Über Ströme", "Jürgen Müller"],
    ]);
    expect(parsed.notes).toEqual([]);
  });

  it("keeps a literal U+FFFD in valid UTF-8 as a character, with no encoding note", async () => {
    const text = "title,authors\nA \uFFFD title,Ann Lee\n";
    const parsed = await readCorpusBlob(new Blob([text]), "r.csv");
    expect(parsed.papers[0]!.title).toBe("A \uFFFD title");
    expect(parsed.notes.filter((n) => /UTF-8/.test(n.message))).toEqual([]);
  });

  it("reads Latin-1 bytes past the first 64 KB as Windows-1252, starting over with a note", async () => {
    const rows = ["title,authors"];
    for (let i = 0; rows.join("\n").length < 70_000; i++) rows.push(`Paper ${i},Ann Lee`);
    const bytes = Buffer.concat([
      Buffer.from(rows.join("\n") + "\n"),
      Buffer.from("Late row,J\xfcrgen M\xfcller\n", "latin1"),
    ]);
    const parsed = await readCorpusBlob(new Blob([bytes]), "late.csv");
    expect(parsed.papers.at(-1)!.authors[0]!.name).toBe("Jürgen Müller");
    expect(parsed.notes[0]!.message).toMatch(
      /^not valid UTF-8 \(byte 0xFC on line \d+\); read as Windows-1252/,
    );
  });

  it.each([
    [[0x41, 0xc3, 0xa9], true, -1],
    [[0x41, 0xc3], false, -1],
    [[0x41, 0xc3], true, 1],
    [[0x41, 0xe9, 0x42], true, 1],
    [[0xed, 0xa0, 0x80], true, 0],
    [[0xef, 0xbf, 0xbd], true, -1],
  ])("finds the first byte that is not UTF-8 in %j (complete: %s) at %i", (bytes, complete, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes), complete)).toBe(at);
  });

  it("takes the encoding an XML declaration names", () => {
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-2"?><dblp>');
    expect(chooseEncoding(head, true).encoding).toBe("iso-8859-2");
  });
});

describe("several files read together (a drop, a folder)", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-files-"));

  it("passes over files with nothing usable, noting each, and reads the others", async () => {
    const files = [
      { name: "good.bib", blob: blobOf("bibtex/refs.bib") },
      { name: "empty.xml", blob: new Blob(["<person><FullName>Chris Shaw</FullName></person>"]) },
      { name: "notes.txt", blob: new Blob(["meeting notes\n"]) },
    ];
    const corpus = mergeParsedFiles("drop", "drop", await readCorpusFiles(files));
    expect(corpus.papers).toHaveLength(4);
    expect(corpus.notes.map((n) => `${n.file}: ${n.message}`)).toEqual(
      expect.arrayContaining([
        "drop: read 6 records from 3 files: 4 papers, 2 skipped, 0 merged by id, 2 files with nothing usable",
        "empty.xml: file skipped: no <publication> elements; nothing to import",
        expect.stringMatching(/^notes\.txt: file skipped: unrecognised format/),
      ]),
    );
  });

  it("fails when no file yields a paper, with each file's reason", async () => {
    const files = [
      { name: "a.xml", blob: new Blob(["<person><FullName>A</FullName></person>"]) },
      { name: "b.txt", blob: new Blob(["hello\n"]) },
    ];
    const error = await asyncCorpusErrorOf(readCorpusFiles(files));
    expect(error.message).toMatch(
      /^2 files: no papers found in any file \(a\.xml, line 1: no <publication>.*; b\.txt, line 1: unrecognised/,
    );
  });

  it("reads a folder, as npm run eval -- FOLDER does, with the empty files noted", async () => {
    const folder = mkdtempSync(join(dir, "names-"));
    writeFileSync(
      join(folder, "Chris_Shaw.xml"),
      "<person>\n<FullName>Chris Shaw</FullName>\n</person>\n",
    );
    writeFileSync(
      join(folder, "Lei_Wang.xml"),
      readFileSync(fixturePath("person-xml/well-formed.xml")),
    );
    writeFileSync(join(folder, "README.md"), "not a corpus");
    const corpus = await readCorpusFromPath(folder);
    expect(corpus.papers.length).toBeGreaterThan(0);
    expect(corpus.notes.map((n) => [n.file, n.line, n.message])).toContainEqual([
      "Chris_Shaw.xml",
      1,
      "file skipped: no <publication> elements; nothing to import",
    ]);
  });

  it("reads what fs.openAsBlob hands it, as the CLI does", async () => {
    const parsed = await readCorpusBlob(
      await openAsBlob(fixturePath("bibtex/refs.bib")),
      "refs.bib",
    );
    expect(parsed.papers).toHaveLength(4);
  });
});
