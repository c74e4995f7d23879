// Stored records as read back: one bad record quarantines its name only; version-1 review records
// migrate into log entries, and one that fails its check is set aside with the reason.
import { describe, expect, it } from "vitest";
import { sortRecords } from "../../../src/ui/review/decisionStore";
import { migrateLegacyRecords } from "../../../src/ui/review/migration";

const header = { corpusId: "c", at: "2026-01-01T00:00:00.000Z", session: "s", deps: [] };
const good = (name: string, id: string) => ({ ...header, id, nameKey: name, kind: "reset" });

describe("reading stored decisions", () => {
  it("quarantines a name with a bad record and keeps every other name", () => {
    const loaded = sortRecords(
      [
        good("a", "1"),
        good("b", "1"),
        { ...header, id: "2", nameKey: "b", kind: "move", papers: "x", to: { id: "p" }, from: [] },
        { nameKey: 42, id: "z" },
        null,
      ],
      [],
    );
    expect([...loaded.logs.keys()]).toEqual(["a"]);
    expect(loaded.quarantined.get("b")).toMatchObject({
      records: [expect.anything(), expect.anything()],
    });
    expect(loaded.quarantined.get("b")!.problem).toBe(
      'a stored decision of "b".papers: expected Array, got "x"',
    );
    expect(loaded.quarantined.get("42")!.problem).toContain("is not a decision record");
    expect(loaded.quarantined.get("?")!.records).toEqual([null]);
  });

  it("shows records set aside by a migration until the curator resets the name", () => {
    const held = {
      corpusId: "c",
      nameKey: "x",
      raw: {},
      problem: "bad",
      at: "",
      acknowledged: false,
    };
    expect(sortRecords([], [held]).quarantined.get("x")?.problem).toBe("bad");
    expect(sortRecords([], [{ ...held, acknowledged: true }]).quarantined.size).toBe(0);
  });
});

describe("migrating version-1 review records", () => {
  it("turns each record into one entry and sets a bad one aside", () => {
    const now = new Date("2026-02-01T00:00:00.000Z");
    const { entries, rejected } = migrateLegacyRecords(
      [
        {
          corpusId: "c",
          nameKey: "tom jacobs",
          label: "Tom Jacobs",
          status: "accepted",
          groups: [["p2", "p1"], ["p3"], []],
          updatedAt: "2026-01-05T10:00:00.000Z",
        },
        { corpusId: "c", nameKey: "lei wang", status: "edited", groups: "oops" },
      ],
      now,
    );
    expect(entries).toEqual([
      {
        id: "migrated-v1.1",
        corpusId: "c",
        nameKey: "tom jacobs",
        at: "2026-01-05T10:00:00.000Z",
        session: "migrated-v1",
        deps: [],
        kind: "accept",
        groups: [
          { id: "p1", papers: ["p2", "p1"] },
          { id: "p3", papers: ["p3"] },
        ],
        unassigned: [],
        source: "decisions saved by an earlier version",
      },
    ]);
    expect(rejected).toMatchObject([{ corpusId: "c", nameKey: "lei wang", acknowledged: false }]);
    expect(rejected[0]!.problem).toContain("groups");
  });
});
