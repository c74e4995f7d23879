import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/core/corpus";
import { parseOpenAlex, parseOpenAlexStream } from "../../src/io/openAlex";
import { chunksOf, corpusErrorOf, fixture } from "./fixtures";

const parse = (name: string) => parseOpenAlex(fixture(`openalex/${name}`), name);

describe("OpenAlex works", () => {
  it("reads an API response: ids, names, raw names, affiliations, venue, year, DOI", () => {
    const { papers, notes } = parse("works-api.json");
    expect(notes).toEqual([]);
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
        sourceId: "https://openalex.org/A5048491430",
        affiliation: "OurResearch",
      },
      {
        name: "Jason Priem",
        sourceId: "https://openalex.org/A5023888391",
        affiliation: "Impactstory, Sanford, NC, USA",
      },
      {
        name: "Vincent Larivière",
        rawName: "Vincent Lariviere",
        sourceId: "https://openalex.org/A5000000123",
        affiliation: "Université de Montréal",
      },
    ]);
  });

  it("keeps two people named Wei Wang apart by their OpenAlex author ids", () => {
    const { papers } = parse("works-api.json");
    const weiWangs = papers.flatMap((p) => p.authors).filter((m) => m.name === "Wei Wang");
    expect(weiWangs.map((m) => m.sourceId)).toEqual([
      "https://openalex.org/A5100318201",
      "https://openalex.org/A5066176412",
    ]);
  });

  it("leaves sourceId out when OpenAlex has no author id, and keeps the printed name", () => {
    const zhang = parse("works-api.json").papers[1]!.authors[1]!;
    expect(zhang).toEqual({ name: "Li Zhang", rawName: "L. Zhang" });
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

  it("reads JSON Lines, skipping works without authors and naming untitled ones, with notes", () => {
    const { papers, notes } = parse("works.jsonl");
    expect(papers.map((p) => p.title)).toEqual(["Deep learning", "(untitled)"]);
    expect(papers[1]!.authors).toEqual([
      {
        name: "José María García",
        rawName: "J. M. Garcia",
        sourceId: "https://openalex.org/A5012345678",
        affiliation: "Universidad de Granada, Spain",
      },
    ]);
    expect(notes.map((n) => [n.line, n.message.split(" (")[0]])).toEqual([
      [3, "skipped works without authorships"],
      [4, 'works without a title kept as "(untitled)"'],
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
    ["truncated.jsonl", 4, undefined, /looks truncated/],
    ["bad-line.jsonl", 3, undefined, /not valid JSON .*one complete work/],
    ["missing-authorships.jsonl", 4, "authorships", /include authorships/],
    ["missing-name.jsonl", 1, "authorships[1].author.display_name", /needs a name/],
  ])("reports %s at line %i, field %s", (name, line, field, message) => {
    const error = corpusErrorOf(() => parse(name));
    expect(error.file).toBe(name);
    expect(error.line).toBe(line);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it("names the field path of a bad work inside an API response", () => {
    const text = JSON.stringify({ results: [{ id: "W1", authorships: [] }, { id: 7 }] });
    const error = corpusErrorOf(() => parseOpenAlex(text, "page.json"));
    expect(error.field).toBe("results[1].id");
  });

  it("notes names holding U+FFFD (Latin-1 bytes read as UTF-8) instead of failing", () => {
    const { papers, notes } = parse("latin1.jsonl");
    expect(papers).toHaveLength(2);
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
    const result = await parseOpenAlexStream(chunksOf(text, 500), "works.jsonl", {
      onPaper: (p) => seen.push(p.id),
      onProgress: (p) => progress.push(p.chars),
    });
    expect(result.papers).toEqual([]);
    expect(seen).toEqual(["https://openalex.org/W2100837269", "https://openalex.org/W4200000002"]);
    expect(progress.at(-1)).toBe(text.length);
  });
});
