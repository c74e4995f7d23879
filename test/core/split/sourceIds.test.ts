import { describe, expect, it } from "vitest";
import { idRelation, readSourceId } from "../../../src/core/split/sourceIds";

describe("source author ids", () => {
  it.each([
    ["orcid:0000-0002-1825-0097", { orcid: "0000-0002-1825-0097", other: undefined }],
    ["https://orcid.org/0000-0001-5109-371x", { orcid: "0000-0001-5109-371X", other: undefined }],
    ["openalex:A5023888391", { orcid: undefined, other: "openalex:A5023888391" }],
    ["Wei Wang 0001", { orcid: undefined, other: "Wei Wang 0001" }],
    [undefined, { orcid: undefined, other: undefined }],
  ])("%s is read as %o", (sourceId, expected) => {
    expect(readSourceId(sourceId)).toEqual(expected);
  });

  it.each([
    [["a"], ["a", "b"], "same"],
    [["a"], ["b"], "different"],
    [[], ["b"], "unknown"],
  ] as const)("%o vs %o: %s", (a, b, relation) => {
    expect(idRelation(new Set(a), new Set(b))).toBe(relation);
  });
});
