// Vendor tables in their real shape: each profile is found by its header and reads its quirks.
import { describe, expect, it } from "vitest";
import {
  runTogetherNames,
  scopusAffiliations,
  scopusAuthors,
  wosAddresses,
} from "../../src/io/csv/authorLists";
import { noteLines, readFixture } from "./fixtures";

describe("vendor CSV profiles, read through the pipeline", () => {
  it("Scopus (current columns): full names, Scopus author ids, affiliations zipped from Authors with affiliations", async () => {
    const parsed = await readFixture("csv/scopus-current.csv");
    expect(parsed.papers.map((p) => [p.id, p.year, p.venue])).toEqual([
      ["2-s2.0-84888373214", 2017, "Applied Mathematics Letters"],
      ["2-s2.0-85100000001", 2021, "Scientometrics"],
    ]);
    expect(parsed.papers[0]!.authors).toEqual([
      {
        name: "Raffaele D'Ambrosio",
        sourceId: "scopus:57193254100",
        affiliation: "Department of Mathematics, University of Salerno, Fisciano, Italy",
      },
      {
        name: "Beatrice Paternoster",
        sourceId: "scopus:6602990113",
        affiliation: "Department of Mathematics, University of Salerno, Fisciano, Italy",
      },
      {
        name: "Federico Santomauro",
        sourceId: "scopus:57201234567",
        affiliation: "Dipartimento di Matematica, Università di Napoli, Naples, Italy",
      },
    ]);
    // Two people named Wei Wang on one paper stay two mentions, with their own ids and places.
    expect(parsed.papers[1]!.authors.map((a) => [a.name, a.sourceId, a.affiliation])).toEqual([
      ["Wei Wang", "scopus:57000000001", "Tsinghua University, Beijing, China"],
      ["Wei Wang", "scopus:57000000002", "University of New South Wales, Sydney, Australia"],
      ["Li Zhang", "scopus:57000000003", "Peking University, Beijing, China"],
    ]);
    expect(parsed.papers[1]!.abstract).toBeUndefined();
    expect(noteLines(parsed)).toContainEqual([4, "record skipped: no author names"]);
  });

  it("Scopus (old columns): 'Govil N., Sharma A.' is two authors, not one inverted name", async () => {
    const parsed = await readFixture("csv/scopus-old.csv");
    expect(parsed.papers.map((p) => p.authors.map((a) => [a.name, a.sourceId]))).toEqual([
      [
        ["N. Govil", "scopus:57209000001"],
        ["A. Sharma", "scopus:57209000002"],
      ],
      [
        ["A. Sharma", "scopus:57209000002"],
        ["N. Govil", "scopus:57209000001"],
        ["J.-P. van der Berg", "scopus:57209000003"],
      ],
    ]);
    // Old "Authors with affiliations" writes "Govil, N., Indian Institute …": the initials belong
    // to the name, not to the affiliation.
    expect(parsed.papers[0]!.authors.map((a) => [a.name, a.affiliation])).toEqual([
      ["N. Govil", "Indian Institute of Technology Delhi, New Delhi, India"],
      ["A. Sharma", "University of Hyderabad, Hyderabad, India"],
    ]);
    expect(parsed.papers[1]!.authors.every((a) => a.affiliation === undefined)).toBe(true);
    expect(noteLines(parsed)).toContainEqual([
      3,
      "Scopus's `Affiliations` lists institutions, not one per author; not given to authors",
    ]);
  });

  it.each(["csv/wos-tab-utf8.txt", "csv/wos-tab-utf16.txt"])(
    "Web of Science tab-delimited (%s): UT as id, C1 brackets, RI/OI ids, [Anonymous] is nobody",
    async (name) => {
      const parsed = await readFixture(name);
      expect(parsed.papers.map((p) => [p.id, p.title, p.year, p.doi])).toEqual([
        ["WOS:000355286600030", "Deep learning", 2015, "10.1038/nature14539"],
        [
          "WOS:000320381400001",
          "Representation Learning: A Review and New Perspectives",
          2013,
          "10.1109/TPAMI.2013.50",
        ],
      ]);
      expect(parsed.papers[0]!.authors).toEqual([
        { name: "Yann LeCun", affiliation: "Facebook AI Res, New York, NY 10003 USA" },
        {
          name: "Yoshua Bengio",
          sourceId: "orcid:0000-0002-9322-3515",
          affiliation: "Univ Montreal, Dept Comp Sci & Operat Res, Montreal, PQ H3C 3J7, Canada",
        },
        {
          name: "Geoffrey Hinton",
          sourceId: "wos:A-1234-2010",
          affiliation: "Google, Mountain View, CA 94043 USA",
        },
      ]);
      expect(noteLines(parsed)).toContainEqual([
        3,
        "`C1` without [author] brackets lists addresses, not one per author; not given to authors",
      ]);
      expect(noteLines(parsed)).toContainEqual([4, "record skipped: no author names"]);
    },
  );

  it("Lens.org: Lens ID as id, Author/s split on ';'", async () => {
    const parsed = await readFixture("csv/lens.csv");
    expect(parsed.papers.map((p) => [p.id, p.year, p.venue, p.authors.map((a) => a.name)])).toEqual(
      [
        [
          "001-234-567-890-123",
          2018,
          "PeerJ",
          ["Heather Piwowar", "Jason Priem", "Vincent Larivière"],
        ],
      ],
    );
    expect(noteLines(parsed)).toEqual([[3, "record skipped: no title"]]);
  });

  it("OpenAlex web CSV: '|' lists, ORCID or OpenAlex id, markup out of titles, institutions only one per author", async () => {
    const parsed = await readFixture("csv/openalex-web.csv");
    expect(parsed.papers[0]!.authors).toEqual([
      {
        name: "Heather Piwowar",
        sourceId: "orcid:0000-0003-1613-5981",
        affiliation: "OurResearch",
      },
      { name: "Jason Priem", sourceId: "openalex:A5023888391", affiliation: "Impactstory" },
    ]);
    expect(parsed.papers[1]!.title).toBe("Names & faces: in vivo");
    expect(parsed.papers[1]!.authors.map((a) => [a.sourceId, a.affiliation])).toEqual([
      ["openalex:A5066176412", undefined],
      ["openalex:A5100318201", undefined],
      ["orcid:0000-0002-1825-0097", undefined],
    ]);
  });

  it("IEEE Xplore: article number as id, affiliations one per author", async () => {
    const parsed = await readFixture("csv/ieee.csv");
    expect(parsed.papers.map((p) => [p.id, p.venue, p.authors.length])).toEqual([
      ["ieee:7780459", "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", 4],
      ["ieee:9000001", "IEEE Transactions on Knowledge and Data Engineering", 2],
    ]);
    expect(parsed.papers[0]!.authors[0]).toEqual({
      name: "K. He",
      affiliation: "Microsoft Research, Beijing, China",
    });
    expect(noteLines(parsed)).toContainEqual([
      3,
      "`Author Affiliations` not one per author; affiliations left out where the counts differ",
    ]);
  });

  it("SpringerLink: Item Title is the title (Publication Title is the book), run-together names split", async () => {
    const parsed = await readFixture("csv/springer.csv");
    expect(
      parsed.papers.map((p) => [p.id, p.title, p.venue, p.authors.map((a) => a.name)]),
    ).toEqual([
      [
        "10.1007/978-3-030-45439-5_12",
        "Author Name Disambiguation Using Co-author Networks",
        "Advances in Information Retrieval",
        ["Jane Doe", "John McDonald", "Wei Wang"],
      ],
      [
        "10.1007/s11192-019-03000-1",
        "Counting Citations Fairly",
        "Scientometrics",
        ["Ludo Waltman"],
      ],
    ]);
  });
});

