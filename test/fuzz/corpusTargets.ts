// Every registered corpus format as a fuzz target, plus the reading pipeline from bytes (gzip,
// BOMs, encodings, sniffing) and the streaming readers checked against their whole-file parse.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { gzipSync } from "node:zlib";
import { CorpusError } from "../../src/core/corpus";
import { newImportContext, type CorpusFormat, type ParsedFile } from "../../src/io/format";
import { isPlausibleYear } from "../../src/io/fieldValues";
import { mergeParsedFiles } from "../../src/io/merge";
import { readCorpusBlob } from "../../src/io/readBlob";
import { formats } from "../../src/io/registry";
import type { FuzzTarget } from "./target";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");

function fixtures(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((name) => pattern.test(name))
    .map((name) => readFileSync(join(FIXTURES, folder, name), "utf8"));
}

/** Seeds and syntax pieces per format id. */
const MATERIAL: Record<string, { seeds: () => string[]; tokens: string[] }> = {
  openalex: {
    seeds: () => fixtures("openalex", /^works/),
    tokens: [
      '{"id":"https://openalex.org/W1","authorships":[',
      '{"author":{"id":"A1","display_name":"Wei Wang","orcid":"0000-0002-1825-0097"}}',
      "]}",
      ",",
      "\n",
      "null",
      '"title":',
      '"publication_year":',
      "2019",
      "{",
      "}",
      "[",
      "]",
      '"abstract_inverted_index":{"a":[0,99999999]}',
      "&amp;",
      "<i>",
    ],
  },
  crossref: {
    seeds: () => fixtures("json", /^crossref-works/),
    tokens: [
      '{"status":"ok","message-type":"work-list","message":{"items":[',
      '{"DOI":"10.1/x","title":["T"],"author":[{"given":"A","family":"B"}]',
      '"issued":{"date-parts":[[2019]]}',
      "]}}",
      ",",
      "}",
      "{",
      "[",
      "]",
      "null",
      '"ORCID":"http://orcid.org/0000-0002-1825-0097"',
    ],
  },
  orcid: {
    seeds: () => fixtures("json", /^orcid/),
    tokens: [
      '{"orcid-identifier":{"path":"0000-0002-1825-0097"},"activities-summary":{"works":{"group":[',
      '{"work-summary":[{"put-code":1,"title":{"title":{"value":"T"}}}]}',
      '{"bulk":[{"work":',
      '"contributors":{"contributor":[{"credit-name":{"value":"A B"}}]}',
      "]}}}",
      ",",
      "{",
      "}",
      "[",
      "]",
      "null",
    ],
  },
  "csl-json": {
    seeds: () => fixtures("json", /^(zotero|crossref-csl)/),
    tokens: [
      '[{"id":"k","type":"article-journal","title":"T","author":[{"family":"B","given":"A"}]',
      '"issued":{"date-parts":[[2019,5]]}',
      '{"raw":"c. 1950"}',
      "}]",
      ",",
      "{",
      "}",
      "[",
      "]",
      "null",
      '"literal":"X"',
    ],
  },
  "corpus-json": {
    seeds: () => [
      ...fixtures("json", /^project-corpus/),
      JSON.stringify({
        papers: [
          {
            id: "1",
            title: "T",
            year: 2019,
            authors: ["Ann Lee", { name: "Bo Li", sourceId: "orcid:0000-0002-1825-0097" }],
          },
          { id: "1", title: "T", authors: ["Cy Wu"] },
        ],
      }),
    ],
    tokens: [
      '{"papers":[',
      '{"id":"1","title":"T","authors":["A"]}',
      '"year":2019',
      '"year":"x"',
      "]}",
      ",",
      "{",
      "}",
      "[",
      "]",
      "null",
      '"name":""',
    ],
  },
  "person-xml": {
    seeds: () => fixtures("person-xml", /\.xml$/),
    tokens: [
      "<person>",
      "</person>",
      "<FullName>Wei Wang</FullName>",
      "<publication>",
      "</publication>",
      "<title>T</title>",
      "<authors>Wei Wang,Li Zhang</authors>",
      "<label>1</label>",
      "<year>2019</year>",
      "&",
      "&eacute;",
      "<![CDATA[x]]>",
    ],
  },
  "pubmed-xml": {
    seeds: () => fixtures("pubmed", /\.xml$/),
    tokens: [
      "<PubmedArticleSet>",
      "</PubmedArticleSet>",
      "<PubmedArticle><MedlineCitation><PMID>1</PMID>",
      "</MedlineCitation></PubmedArticle>",
      "<ArticleTitle>T</ArticleTitle>",
      "<Author><LastName>W</LastName><ForeName>A</ForeName></Author>",
      '<Identifier Source="ORCID">0000-0002-1825-0097</Identifier>',
      "<PubDate><Year>2019</Year></PubDate>",
      "<i>",
      "</i>",
      "&",
      "<",
    ],
  },
  "dblp-xml": {
    seeds: () => fixtures("dblp", /^(dblp-sample|dblpperson)/),
    tokens: [
      "<dblp>",
      "</dblp>",
      '<article key="a/b">',
      "</article>",
      "<www key='h'>",
      "</www>",
      "<author>",
      "</author>",
      "<title>",
      "</title>",
      "<year>",
      "2019",
      "</year>",
      "Wei Wang 0001",
      "&uuml;",
      "&foo;",
      "&#233;",
      "&",
      "<",
      "<i>",
      "</i>",
      "<!-- c -->",
      "<![CDATA[x]]>",
    ],
  },
  "wos-text": {
    seeds: () => fixtures("tagged", /^savedrecs/),
    tokens: [
      "FN Clarivate Analytics Web of Science\n",
      "PT J\n",
      "AU Smith, J\n",
      "AF Smith, John\n",
      "   Doe, Jane\n",
      "TI A title\n",
      "C1 [Smith, John] Univ X.\n",
      "RI Smith, John/A-1234-2010\n",
      "PY 2019\n",
      "UT WOS:1\n",
      "ER\n",
      "EF\n",
      "\n",
    ],
  },
  medline: {
    seeds: () => fixtures("tagged", /\.nbib$/),
    tokens: [
      "PMID- 1\n",
      "TI  - A title\n",
      "FAU - Smith, John\n",
      "AU  - Smith J\n",
      "AD  - Univ X\n",
      "AUID- ORCID: 0000-0002-1825-0097\n",
      "DP  - 2019 Mar\n",
      "      continued\n",
      "\n",
      "LID - 10.1/x [doi]\n",
    ],
  },
  ris: {
    seeds: () => fixtures("tagged", /\.ris$/),
    tokens: [
      "TY  - JOUR\n",
      "AU  - Smith, John\n",
      "TI  - A title\n",
      "PY  - 2019///\n",
      "DO  - 10.1/x\n",
      "ER  - \n",
      "KW  - k\n",
      "A2  - Ed, Itor\n",
      "continued\n",
      "\n",
    ],
  },
  bibtex: {
    seeds: () => fixtures("bibtex", /\.bib$/),
    tokens: [
      "@article{k,",
      "@string{s = {S}}",
      "@comment{",
      "author = {",
      "title = ",
      '"',
      "{",
      "}",
      "(",
      ")",
      " and ",
      "Last, First",
      ",",
      "=",
      "#",
      "s",
      "year = 2020",
      "crossref = {k}",
      '\\"u',
      "\\'",
      "\\v{",
      "$",
      "\\alpha",
      "\\MaxMinAntSystem",
      "\\hspace{0pt}",
      "Usage-Count-(Last-180-days) = {{1}},",
      "\n",
    ],
  },
};

