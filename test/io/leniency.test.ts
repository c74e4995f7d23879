// "One bad record never loses the good ones": a broken record slipped in between the records of a
// real file leaves every paper of the file in place and is counted as skipped.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedFile } from "../../src/io/format";
import { readCorpusBlob } from "../../src/io/readBlob";
import { fixture } from "./fixtures";

interface Case {
  fixture: string;
  /** Where records start: a broken record is put before one of these. */
  boundary: RegExp;
  broken: string[];
}

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
  dblp: {
    fixture: "dblp/dblp-sample.xml",
    boundary: /^<(?:article|inproceedings|proceedings|phdthesis|incollection|www)\b/gm,
    broken: [
      '<article key="x/y"><title>No authors.</title></article>\n',
      "<article><author>No Key</author><title>T.</title></article>\n",
    ],
  },
  pubmed: {
    fixture: "pubmed/pubmed.xml",
    boundary: /^<PubmedArticle>/gm,
    broken: ["<PubmedArticle><MedlineCitation><PMID>9</PMID></MedlineCitation></PubmedArticle>\n"],
  },
  scopus: {
    fixture: "csv/scopus-current.csv",
    boundary: /^"(?!Authors")/gm,
    broken: [
      '"","","","A title","2020","S","","","","","","","","","","","","","","","","","","","","","","","","2-s2.0-1"\n',
      '"Doe J.","Doe, Jane (1)","1","","2020","S","","","","","","","","","","","","","","","","","","","","","","","","2-s2.0-2"\n',
    ],
  },
};

async function read(name: string, text: string): Promise<ParsedFile> {
  return readCorpusBlob(new Blob([text]), name);
}

describe.each(Object.entries(CASES))("%s: one bad record never loses the good ones", (name, c) => {
  it("keeps every paper when a broken record is slipped in anywhere between records", async () => {
    const text = fixture(c.fixture);
    const fileName = c.fixture.split("/").pop()!;
    const original = await read(fileName, text);
    const starts = [...text.matchAll(c.boundary)].map((m) => m.index);
    expect(starts.length, `${name}: record starts`).toBeGreaterThan(1);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...starts),
        fc.constantFrom(...c.broken),
        async (at, broken) => {
          const parsed = await read(fileName, text.slice(0, at) + broken + text.slice(at));
          const ids = new Set(parsed.papers.map((p) => p.id));
          for (const paper of original.papers)
            expect(ids.has(paper.id), `${paper.id} kept`).toBe(true);
          expect(parsed.skipped).toBeGreaterThan(original.skipped);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
