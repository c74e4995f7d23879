// The JSON formats curators bring besides OpenAlex: CSL JSON, Crossref API works, ORCID works.
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/io/registry";
import { asyncCorpusErrorOf, fixture, noteLines, readFixture } from "./fixtures";
import { readCorpusBlob } from "../../src/io/readBlob";

describe("CSL JSON (Zotero)", () => {
  it("reads items: id, title without markup, issued year (date-parts or raw), container, DOI, keywords", async () => {
    const parsed = await readFixture("json/zotero-csl.json");
    expect(
      parsed.papers.map((p) => [
        p.id,
        p.title,
        p.year,
        p.venue,
        p.doi,
        p.authors.map((a) => a.name),
      ]),
    ).toEqual([
      [
        "http://zotero.org/users/123456/items/ABCD1234",
        "Software survey: VOSviewer, a computer program for bibliometric mapping",
        2010,
        "Scientometrics",
        "10.1007/s11192-009-0146-3",
        ["Nees Jan van Eck", "Ludo Waltman"],
      ],
      [
        "garfield1955",
        "Citation indexes for science",
        1955,
        "Science",
        undefined,
        ["Eugene Garfield"],
      ],
    ]);
    expect(parsed.papers[0]!.keywords).toEqual(["bibliometric mapping", "visualization"]);
    expect(noteLines(parsed)).toEqual([
      [undefined, "record skipped: no `author` (nor `editor`) with a name"],
    ]);
  });
});

/** The doi.org item with its keys sorted (as `jq -S` or some clients write it) and `reference`
 * long enough that `type`, sorted after it, lies past the 64 KB the sniffers see. */
function sortedWithLongReferences(): string {
  const item = JSON.parse(fixture("json/crossref-csl.json")) as Record<string, unknown>;
  item.reference = Array.from({ length: 600 }, (_, i) => ({
    key: `146_CR${i + 1}`,
    unstructured: `Author ${i}, A. (2001). A cited paper number ${i} with a long enough title. Journal ${i}, 1–10.`,
    DOI: `10.1000/cited.${i}`,
  }));
  const sorted = Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify(sorted, null, 2);
}

describe("CSL JSON (Crossref, one item by DOI content negotiation)", () => {
  const vosviewer = [
    "10.1007/s11192-009-0146-3",
    "Software survey: VOSviewer, a computer program for bibliometric mapping",
    2009,
    "Scientometrics",
    "10.1007/s11192-009-0146-3",
    [
      [
        "Nees Jan van Eck",
        undefined,
        "Centre for Science and Technology Studies, Leiden University",
      ],
      ["Ludo Waltman", "orcid:0000-0001-8249-1752", undefined],
    ],
  ];
  it.each([
    {
      what: "doi.org's answer to Accept: application/vnd.citationstyles.csl+json (one object)",
      name: "crossref-csl.json",
      text: () => fixture("json/crossref-csl.json"),
      papers: [vosviewer],
    },
    {
      what: "the same item with sorted keys, `type` past a long reference list",
      name: "10.1007_s11192-009-0146-3.json",
      text: sortedWithLongReferences,
      papers: [vosviewer],
    },
    {
      what: "an item with no id and no DOI, named by its place in the file",
      name: "one.json",
      text: () =>
        JSON.stringify({
          type: "book",
          title: ["Little Science, Big Science"],
          author: [{ literal: "Derek J. de Solla Price" }],
          publisher: "Columbia University Press",
          issued: { "date-parts": [["1963"]] },
        }),
      papers: [
        [
          "one.json#1",
          "Little Science, Big Science",
          1963,
          "Columbia University Press",
          undefined,
          [["Derek J. de Solla Price", undefined, undefined]],
        ],
      ],
    },
  ])("reads $what", async ({ name, text, papers }) => {
    const body = text();
    expect(detectFormat(body.slice(0, 64 * 1024), name)?.id).toBe("csl-json");
    const parsed = await readCorpusBlob(new Blob([body]), name);
    expect(
      parsed.papers.map((p) => [
        p.id,
        p.title,
        p.year,
        p.venue,
        p.doi,
        p.authors.map((a) => [a.name, a.sourceId, a.affiliation]),
      ]),
    ).toEqual(papers);
    expect(parsed.notes).toEqual([]);
  });
});