const CSV_TOKENS = [
  "title,authors,year\n",
  "Title\tAuthors\n",
  "T",
  ",",
  ";",
  "\t",
  "|",
  '"',
  '""',
  "\n",
  "\r\n",
  "\r",
  "Wei Wang",
  "Govil N., Sharma A.",
  "2019",
  "NA",
  "[No author name available]",
  "\uFEFF",
];

function csvSeeds(id: string): string[] {
  const byProfile: Record<string, RegExp> = {
    "scopus-csv": /^scopus/,
    "wos-tab": /^wos-tab-utf8/,
    "lens-csv": /^lens/,
    "openalex-csv": /^openalex/,
    "ieee-csv": /^ieee/,
    "springer-csv": /^springer/,
    csv: /^(papers|semicolon|bibliometrix|wos-export)/,
  };
  return fixtures("csv", byProfile[id] ?? /^papers/);
}

/** Breaks every rule a corpus importer keeps, as messages. */
export function corpusInvariants(result: ParsedFile): string[] {
  const broken: string[] = [];
  const corpus = mergeParsedFiles("fuzz", "fuzz", [result]);
  const ids = new Set<string>();
  for (const paper of corpus.papers) {
    if (ids.has(paper.id)) broken.push(`paper id ${JSON.stringify(paper.id)} twice after merging`);
    ids.add(paper.id);
    if (paper.id.trim() === "") broken.push("a paper with an empty id");
    if (paper.title.trim() === "") broken.push(`paper ${paper.id}: empty title`);
    if (paper.authors.length === 0) broken.push(`paper ${paper.id}: no author`);
    for (const author of paper.authors)
      if (author.name.trim() === "") broken.push(`paper ${paper.id}: an author without a name`);
    if (paper.year !== undefined && !isPlausibleYear(paper.year))
      broken.push(`paper ${paper.id}: year ${paper.year}`);
  }
  if (result.papers.length > result.read)
    broken.push(`${result.papers.length} papers from ${result.read} records`);
  if (result.skipped > result.read) broken.push(`${result.skipped} skipped of ${result.read} read`);
  return broken;
}

