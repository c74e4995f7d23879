// "One bad record never loses the good ones": a broken record slipped in between the records of a
// real file leaves every paper of the file in place and is counted as skipped. Every registered
// format has a case: records are separable in all of them (a JSON line, an array element, an XML
// element, a tagged block, a table row). A break of the *syntax* of a whole-document format (an
// unclosed JSON array, an XML tag left open) is a different matter and out of this property: the
// parser cannot tell where a record ends, and such files are refused with the line of the break.
// The JSON and XML cases therefore slip in records that are well-formed but unusable.
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ParsedFile } from "../../src/io/format";
import { readCorpusBlob } from "../../src/io/readBlob";
import { detectFormat, formats } from "../../src/io/registry";
import { fixture } from "./fixtures";

interface Case {
  fixture: string;
  /** Where records start: a broken record is put before one of these. */
  boundary: RegExp;
  broken: string[];
}

/** A table row with only `cells` filled, in the fixture's own header, delimiter and line ending. */
function tableRow(name: string, cells: Record<string, string>): string {
  const text = fixture(name).replace(/^\uFEFF/, "");
  const header = text.slice(0, text.search(/\r?\n/));
  const delimiter = header.includes("\t") ? "\t" : ",";
  const columns = Papa.parse<string[]>(header, { delimiter }).data[0]!;
  const row = columns.map((column) => cells[column] ?? "");
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  return Papa.unparse([row], { delimiter, quotes: delimiter === "," }) + newline;
}

/** Two rows for a table format: one with a title and no authors, one with authors and no title. */
function brokenRows(name: string, title: string, authors: string, more = {}): string[] {
  return [
    tableRow(name, { ...more, [title]: "A title with no authors" }),
    tableRow(name, { ...more, [authors]: "Doe, Jane" }),
  ];
}