describe("Crossref REST API works", () => {
  it("reads a work-list: DOI (lower case) as id, ORCIDs and affiliations, JATS abstract as text", async () => {
    const parsed = await readFixture("json/crossref-works.json");
    expect(parsed.papers.map((p) => [p.id, p.year, p.venue])).toEqual([
      ["10.1007/s11192-009-0146-3", 2009, "Scientometrics"],
      ["10.1126/science.122.3159.108", 1955, "Science"],
    ]);
    expect(parsed.papers[0]!.authors).toEqual([
      {
        name: "Nees Jan van Eck",
        affiliation: "Centre for Science and Technology Studies, Leiden University",
      },
      { name: "Ludo Waltman", sourceId: "orcid:0000-0001-8249-1752" },
    ]);
    expect(parsed.papers[0]!.abstract).toBe(
      "Abstract We present VOSviewer, a freely available computer program that we have developed for constructing and viewing bibliometric maps.",
    );
    expect(parsed.skipped).toBe(1);
  });

  it("reads a single work response", async () => {
    const work = JSON.parse(fixture("json/crossref-works.json")).message.items[1];
    const text = JSON.stringify({ status: "ok", "message-type": "work", message: work });
    const parsed = await readCorpusBlob(new Blob([text]), "work.json");
    expect(parsed.papers.map((p) => p.id)).toEqual(["10.1126/science.122.3159.108"]);
  });
});

describe("ORCID works", () => {
  it("reads a full record: every work has the person, with their ORCID", async () => {
    const parsed = await readFixture("json/orcid-record.json");
    expect(parsed.papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi, p.authors])).toEqual([
      [
        "orcid:0000-0002-1825-0097/work/1100110",
        "Developing Thin Clients Using Amphibious Epistemologies",
        2012,
        "Journal of Psychoceramics",
        "10.5555/12345678",
        [{ name: "Josiah S. Carberry", sourceId: "orcid:0000-0002-1825-0097" }],
      ],
      [
        "orcid:0000-0002-1825-0097/work/1100111",
        "The Ethics of Tax Evasion",
        2019,
        undefined,
        undefined,
        [{ name: "Josiah S. Carberry", sourceId: "orcid:0000-0002-1825-0097" }],
      ],
    ]);
    expect(noteLines(parsed)).toEqual([[undefined, "record skipped: no title"]]);
  });

  it("reads a /works list only where the person added the work themselves (a summary names no one else)", async () => {
    const parsed = await readFixture("json/orcid-works.json");
    expect(parsed.papers.map((p) => [p.id, p.authors])).toEqual([
      [
        "orcid:0000-0002-1825-0097/work/1100110",
        [{ name: "Josiah Carberry", sourceId: "orcid:0000-0002-1825-0097" }],
      ],
    ]);
    expect(parsed.notes[0]!.message).toMatch(/^record skipped: no name for the record's person/);
  });

  it("reads bulk works with their contributors, the person recognised by ORCID", async () => {
    const parsed = await readFixture("json/orcid-bulk.json");
    expect(parsed.papers[0]!.authors).toEqual([
      { name: "Josiah Carberry", sourceId: "orcid:0000-0002-1825-0097" },
      { name: "Jane Doe" },
    ]);
    expect(parsed.papers[0]!.abstract).toBe("We develop thin clients.");
  });
});

describe("telling JSON formats apart", () => {
  it.each([
    ["json/zotero-csl.json", "csl-json"],
    ["json/crossref-csl.json", "csl-json"],
    ["json/crossref-works.json", "crossref"],
    ["json/orcid-record.json", "orcid"],
    ["json/orcid-works.json", "orcid"],
    ["json/orcid-bulk.json", "orcid"],
    ["openalex/works-api.json", "openalex"],
  ])("%s is %s", (name, id) => {
    expect(detectFormat(fixture(name), name)?.id).toBe(id);
  });

  it("refuses a Crossref error response for what it is", async () => {
    const error = await asyncCorpusErrorOf(
      readCorpusBlob(
        new Blob(['{"status":"failed","message-type":"validation-failure","message":[]}']),
        "cr.json",
      ),
    );
    expect(error.message).toMatch(/this looks like a Crossref or OpenAlex error response/);
  });
});