const size = (result: ParsedFile) => JSON.stringify(result).length;
const ownError = (error: unknown) => error instanceof CorpusError;

function formatTarget(format: CorpusFormat): FuzzTarget<ParsedFile> {
  const material = MATERIAL[format.id];
  return {
    name: format.id,
    run: (text) => format.parse(text, "input", newImportContext()),
    ownError,
    invariants: (result) => corpusInvariants(result),
    size,
    seeds: material ? material.seeds() : csvSeeds(format.id),
    tokens: material ? material.tokens : CSV_TOKENS,
  };
}

/** The whole pipeline from bytes: texts are turned into bytes in several encodings and gzip. */
const pipelineTarget: FuzzTarget<ParsedFile> = {
  name: "pipeline (bytes)",
  run: async (text) => {
    const bytes = encodeSomehow(text);
    return readCorpusBlob(new Blob([bytes as BlobPart]), "input");
  },
  ownError,
  invariants: (result) => corpusInvariants(result),
  size,
  seeds: [
    ...Object.values(MATERIAL).flatMap((m) => m.seeds().slice(0, 1)),
    ...csvSeeds("scopus-csv"),
  ],
  tokens: [
    "\uFEFF",
    "\u0000",
    "\uFFFD",
    "é",
    "<?xml version='1.0' encoding='ISO-8859-1'?>",
    "PT\tAU\tTI\tUT\n",
    "@article{k,",
    "TY  - JOUR\n",
    "PMID- 1\n",
    '{"papers":[',
    "\n",
  ],
};

/** A text's bytes: UTF-8, UTF-16 with or without a BOM, Latin-1, or gzip, chosen by its length. */
function encodeSomehow(text: string): Uint8Array {
  const choice = text.length % 5;
  if (choice === 1)
    return new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer),
    ]);
  if (choice === 2) return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  if (choice === 3) return new Uint8Array(gzipSync(new TextEncoder().encode(text)));
  return new TextEncoder().encode(text);
}

type Outcome = ParsedFile | { error: string };

async function outcome(run: () => ParsedFile | Promise<ParsedFile>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CorpusError) return { error: error.message.replace(/line \d+/, "line N") };
    throw error;
  }
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** A streaming reader fed the text in chunks must give what the whole-file parse gives. */
function streamTarget(format: CorpusFormat): FuzzTarget<{ whole: Outcome; streamed: Outcome }> {
  const stream = format.stream!;
  return {
    name: `${format.id} (stream = parse)`,
    run: async (text) => {
      const papers: ParsedFile["papers"] = [];
      const whole = await outcome(() => format.parse(text, "input", newImportContext()));
      // The pipeline streams only what the format says suits streaming (JSON Lines, not one document).
      if (format.streams && !format.streams(text.slice(0, 65_536)))
        return { whole, streamed: whole };
      const streamed = await outcome(async () => {
        const result = await stream(chunked(text, 1 + (text.length % 97)), "input", (p) =>
          papers.push(p),
        );
        return { ...result, papers };
      });
      return { whole, streamed };
    },
    ownError,
    invariants: ({ whole, streamed }) => {
      if ("error" in whole)
        return "error" in streamed ? [] : ["the stream read a file the whole parse refuses"];
      if ("error" in streamed)
        return [`the stream refused a file the whole parse reads: ${streamed.error}`];
      // saxes reports some syntax errors when it flushes text, which depends on chunking.
      const same = (o: ParsedFile) => ({
        ...o,
        notes: o.notes.map((n) => n.message.replace(/\(line \d+\)|line \d+/g, "")),
      });
      return isDeepStrictEqual(same(whole), same(streamed))
        ? []
        : ["streamed papers or notes differ from the whole parse"];
    },
    size: ({ whole, streamed }) => JSON.stringify(whole).length + JSON.stringify(streamed).length,
    seeds: formatTarget(format).seeds,
    tokens: formatTarget(format).tokens,
  };
}

export const corpusTargets: FuzzTarget[] = [
  ...formats.map(formatTarget),
  pipelineTarget,
  ...formats.filter((f) => f.stream && f.id !== "pubmed-xml").map(streamTarget),
] as FuzzTarget[];
