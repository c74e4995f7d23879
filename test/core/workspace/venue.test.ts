import { describe, expect, it } from "vitest";
import { shortAffiliation, venueName } from "../../../src/core/workspace/venue";

describe("venueName folds proceedings volumes into their venue", () => {
  it.each([
    ["ICPR (3)", "ICPR"],
    ["ISNN (2)", "ISNN"],
    ["ISNN (II)", "ISNN"],
    ["  CVPR  ", "CVPR"],
    ["IEEE Trans. VLSI Syst.", "IEEE Trans. VLSI Syst."],
    ["Complex (1)", "Complex"],
    ["(3)", "(3)"],
    ["Web Intelligence (Workshops)", "Web Intelligence (Workshops)"],
  ])("%s → %s", (raw, expected) => expect(venueName(raw)).toBe(expected));
});

describe("shortAffiliation keeps the institution", () => {
  it.each([
    [
      "Sch. of Electr. & Electron. Eng., Nanyang Technol. Univ., Singapore",
      "Nanyang Technol. Univ.",
    ],
    ["Dept. of Electr. & Comput. Eng., Univ. of Connecticut, Storrs, CT", "Univ. of Connecticut"],
    [
      "School of Computer Science & Technology, Soochow University, Suzhou, 215006, China",
      "Soochow University",
    ],
    ["Chinese Acad. of Sci., Beijing", "Chinese Acad. of Sci."],
    ["Tsinghua University", "Tsinghua University"],
    ["Beijing, China", "Beijing"],
    ["", ""],
    [
      "The Extraordinarily Long Name of a University of Somewhere Far Away",
      "The Extraordinarily Long Name of a Univ…",
    ],
  ])("%s → %s", (raw, expected) => expect(shortAffiliation(raw)).toBe(expected));
});
