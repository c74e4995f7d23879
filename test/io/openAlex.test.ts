import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/core/corpus";
import { parseOpenAlex, parseOpenAlexStream } from "../../src/io/openAlex";
import { chunksOf, corpusErrorOf, fixture, noteLines } from "./fixtures";

const parse = (name: string) => parseOpenAlex(fixture(`openalex/${name}`), name);

describe("OpenAlex works", () => {
  it("reads an API response: ids, names, raw names, affiliations, venue, year, DOI", () => {
    const { papers, read, skipped } = parse("works-api.json");
    expect([read, skipped]).toEqual([3, 0]);
    expect(papers.map((p) => [p.id, p.year, p.venue, p.doi])).toEqual([
      ["https://openalex.org/W2741809807", 2018, "PeerJ", "10.7717/peerj.4375"],
      [
        "https://openalex.org/W3001118548",
        2020,
        "2020 IEEE International Conference on Image Processing (ICIP)",
        undefined,
      ],
      [
        "https://openalex.org/W3002223344",
        2021,
        "IEEE Transactions on Knowledge and Data Engineering",
        "10.1109/TKDE.2021.3100001",
      ],
    ]);
    expect(papers[0]!.authors).toEqual([
      {
        name: "Heather Piwowar",
        rawName: "Heather A. Piwowar",
        sourceId: "orcid:0000-0003-1613-5981",
        affiliation: "OurResearch",
      },
      {
        name: "Jason Priem",
        sourceId: "openalex:A5023888391",
        affiliation: "Impactstory, Sanford, NC, USA",
      },
      {
        name: "Vincent Larivière",
        rawName: "Vincent Lariviere",
        sourceId: "openalex:A5000000123",
        affiliation: "Université de Montréal",
      },
    ]);
  });

  it("keeps two people named Wei Wang apart by their OpenAlex author ids", () => {
    const { papers } = parse("works-api.json");
    const weiWangs = papers.flatMap((p) => p.authors).filter((m) => m.name === "Wei Wang");
    expect(weiWangs.map((m) => m.sourceId)).toEqual([
      "openalex:A5100318201",
      "openalex:A5066176412",
    ]);
  });

  it("uses the ORCID when OpenAlex has no author id (quirk: ORCID present, id null)", () => {
    const zhang = parse("works-api.json").papers[1]!.authors[1]!;
    expect(zhang).toEqual({
      name: "Li Zhang",
      rawName: "L. Zhang",
      sourceId: "orcid:0000-0002-1825-0097",
    });
  });

  it("rebuilds the abstract from the inverted index and takes keywords, else concepts", () => {
    const [first, second, third] = parse("works-api.json").papers as [Paper, Paper, Paper];
    expect(first.abstract).toBe(
      "Despite growing interest in Open Access (OA) in scholarly publishing",
    );
    expect(first.keywords).toEqual(["Open Access", "Citation Advantage"]);
    expect(second.abstract).toBeUndefined();
    expect(second.keywords).toEqual(["Deep learning", "Computer science"]);
    expect(third.keywords).toEqual(["Name disambiguation"]);
  });

  it("drops publishers' markup from titles (quirk: &amp; and <i> kept)", () => {
    const third = parse("works-api.json").papers[2]!;
    expect(third.title).toBe("Names & faces: disambiguating Wei Wang in vivo");
  });

  it("is not mistaken for the project's JSON when an abstract holds the word papers (quirk)", async () => {
    const { detectFormat } = await import("../../src/io/registry");
    expect(detectFormat(fixture("openalex/works-api.json"), "works.json")?.id).toBe("openalex");
  });

  it("reads JSON Lines, skipping works without authors or title, each noted with its line", () => {
    const parsed = parse("works.jsonl");
    expect(parsed.papers.map((p) => p.title)).toEqual(["Deep learning"]);
    expect([parsed.read, parsed.skipped]).toEqual([3, 2]);
    expect(noteLines(parsed)).toEqual([
      [3, "record skipped: `authorships` holds no named author"],
      [4, "record skipped: `title` is empty"],
    ]);
  });

  it("reads a plain array of works and the legacy host_venue", () => {
    const [paper] = parse("works-array.json").papers;
    expect(paper?.venue).toBe("Artificial Intelligence");
    expect(paper?.doi).toBe("10.1016/S0004-3702(98)00023-X");
    expect(paper?.authors.map((a) => a.name)).toEqual([
      "Leslie Pack Kaelbling",
      "Michael L. Littman",
      "Anthony R. Cassandra",
    ]);
  });

  it.each([
    ["truncated.jsonl", 4, "the last line is incomplete (the file looks truncated)"],
    ["bad-line.jsonl", 3, "a line that is not one complete JSON work"],
    ["missing-authorships.jsonl", 4, "`authorships` is missing or not a list"],
  ])("keeps the good works of %s and notes line %i: %s", (name, line, reason) => {
    const parsed = parse(name);
    expect(parsed.papers.map((p) => p.title)).toEqual(["Deep learning"]);
    expect(parsed.notes.find((n) => n.line === line)?.message).toContain(
      `record skipped: ${reason}`,
    );
  });

  it("drops an authorship without a name and keeps the work's other authors", () => {
    const parsed = parse("missing-name.jsonl");
    expect(parsed.notes.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/^authorships without a name .* dropped/),
    );
  });

  it("skips a bad work inside an API response, naming where it sits", () => {
    const good = { id: "W1", title: "T", authorships: [{ author: { display_name: "A B" } }] };
    const text = JSON.stringify({ results: [good, { id: 7 }] });
    const parsed = parseOpenAlex(text, "page.json");
    expect(parsed.papers).toHaveLength(1);
    expect(parsed.notes[0]!.message).toBe(
      "record skipped: `id` is missing (every OpenAlex work has one, e.g. https://openalex.org/W2741809807) (1×; e.g. results[1])",
    );
  });

  it("fails a file with no usable work, naming the first reason and its line", () => {
    const error = corpusErrorOf(() =>
      parseOpenAlex('{"id":"W1","authorships":[]}\n{"id":"W2","authorships":[]}\n', "none.jsonl"),
    );
    expect(error.message).toMatch(
      /no usable OpenAlex works: `authorships` holds no named author \(and 1 more skipped records\)/,
    );
    expect(error.line).toBe(1);
  });

  it("keeps names holding U+FFFD (a character lost before export) and notes them", () => {
    const { papers, notes } = parse("latin1.jsonl");
    expect(papers).toHaveLength(1);
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/U\+FFFD/));
  });

  it.each([1, 7, 64, 100_000])(
    "streams JSON Lines in %i-character chunks like parse",
    async (size) => {
      const text = fixture("openalex/works.jsonl");
      const streamed = await parseOpenAlexStream(chunksOf(text, size), "works.jsonl");
      expect(streamed).toEqual(parseOpenAlex(text, "works.jsonl"));
    },
  );

  it("hands papers to onPaper and reports progress when streaming", async () => {
    const text = fixture("openalex/works.jsonl");
    const seen: string[] = [];
    const progress: number[] = [];
    const result = await parseOpenAlexStream(
      chunksOf(text, 500),
      "works.jsonl",
      (p) => seen.push(p.id),
      (p) => progress.push(p.chars),
    );
    expect(result.papers).toEqual([]);
    expect(seen).toEqual(["https://openalex.org/W2100837269"]);
    expect(progress.at(-1)).toBe(text.length);
  });
});
