// Seeded generators of realistic import-bench files: a DBLP XML dump (ISO-8859-1, entities,
// homonym numbers), an OpenAlex JSON Lines snapshot, a BibTeX library mixing the DBLP, Scopus and
// Web of Science styles (TeX accents, double braces, long abstracts, some math that needs the TeX
// library), and a Scopus CSV export (quoted cells, semicolon lists, author ids, affiliations).
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { once } from "node:events";

export const TARGET_BYTES = 100 * 1024 * 1024;
const FIRST = [
  "Wei",
  "Li",
  "J&uuml;rgen",
  "Jos&eacute;",
  "Fran&ccedil;ois",
  "Bj&ouml;rn",
  "Anna",
  "Hiroshi",
  "Ay&#351;e",
  "Ma&euml;l",
  "S&oslash;ren",
  "Olga",
  "Chen",
  "Ana",
  "Zo&euml;",
];
const LAST = [
  "Wang",
  "Zhang",
  "M&uuml;ller",
  "Garc&iacute;a",
  "Dupr&eacute;",
  "&Aring;str&ouml;m",
  "Smith",
  "Tanaka",
  "&Ccedil;elik",
  "Nguyen",
  "Kov&aacute;&ccedil;",
  "Ivanova",
  "Li",
  "Silva",
];
const WORDS =
  "learning graph neural efficient scalable query streams joins approximate index distributed privacy robust models data systems analysis deep sparse adaptive".split(
    " ",
  );
const VENUES = [
  "ICDE",
  "SIGMOD Conference",
  "Proc. VLDB Endow.",
  "IEEE Trans. Knowl. Data Eng.",
  "KDD",
  "NeurIPS",
];

/** mulberry32: small, fast, seeded, good enough to vary synthetic records reproducibly. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: readonly T[]) => T;

function dblpName(pick: Pick, rand: () => number): string {
  const homonym = rand() < 0.15 ? ` 000${1 + Math.floor(rand() * 9)}` : "";
  return `${pick(FIRST)} ${pick(LAST)}${homonym}`;
}

function title(pick: Pick, rand: () => number): string {
  const words = Array.from({ length: 5 + Math.floor(rand() * 8) }, () => pick(WORDS));
  return words.join(" ").replace(/^./, (c) => c.toUpperCase());
}

function dblpRecord(i: number, pick: Pick, rand: () => number): string {
  const authors = Array.from(
    { length: 1 + Math.floor(rand() * 5) },
    () => `<author>${dblpName(pick, rand)}</author>\n`,
  );
  const year = 1990 + Math.floor(rand() * 35);
  const journal = rand() < 0.5;
  const venue = pick(VENUES);
  return (
    `<${journal ? "article" : "inproceedings"} mdate="2023-0${1 + (i % 9)}-1${i % 10}" key="${journal ? "journals" : "conf"}/x/Rec${i}">\n` +
    authors.join("") +
    `<title>${title(pick, rand)} <i>at scale</i>.</title>\n<pages>${i % 900}-${(i % 900) + 12}</pages>\n<year>${year}</year>\n` +
    (journal
      ? `<volume>${i % 60}</volume>\n<journal>${venue}</journal>\n`
      : `<booktitle>${venue}</booktitle>\n`) +
    `<ee>https://doi.org/10.1145/${3000000 + i}</ee>\n<url>db/x/x${year}.html#Rec${i}</url>\n</${journal ? "article" : "inproceedings"}>\n`
  );
}

/** The DBLP spelling of a name as OpenAlex would print it: references resolved, NFC. */
const unentity = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(\w)(uml|acute|cedil|ring);/g, (_, c: string, mark: string) =>
      `${c}${{ uml: "\u0308", acute: "\u0301", cedil: "\u0327", ring: "\u030a" }[mark]}`.normalize(
        "NFC",
      ),
    )
    .replace(/&oslash;/g, "ø");

