// Seeded import-bench tables and libraries: a BibTeX library mixing the DBLP, Scopus and Web of
// Science styles (TeX accents, double braces, long abstracts, 1 in 100 titles with math that needs
// the TeX library) and a Scopus CSV export (quoted cells, semicolon lists, author ids, affiliations).
import { generate, title, VENUES, WORDS, type Pick } from "./importBenchFiles";

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
