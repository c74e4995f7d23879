// HashTable53 (the id table of StreamDedupe) against a Map on any sequence of sets and gets, keys
// sharing their low 32 bits and dense runs of small keys included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HashTable53 } from "../../src/io/streamDedupe";

const key53 = fc.oneof(
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: 1, max: 40 }).map((n) => n * 0x100000000 + 7), // same low 32 bits
  fc.integer({ min: 1, max: 3000 }), // dense small keys: runs in neighbouring slots
);

describe("HashTable53", () => {
  it("answers as a Map does, through growth", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), key53, fc.integer({ min: 0, max: 2 ** 53 - 1 })), {
          maxLength: 3000,
        }),
        (ops) => {
          const table = new HashTable53();
          const map = new Map<number, number>();
          for (const [write, key, value] of ops) {
            if (write) {
              table.set(key, value);
              map.set(key, value);
            }
            expect(table.get(key)).toBe(map.get(key));
            expect(table.has(key)).toBe(map.has(key));
          }
          for (const key of map.keys()) expect(table.get(key)).toBe(map.get(key));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps 100,000 entries apart", () => {
    const table = new HashTable53();
    for (let i = 1; i <= 100_000; i++) table.set(i * 7919 * 1024, i);
    for (let i = 1; i <= 100_000; i++) expect(table.get(i * 7919 * 1024)).toBe(i);
    expect(table.get(12345)).toBeUndefined();
  });
});