function openAlexWork(i: number, pick: Pick, rand: () => number): string {
  const abstractWords = Array.from({ length: 120 + Math.floor(rand() * 80) }, () => pick(WORDS));
  const inverted: Record<string, number[]> = {};
  abstractWords.forEach((word, position) => (inverted[word] ??= []).push(position));
  const authorships = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, k) => {
    const name = unentity(`${pick(FIRST)} ${pick(LAST)}`);
    return {
      author_position: k === 0 ? "first" : "middle",
      author: {
        id: `https://openalex.org/A5${String(Math.floor(rand() * 1e9)).padStart(9, "0")}`,
        display_name: name,
        orcid: null,
      },
      institutions: [
        {
          id: "https://openalex.org/I1",
          display_name: `University of ${pick(LAST).replace(/&.*?;/g, "e")}`,
          ror: "https://ror.org/x",
          country_code: "DE",
          type: "education",
        },
      ],
      countries: ["DE"],
      is_corresponding: k === 0,
      raw_author_name: name,
      raw_affiliation_strings: ["Department of Computer Science, Example University"],
    };
  });
  const work = {
    id: `https://openalex.org/W${4000000000 + i}`,
    doi: `https://doi.org/10.1145/${3000000 + i}`,
    title: title(pick, rand),
    display_name: "",
    publication_year: 1990 + Math.floor(rand() * 35),
    publication_date: "2019-05-01",
    ids: {
      openalex: `https://openalex.org/W${4000000000 + i}`,
      doi: `https://doi.org/10.1145/${3000000 + i}`,
    },
    language: "en",
    primary_location: {
      is_oa: false,
      landing_page_url: "https://doi.org/x",
      source: { id: "https://openalex.org/S1", display_name: pick(VENUES), type: "conference" },
    },
    type: "article",
    authorships,
    concepts: [
      {
        id: "https://openalex.org/C1",
        wikidata: "https://www.wikidata.org/wiki/Q1",
        display_name: "Computer science",
        level: 0,
        score: 0.5,
      },
    ],
    cited_by_count: Math.floor(rand() * 300),
    abstract_inverted_index: inverted,
  };
  work.display_name = work.title;
  return `${JSON.stringify(work)}\n`;
}

/** A seeded DBLP XML dump of about `bytes` bytes (ISO-8859-1, entities, homonym numbers). */
export function generateDblpXml(path: string, bytes = TARGET_BYTES): Promise<number> {
  return generate(
    path,
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n',
    "</dblp>\n",
    dblpRecord,
    bytes,
  );
}

/** A seeded OpenAlex works snapshot in JSON Lines of about `bytes` bytes. */
export function generateOpenAlexJsonl(path: string, bytes = TARGET_BYTES): Promise<number> {
  return generate(path, "", "", openAlexWork, bytes);
}

async function generate(
  path: string,
  header: string,
  footer: string,
  record: (i: number, pick: Pick, rand: () => number) => string,
  targetBytes: number,
): Promise<number> {
  const rand = random(42);
  const pick: Pick = (items) => items[Math.floor(rand() * items.length)]!;
  const out = createWriteStream(path);
  let bytes = 0;
  let block = header;
  for (let i = 0; bytes + block.length < targetBytes; i++) {
    block += record(i, pick, rand);
    if (block.length > 1 << 22) {
      bytes += Buffer.byteLength(block);
      if (!out.write(block)) await once(out, "drain");
      block = "";
    }
  }
  out.end(block + footer);
  await once(out, "finish");
  return (await stat(path)).size;
}

const TEX_FIRST = [
  String.raw`J{\"u}rgen`,
  String.raw`Jos{\'e}`,
  String.raw`Fran{\c{c}}ois`,
  "Wei",
  "Anna",
  String.raw`Bj{\"{o}}rn`,
  "Hiroshi",
  String.raw`Ay{\c{s}}e`,
];
const TEX_LAST = [
  String.raw`M{\"u}ller`,
  String.raw`Garc{\'\i}a`,
  String.raw`Dupr{\'e}`,
  "Wang",
  "Zhang",
  String.raw`{\AA}str{\"o}m`,
  "Tanaka",
  String.raw`{\c{C}}elik`,
];
const UNI_FIRST = ["Jürgen", "José", "François", "Wei", "Anna", "Björn", "Hiroshi", "Ayşe"];
const UNI_LAST = ["Müller", "García", "Dupré", "Wang", "Zhang", "Åström", "Tanaka", "Çelik"];

