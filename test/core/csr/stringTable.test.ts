// StringTable (the arena-backed interning table under NameTable) against a Map: the same ids for
// the same strings through growth of slots, records and arena; each string given back as added;
// compare() ordering as JavaScript's < does; callers' fields kept per entry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashString, StringTable } from "../../../src/core/csr/stringTable";

const strings = fc.array(
  fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.constantFrom("", "Tom Jacobs", "tom jacobs", "x".repeat(5000)),
  ),
  { maxLength: 400 },
);

function intern(list: string[], table: StringTable): number[] {
  return list.map((s) => {
    const hash = hashString(s);
    const found = table.find(s, hash);
    return found >= 0 ? found : table.add(s, hash);
  });
}

describe("StringTable", () => {
  it("interns as a Map does and gives every string back", () => {
    fc.assert(
      fc.property(strings, (list) => {
        const table = new StringTable(0, 1);
        const ids = intern(list, table);
        const map = new Map<string, number>();
        const expected = list.map((s) => {
          if (!map.has(s)) map.set(s, map.size);
          return map.get(s)!;
        });
        expect(ids).toEqual(expected);
        expect(table.size).toBe(map.size);
        for (const [s, id] of map) expect(table.text(id)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it("compares entries as JavaScript compares strings", () => {
    fc.assert(
      fc.property(strings, (list) => {
        const table = new StringTable();
        const ids = intern(list, table);
        for (let i = 1; i < list.length; i++) {
          const a = list[i - 1]!;
          const b = list[i]!;
          const sign = Math.sign(table.compare(ids[i - 1]!, ids[i]!));
          expect(sign).toBe(a < b ? -1 : a > b ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps each entry's fields through growth", () => {
    const table = new StringTable(0, 2);
    const n = 5000;
    for (let i = 0; i < n; i++) {
      const id = table.add(`name ${i}`, hashString(`name ${i}`));
      table.fields[table.fieldAt(id)] = i;
      table.fields[table.fieldAt(id) + 1] = -i - 1;
    }
    for (let i = 0; i < n; i++) {
      const id = table.find(`name ${i}`, hashString(`name ${i}`));
      expect(id).toBe(i);
      expect(table.fields[table.fieldAt(id)]).toBe(i);
      expect(table.fields[table.fieldAt(id) + 1]).toBe(-i - 1);
    }
    expect(table.find("name -1", hashString("name -1"))).toBe(-1);
  });
});
