import { describe, expect, it } from "vitest";
import {
  compatibleFirst,
  firstNameRelation,
  givenName,
  middleRelation,
} from "../../../src/core/split/givenNames";

describe("givenName reads the given part of a printed name", () => {
  it.each([
    ["Rachna C Agarwal", "agarwal", { first: "rachna", initials: "rc" }],
    ["AG Radhika", "radhika", { first: undefined, initials: "ag" }],
    ["ajay k. gupta", "gupta", { first: "ajay", initials: "ak" }],
    ["Gupta, Ajay K.", "gupta", { first: "ajay", initials: "ak" }],
    ["Jau-Yien Lee", "lee", { first: "jauyien", initials: "jy" }],
    ["jau yien lee", "lee", { first: "jau", initials: "jy" }],
    ["J.-Y. Lee", "lee", { first: undefined, initials: "jy" }],
    ["c. s. vemuru", "vemuru", { first: undefined, initials: "cs" }],
    ["José M. García", "garcia", { first: "jose", initials: "jm" }],
    ["Lee", "lee", { first: undefined, initials: "" }],
    ["Ann van der Berg", "berg", { first: "ann", initials: "avd" }],
  ])("%s → %o", (printed, surname, expected) => {
    expect(givenName(printed, surname)).toEqual(expected);
  });
});

describe("first and middle name relations", () => {
  it.each([
    [["ajay"], ["ajay"], "match"],
    [["jau"], ["jauyien"], "match"],
    [["ajay"], ["alok"], "conflict"],
    [["jo"], ["john"], "conflict"],
    [[], ["alok"], "unknown"],
    [["anil", "ajay"], ["ajay"], "match"],
  ] as const)("%o vs %o: %s", (a, b, relation) => {
    expect(firstNameRelation(new Set(a), new Set(b))).toBe(relation);
  });

  it("reads a prefix of three letters or more as the same first name, two letters not", () => {
    expect(compatibleFirst("wei", "weiwei")).toBe(true);
    expect(compatibleFirst("li", "lin")).toBe(false);
  });

  it.each([
    [["c"], ["c"], "match"],
    [["c"], ["p"], "conflict"],
    [["c", "p"], ["p"], "match"],
    [[], ["p"], "unknown"],
  ] as const)("middle initials %o vs %o: %s", (a, b, relation) => {
    expect(middleRelation(new Set(a), new Set(b))).toBe(relation);
  });
});