function abstractText(pick: Pick, rand: () => number, words: number): string {
  return Array.from({ length: words + Math.floor(rand() * words) }, () => pick(WORDS)).join(" ");
}

/** One BibTeX entry: DBLP's, Scopus's or Web of Science's style, 1 in 100 titles with TeX math. */
function bibEntry(i: number, pick: Pick, rand: () => number): string {
  const year = 1990 + Math.floor(rand() * 35);
  const math =
    rand() < 0.01
      ? String.raw` in $\mathcal{O}(n \log n)$ time`
      : rand() < 0.05
        ? " for CO$_2$"
        : "";
  const style = i % 4;
  if (style < 2) {
    const authors = Array.from(
      { length: 1 + Math.floor(rand() * 5) },
      () => `${pick(TEX_FIRST)} ${pick(TEX_LAST)}`,
    );
    return `@inproceedings{DBLP:conf/x/Rec${i},
  author       = {${authors.join(" and\n                  ")}},
  title        = {${title(pick, rand)}${math}},
  booktitle    = {Proceedings of the {${pick(VENUES)}} Conference},
  pages        = {${i % 900}--${(i % 900) + 12}},
  publisher    = {{IEEE}},
  year         = {${year}},
  url          = {https://doi.org/10.1145/${3000000 + i}},
  doi          = {10.1145/${3000000 + i}},
  timestamp    = {Mon, 0${1 + (i % 9)} Jan 2024 00:00:00 +0100},
  biburl       = {https://dblp.org/rec/conf/x/Rec${i}.bib},
  bibsource    = {dblp computer science bibliography, https://dblp.org}
}

`;
  }
  const authors = Array.from(
    { length: 1 + Math.floor(rand() * 6) },
    () => `${pick(UNI_LAST)}, ${pick(UNI_FIRST).charAt(0)}.`,
  );
  if (style === 2) {
    return `@ARTICLE{${pick(UNI_LAST)}${year}${i},
author={${authors.join(" and ")}},
title={${title(pick, rand)}${math}},
journal={${pick(VENUES)}},
year={${year}},
volume={${i % 60}},
pages={${i % 900}-${(i % 900) + 12}},
doi={10.1016/j.x.${year}.${i}},
note={cited By ${i % 97}},
url={https://www.scopus.com/inward/record.uri?eid=2-s2.0-${85000000000 + i}&doi=10.1016%2fj.x.${year}.${i}&partnerID=40&md5=0123456789abcdef},
affiliations={Department of Computer Science, University of ${pick(UNI_LAST)}, Germany; Institute of ${pick(WORDS)}, ${pick(UNI_LAST)} University, Japan},
abstract={${abstractText(pick, rand, 120)}},
author_keywords={${pick(WORDS)}; ${pick(WORDS)}; ${pick(WORDS)}},
publisher={Elsevier B.V.},
issn={01234567},
language={English},
abbrev_source_title={${pick(VENUES)}},
document_type={Article},
source={Scopus},
}

`;
  }
  return `@article{ WOS:${String(600000000000 + i).padStart(15, "0")},
Author = {${authors.join(" and\n   ")}},
Title = {{${title(pick, rand)}${math}}},
Journal = {{${pick(VENUES).toUpperCase()}}},
Year = {{${year}}},
Volume = {{${i % 60}}},
Pages = {{${i % 900}-${(i % 900) + 12}}},
Abstract = {{${abstractText(pick, rand, 150)}}},
DOI = {{10.1109/TKDE.${year}.${i}}},
ISSN = {{1041-4347}},
Research-Areas = {{Computer Science; Engineering}},
Web-of-Science-Categories  = {{Computer Science, Artificial Intelligence}},
Author-Email = {{someone@example.org}},
ResearcherID-Numbers = {{${authors[0]!.replace(/\.$/, "")}/A-${1000 + (i % 8999)}-2010}},
Number-of-Cited-References = {{${i % 80}}},
Times-Cited = {{${i % 33}}},
Usage-Count-(Last-180-days) = {{${i % 11}}},
Usage-Count-Since-2013 = {{${i % 51}}},
Unique-ID = {{WOS:${String(600000000000 + i).padStart(15, "0")}}},
}

`;
}

