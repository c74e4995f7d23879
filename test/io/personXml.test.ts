import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePersonXml } from "../../src/io/personXml";
import { readCorpusBlob } from "../../src/io/readBlob";
import { asyncCorpusErrorOf } from "./fixtures";

const fixture = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, "../fixtures/person-xml", name), "utf8");

describe("person-XML importer", () => {
  it("reads a well-formed file: papers, authors, venue, year, label on the file's own name", () => {
    const { papers, notes } = parsePersonXml(fixture("well-formed.xml"), "well-formed.xml");
    expect(notes).toEqual([]);
    expect(papers.map((p) => [p.id, p.title, p.year, p.venue])).toEqual([
      ["149270", "Optimal Deployment of Triggers for Detecting Events", 2004, "DEXA"],
      ["149271", "Query Processing in Sensor Networks", 2006, undefined],
    ]);
    expect(papers[0]!.authors.map((m) => m.name)).toEqual([
      "Manish Bhide",
      "Ajay Gupta",
      "Mukul Joshi",
      "Mukesh K. Mohania",
    ]);
    expect(papers[0]!.authors[1]).toEqual({ name: "Ajay Gupta", label: "Ajay Gupta#2" });
    expect(papers[1]!.authors[0]).toEqual({
      name: "Ajay Gupta",
      label: "Ajay Gupta#0",
      affiliation: "IBM India Research Lab, New Delhi",
    });
  });

  it("recovers a malformed file and says what it repaired", () => {
    const { papers, notes } = parsePersonXml(fixture("malformed.xml"), "malformed.xml");
    expect(papers.map((p) => p.title)).toEqual([
      "Caches & Coherence in CMPs",
      "Unknown &zzzz; entity kept",
      "After an unclosed publication",
    ]);
    expect(papers[0]!.authors[1]).toMatchObject({
      name: "José M. García",
      rawName: "Jose M. Garcia",
      label: "José M. García#0",
    });
    expect(papers[0]!.authors[1]!.affiliation).toBe("Universidad de Murcia, España");
    const messages = notes.map((n) => n.message).join("\n");
    expect(messages).toMatch(/read 1 bare '&' as a literal ampersand/);
    expect(messages).toMatch(/resolved 1 HTML entities/);
    expect(messages).toMatch(/kept 1 unknown entities verbatim: &zzzz;/);
    expect(messages).toMatch(/closed 1 <publication> elements/);
    expect(messages).toMatch(/attributed 2 author-list spellings to "José M. García"/);
    expect(notes.every((n) => n.file === "malformed.xml")).toBe(true);
  });

  it("handles the variant: lower-cased co-authors, own name absent, keywords and abstract, no <id>", () => {
    const { papers, notes } = parsePersonXml(fixture("variant.xml"), "variant.xml");
    expect(papers.map((p) => p.id)).toEqual(["variant.xml#1", "variant.xml#2"]);
    expect(papers[0]!.authors.map((m) => m.name)).toEqual([
      "Lei Wang",
      "yuhang zhang",
      "richard hartley",
    ]);
    expect(papers[0]!.authors[0]!.label).toBe("Lei Wang#5");
    expect(papers[0]!.keywords).toEqual(["ranking", "image retrieval"]);
    expect(papers[0]!.abstract).toBe("We rank images & learn.");
    expect(papers[1]!.authors[0]).toMatchObject({ name: "Lei Wang", label: "Lei Wang#0" });
    expect(notes.map((n) => n.message)).toContain(
      'added "Lei Wang" to 1 author lists that did not name it',
    );
  });

  it.each([
    ["garbage.bin", /garbage\.bin, line 1: this looks like a ZIP archive/],
    ["no-fullname.xml", /no-fullname\.xml, line 1: `FullName`: missing or empty/],
  ])(
    "rejects %s, which holds nothing usable, naming file, line and field",
    async (name, message) => {
      const error = await asyncCorpusErrorOf(readCorpusBlob(new Blob([fixture(name)]), name));
      expect(error.message).toMatch(message);
    },
  );

  it("skips a publication without a title and keeps the others", () => {
    const parsed = parsePersonXml(fixture("missing-title.xml"), "missing-title.xml");
    expect(parsed.papers.map((p) => p.title)).toEqual(["Fine"]);
    expect(parsed.notes.map((n) => [n.line, n.message])).toContainEqual([
      7,
      "record skipped: <publication> without a <title> (1×)",
    ]);
  });

  it("rejects an empty file", async () => {
    const error = await asyncCorpusErrorOf(readCorpusBlob(new Blob(["  \n"]), "empty.xml"));
    expect(error.message).toMatch(/^empty\.xml(, line 1)?: /);
  });
});
