import { describe, expect, it } from "vitest";
import { reconcileRecords, type RecordIdentity } from "../../../src/core/workspace/sourceRecords";

const identity = (key: string, ...ids: [string, number][]): RecordIdentity => ({
  key,
  name: `Tom Jacobs · ${key}`,
  sourceIds: ids.map(([id, papers]) => ({ id, papers })),
});

describe("reconcileRecords", () => {
  it("reads the seed case: 2 author rows reported, 1 person suggested → merge them", () => {
    const result = reconcileRecords([identity("A")], {
      records: 2,
      source: "author-name cluster page",
    });
    expect(result.verdict).toBe("merge-records");
    expect(result.records).toEqual([]);
    expect(result.lines).toEqual([
      "The source (author-name cluster page) lists 2 author records; the suggestion says 1 person: merge them (the source splits one person's papers).",
    ]);
  });

  it.each([
    [1, 1, "agree", "the suggestion also finds 1 person."],
    [3, 2, "merge-records", "merge them into 2"],
    [1, 3, "split-record", "check the identities before splitting the source's record."],
  ] as const)("reported %i records for %i people → %s", (records, people, verdict, text) => {
    const ids = Array.from({ length: people }, (_, i) => identity(`I${i}`));
    const result = reconcileRecords(ids, { records, source: "page" });
    expect(result.verdict).toBe(verdict);
    expect(result.lines.join(" ")).toContain(text);
  });

  it("an identity holding two records says merge them", () => {
    const result = reconcileRecords([
      identity("A", ["A1", 3], ["A2", 2]),
      identity("B", ["B1", 1]),
    ]);
    expect(result.verdict).toBe("merge-records");
    expect(result.lines[0]).toBe(
      "Tom Jacobs · A holds 2 source records (A1, A2): the suggestion says one person, so merge these records.",
    );
    expect(result.records.map((r) => [r.id, r.papers, r.identities])).toEqual([
      ["A1", 3, ["A"]],
      ["A2", 2, ["A"]],
      ["B1", 1, ["B"]],
    ]);
  });

  it("a record spread over two identities looks like two people", () => {
    const result = reconcileRecords([identity("A", ["R", 2]), identity("B", ["R", 1])]);
    expect(result.verdict).toBe("split-record");
    expect(result.lines[0]).toContain(
      "Record R spans 2 suggested people (Tom Jacobs · A; Tom Jacobs · B)",
    );
  });

  it("one record per person agrees", () => {
    const result = reconcileRecords([identity("A", ["R1", 2]), identity("B", ["R2", 1])]);
    expect(result.verdict).toBe("agree");
    expect(result.lines).toEqual(["Each of the 2 source records matches one suggested person."]);
  });

  it("no ids and no count: nothing to reconcile", () => {
    expect(reconcileRecords([identity("A")])).toMatchObject({ verdict: "unknown", lines: [] });
  });
});