describe("author lists as vendors write them", () => {
  it.each([
    ["D'Ambrosio R.; Smith J.A.", ["D'Ambrosio R.", "Smith J.A."]],
    ["Govil N., Sharma A.", ["Govil N.", "Sharma A."]],
    ["Sharma A. Govil N.", ["Sharma A. Govil N."]],
  ])("Scopus Authors %j", (cell, names) => {
    expect(scopusAuthors(cell)).toEqual(names);
  });

  it.each([
    [
      "D'Ambrosio R., Dept. of Mathematics, Univ. of Salerno, Italy; Smith J.A., MIT, Cambridge, MA",
      [
        ["D'Ambrosio R.", "Dept. of Mathematics, Univ. of Salerno, Italy"],
        ["Smith J.A.", "MIT, Cambridge, MA"],
      ],
    ],
    [
      "Govil, N., Indian Institute of Technology Delhi, New Delhi, India; Sharma, A., University of Hyderabad",
      [
        ["Govil, N.", "Indian Institute of Technology Delhi, New Delhi, India"],
        ["Sharma, A.", "University of Hyderabad"],
      ],
    ],
    [
      "van der Berg, J.-P., Leiden University, Leiden; Smith, J.A., A.B.C. Labs, Boston; Lee, K.",
      [
        ["van der Berg, J.-P.", "Leiden University, Leiden"],
        ["Smith, J.A.", "A.B.C. Labs, Boston"],
        ["Lee, K.", ""],
      ],
    ],
    ["Lee K., A.B.C. Labs, Boston", [["Lee K.", "A.B.C. Labs, Boston"]]],
  ])("Scopus Authors with affiliations %j", (cell, entries) => {
    expect(scopusAffiliations(cell).map((e) => [e.short, e.affiliation])).toEqual(entries);
  });

  it.each([
    ["Jane DoeJohn McDonald", ["Jane Doe", "John McDonald"]],
    ["Ludo Waltman", ["Ludo Waltman"]],
    ["Anna-Lena MüllerÉmile Zola", ["Anna-Lena Müller", "Émile Zola"]],
    ["Neil deGrasse TysonJane Doe", ["Neil deGrasse Tyson", "Jane Doe"]],
    ["Jane DoeNeil deGrasse Tyson", ["Jane Doe", "Neil deGrasse Tyson"]],
    ["Mary McAleese SmithWei Wang", ["Mary McAleese Smith", "Wei Wang"]],
    ["Ann MacKenzie LeeWei Wu", ["Ann MacKenzie Lee", "Wei Wu"]],
    ["Wei WuJane Doe", ["Wei Wu", "Jane Doe"]],
  ])("SpringerLink Authors %j", (cell, names) => {
    expect(runTogetherNames(cell)).toEqual(names);
  });

  it("Web of Science C1: each bracketed author's first address; the bracket-less form gives none", () => {
    const c1 =
      "[Smith, John; Doe, Jane] Univ X, Dept Y, Oxford, England; [Lee, K] Univ Z, Seoul, South Korea.";
    expect([...wosAddresses(c1)!]).toEqual([
      ["john smith", "Univ X, Dept Y, Oxford, England"],
      ["jane doe", "Univ X, Dept Y, Oxford, England"],
      ["k lee", "Univ Z, Seoul, South Korea"],
    ]);
    expect(wosAddresses("Univ X, Dept Y, Oxford, England")).toBeUndefined();
  });
});