/** One case per registered format, keyed by format id (a test holds the list complete). */
const CASES: Record<string, Case> = {
  bibtex: {
    fixture: "bibtex/refs.bib",
    boundary: /^@(?:article|inproceedings|book|misc)/gim,
    broken: [
      "@article{broken, title = {never closed\n",
      "@article{, title = {no key}}\n",
      "@misc{nothing}\n",
      "@article{k2, author = {A}, title {no equals}}\n",
    ],
  },
  ris: {
    fixture: "tagged/refs.ris",
    boundary: /^TY {2}- /gm,
    broken: ["TY  - JOUR\nTI  - no authors\nER  - \n", "TY  - JOUR\nAU  - Doe, J\nER  - \n"],
  },
  "wos-text": {
    fixture: "tagged/savedrecs.txt",
    boundary: /^PT /gm,
    broken: ["PT J\nTI no authors\nER\n", "PT J\nAU Doe, J\nER\n"],
  },
  medline: {
    fixture: "tagged/pubmed.nbib",
    boundary: /^PMID- /gm,
    broken: ["PMID- 1\nTI  - no authors\n\n", "PMID- 2\nFAU - Doe, Jane\n\n"],
  },
  openalex: {
    fixture: "openalex/works.jsonl",
    boundary: /^\{/gm,
    broken: ["{not json\n", '{"id":"W9","authorships":"none"}\n', "[]\n"],
  },
  "dblp-xml": {
    fixture: "dblp/dblp-sample.xml",
    boundary: /^<(?:article|inproceedings|proceedings|phdthesis|incollection|www)\b/gm,
    broken: [
      '<article key="x/y"><title>No authors.</title></article>\n',
      "<article><author>No Key</author><title>T.</title></article>\n",
    ],
  },
  "pubmed-xml": {
    fixture: "pubmed/pubmed.xml",
    boundary: /^<PubmedArticle>/gm,
    broken: ["<PubmedArticle><MedlineCitation><PMID>9</PMID></MedlineCitation></PubmedArticle>\n"],
  },
  "scopus-csv": {
    fixture: "csv/scopus-current.csv",
    boundary: /^"(?!Authors")/gm,
    broken: [
      '"","","","A title","2020","S","","","","","","","","","","","","","","","","","","","","","","","","2-s2.0-1"\n',
      '"Doe J.","Doe, Jane (1)","1","","2020","S","","","","","","","","","","","","","","","","","","","","","","","","2-s2.0-2"\n',
    ],
  },
  "wos-tab": {
    fixture: "csv/wos-tab-utf8.txt",
    boundary: /^J\t/gm,
    broken: brokenRows("csv/wos-tab-utf8.txt", "TI", "AU", { PT: "J", UT: "WOS:1" }),
  },
  "lens-csv": {
    fixture: "csv/lens.csv",
    boundary: /^"(?!Lens ID")/gm,
    broken: brokenRows("csv/lens.csv", "Title", "Author/s", { "Lens ID": "000-000-000-000-001" }),
  },
  "openalex-csv": {
    fixture: "csv/openalex-web.csv",
    boundary: /^"https:/gm,
    broken: brokenRows("csv/openalex-web.csv", "title", "authorships.author.display_name", {
      id: "https://openalex.org/W1",
    }),
  },
  "ieee-csv": {
    fixture: "csv/ieee.csv",
    boundary: /^"(?!Document Title")/gm,
    broken: brokenRows("csv/ieee.csv", "Document Title", "Authors"),
  },
  "springer-csv": {
    fixture: "csv/springer.csv",
    boundary: /^"(?!Item Title")/gm,
    broken: brokenRows("csv/springer.csv", "Item Title", "Authors"),
  },
  csv: {
    fixture: "csv/papers.csv",
    // p3's title holds a line break: records start at the id, not at every line.
    boundary: /^p\d,/gm,
    broken: brokenRows("csv/papers.csv", "Title", "Authors", { id: "x1" }),
  },
  crossref: {
    fixture: "json/crossref-works.json",
    boundary: /^ {6}\{/gm,
    broken: [
      '{ "DOI": "10.5555/broken", "type": "journal-article", "title": ["No authors"] },\n',
      '{ "DOI": "10.5555/untitled", "author": [{ "given": "Jane", "family": "Doe" }] },\n',
      '"not a work",\n',
    ],
  },
  "csl-json": {
    fixture: "json/zotero-csl.json",
    boundary: /^ {2}\{/gm,
    broken: [
      '{ "id": "b1", "type": "book", "title": "No authors" },\n',
      '{ "id": "b2", "type": "book", "author": [{ "literal": "Jane Doe" }] },\n',
      "42,\n",
    ],
  },
  orcid: {
    fixture: "json/orcid-works.json",
    boundary: /^ {4}\{/gm,
    broken: [
      '{ "work-summary": [{ "put-code": 9, "title": null, "path": "/0000-0002-1825-0097/work/9" }] },\n',
      '{ "work-summary": ["not a work"] },\n',
    ],
  },
  "corpus-json": {
    fixture: "json/project-corpus.json",
    boundary: /^ {4}\{/gm,
    broken: [
      '{ "id": "bad1", "title": "", "authors": [{ "name": "Jane Doe" }] },\n',
      '{ "id": "bad2", "title": "No authors", "authors": [] },\n',
      '{ "id": "bad3", "title": "Bad year", "year": "soon", "authors": [{ "name": "Jane Doe" }] },\n',
    ],
  },
  "person-xml": {
    fixture: "person-xml/well-formed.xml",
    boundary: /^\t<publication>/gm,
    broken: [
      "\t<publication><title></title><year>2001</year><authors>Ajay Gupta</authors><id>9</id></publication>\n",
      "\t<publication><year>2001</year><authors>Ajay Gupta</authors><id>8</id></publication>\n",
    ],
  },
};

async function read(name: string, text: string): Promise<ParsedFile> {
  return readCorpusBlob(new Blob([text]), name);
}

it("has a case for every registered format", () => {
  expect(Object.keys(CASES).sort()).toEqual(formats.map((f) => f.id).sort());
});

describe.each(Object.entries(CASES))("%s: one bad record never loses the good ones", (id, c) => {
  it("keeps every paper when a broken record is slipped in anywhere between records", async () => {
    const text = fixture(c.fixture);
    const fileName = c.fixture.split("/").pop()!;
    const original = await read(fileName, text);
    expect(detectFormat(text, fileName)?.id, `${c.fixture} is read as ${id}`).toBe(id);
    expect(original.papers.length, `${id}: papers in the fixture`).toBeGreaterThan(0);
    const starts = [...text.matchAll(c.boundary)].map((m) => m.index);
    expect(starts.length, `${id}: record starts`).toBeGreaterThan(1);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...starts),
        fc.constantFrom(...c.broken),
        async (at, broken) => {
          const parsed = await read(fileName, text.slice(0, at) + broken + text.slice(at));
          const ids = new Set(parsed.papers.map((p) => p.id));
          for (const paper of original.papers)
            expect(ids.has(paper.id), `${paper.id} kept`).toBe(true);
          expect(parsed.papers).toHaveLength(original.papers.length);
          expect(parsed.skipped).toBeGreaterThan(original.skipped);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
