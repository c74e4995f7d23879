// The test server's range requests, as static hosts answer them (a store is read this way).
import { describe, expect, it } from "vitest";
import { byteRange } from "../../scripts/browserHarness";

describe("byteRange", () => {
  it.each([
    [undefined, undefined],
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=100-", { start: 100, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=990-2000", { start: 990, end: 999 }],
    ["bytes=1000-1001", "unsatisfiable"],
    ["bytes=5-4", "unsatisfiable"],
    ["bytes=0-1,5-6", undefined],
    ["items=0-1", undefined],
  ])("%s of 1000 bytes → %j", (header, expected) => {
    expect(byteRange(header, 1000)).toEqual(expected);
  });
});
