// Seeded generators of realistic import-bench files: a DBLP XML dump (ISO-8859-1, entities,
// homonym numbers) and an OpenAlex JSON Lines snapshot, with the helpers the other generators
// (importBenchTables.ts) share.
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
export const WORDS =
  "learning graph neural efficient scalable query streams joins approximate index distributed privacy robust models data systems analysis deep sparse adaptive".split(
    " ",
  );
export const VENUES = [
  "ICDE",
  "SIGMOD Conference",
  "Proc. VLDB Endow.",
  "IEEE Trans. Knowl. Data Eng.",
  "KDD",
  "NeurIPS",
];

/** mulberry32: small, fast, seeded, good enough to vary synthetic records reproducibly. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Pick = <T>(items: readonly T[]) => T;

function dblpName(pick: Pick, rand: () => number): string {
  const homonym = rand() < 0.15 ? ` 000${1 + Math.floor(rand() * 9)}` : "";
  return `${pick(FIRST)} ${pick(LAST)}${homonym}`;
}

export function title(pick: Pick, rand: () => number): string {
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

export async function generate(
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
