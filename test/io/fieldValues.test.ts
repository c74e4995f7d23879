import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { squeeze } from "../../src/io/fieldValues";

const folded = (text: string): string => text.replace(/\s+/g, " ").trim();

describe("squeeze", () => {
  it.each([
    ["Wei Wang", "Wei Wang"],
    ["  Wei   Wang ", "Wei Wang"],
    ["Wei\tWang", "Wei Wang"],
    ["Wei\u00a0Wang", "Wei Wang"],
    ["Wei\nWang", "Wei Wang"],
    ["", ""],
    [" ", ""],
  ])("%j → %j", (text, expected) => {
    expect(squeeze(text)).toBe(expected);
  });

  it("folds whitespace exactly like replace(/\\s+/g, ' ').trim() on any text", () => {
    const unit = fc.constantFrom("a", "é", " ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "x");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit })), (text) => {
        expect(squeeze(text)).toBe(folded(text));
      }),
      { numRuns: 3000 },
    );
  });
});