const csvQuote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const SCOPUS_HEADER = [
  "Authors",
  "Author full names",
  "Author(s) ID",
  "Title",
  "Year",
  "Source title",
  "Volume",
  "Issue",
  "Art. No.",
  "Page start",
  "Page end",
  "Page count",
  "Cited by",
  "DOI",
  "Link",
  "Affiliations",
  "Authors with affiliations",
  "Abstract",
  "Author Keywords",
  "Index Keywords",
  "Publisher",
  "ISSN",
  "Language of Original Document",
  "Document Type",
  "Publication Stage",
  "Open Access",
  "Source",
  "EID",
];

/** One row of a Scopus CSV export (current column set). */
function scopusRow(i: number, pick: Pick, rand: () => number): string {
  const n = 1 + Math.floor(rand() * 6);
  const people = Array.from({ length: n }, () => ({
    first: pick(UNI_FIRST),
    last: pick(UNI_LAST),
    id: String(57000000000 + Math.floor(rand() * 1e9)),
  }));
  const year = 1990 + Math.floor(rand() * 35);
  const affiliation = () =>
    `Department of ${pick(WORDS)}, University of ${pick(UNI_LAST)}, ${pick(["Germany", "Japan", "Spain", "China"])}`;
  const cells = [
    people.map((p) => `${p.last} ${p.first.charAt(0)}.`).join("; "),
    people.map((p) => `${p.last}, ${p.first} (${p.id})`).join("; "),
    people.map((p) => p.id).join(";") + ";",
    title(pick, rand),
    String(year),
    pick(VENUES),
    String(i % 60),
    String(i % 12),
    "",
    String(i % 900),
    String((i % 900) + 12),
    "13",
    String(i % 97),
    `10.1016/j.x.${year}.${i}`,
    `https://www.scopus.com/inward/record.uri?eid=2-s2.0-${85000000000 + i}&doi=10.1016%2fj.x&partnerID=40&md5=abc`,
    people.map(affiliation).join("; "),
    people.map((p) => `${p.last} ${p.first.charAt(0)}., ${affiliation()}`).join("; "),
    abstractText(pick, rand, 120),
    `${pick(WORDS)}; ${pick(WORDS)}`,
    `${pick(WORDS)}; ${pick(WORDS)}; ${pick(WORDS)}`,
    "Elsevier B.V.",
    "01234567",
    "English",
    "Article",
    "Final",
    "",
    "Scopus",
    `2-s2.0-${85000000000 + i}`,
  ];
  return cells.map(csvQuote).join(",") + "\n";
}

/** A seeded BibTeX library of about `bytes` bytes in the three common export styles. */
export function generateBibtex(path: string, bytes: number): Promise<number> {
  return generate(path, "% Encoding: UTF-8\n@string{ieee = {IEEE}}\n\n", "", bibEntry, bytes);
}

/** A seeded Scopus CSV export of about `bytes` bytes (UTF-8 with BOM, as Scopus writes it). */
export function generateScopusCsv(path: string, bytes: number): Promise<number> {
  return generate(
    path,
    "\uFEFF" + SCOPUS_HEADER.map(csvQuote).join(",") + "\n",
    "",
    scopusRow,
    bytes,
  );
}
