// Search words of the store: names folded and split as the in-memory search folds them; a typed
// query read by its longest word, the last word a prefix while it is being typed.
import { describe, expect, it } from "vitest";
import { matchesTerms, nameTerms, termQuery } from "../../src/store/nameTerms";

describe("nameTerms", () => {
  it.each([
    ["José-María García", ["jose", "maria", "garcia"]],
    ["Wei Wang", ["wei", "wang"]],
    ["J. R. R. Tolkien", ["j", "r", "tolkien"]],
    ["Łukasz Øster", ["lukasz", "oster"]],
  ])("%s → %j", (label, terms) => {
    expect(nameTerms(label)).toEqual(terms);
  });
});

describe("termQuery", () => {
  it.each([
    ["wang", { anchor: "wang", prefix: true }],
    ["wang ", { anchor: "wang", prefix: false }],
    ["lei wan", { anchor: "lei", prefix: false }],
    ["lei wang", { anchor: "wang", prefix: true }],
    ["García j", { anchor: "garcia", prefix: false }],
  ])("%j reads the rows of %j", (query, expected) => {
    expect(termQuery(query)).toMatchObject(expected);
  });

  it.each(["", "  ", "w", "w l"])("%j has no word to read by", (query) => {
    expect(termQuery(query)).toBeUndefined();
  });

  it.each([
    ["lei wan", ["lei", "wang"], true],
    ["lei wan", ["wang", "lei"], true],
    ["lei wan ", ["lei", "wang"], false],
    ["wang lei", ["lei", "wang"], true],
    ["jose garc", ["jose", "maria", "garcia"], true],
    ["maria lopez", ["jose", "maria", "garcia"], false],
  ])("%j matches %j: %s", (query, terms, matches) => {
    expect(matchesTerms(terms, termQuery(query)!)).toBe(matches);
  });
});
