import { describe, expect, it } from "vitest";
import {
  foldedKey,
  initialKey,
  nameKey,
  NameVariantIndex,
  variantKind,
} from "../../src/core/nameKey";

describe("nameKey: the exact, case-insensitive grouping of a name-cluster page", () => {
  it.each([
    ["Tom Jacobs", "tom jacobs"],
    ["  Tom   JACOBS ", "tom jacobs"],
    ["Tom\tJacobs", "tom jacobs"],
    ["Tom\u00a0Jacobs", "tom jacobs"],
    ["José García", "josé garcía"],
    ["Jose\u0301 Garci\u0301a", "josé garcía"], // decomposed accents compose under NFKC
    ["Ｔｏｍ Ｊａｃｏｂｓ", "tom jacobs"], // full-width letters
    ["Ö. Çelik", "ö. çelik"],
  ])("%j → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("keeps accents and punctuation apart (variants are reported, not merged)", () => {
    expect(nameKey("José García")).not.toBe(nameKey("Jose Garcia"));
    expect(nameKey("J. Smith")).not.toBe(nameKey("John Smith"));
  });
});

describe("looser keys used for possible variants", () => {
  it.each([
    ["José M. García", "jose m garcia", "j garcia"],
    ["Hans-Peter Müller", "hans peter muller", "h muller"],
    ["Łukasz Øster", "lukasz oster", "l oster"],
    ["Madonna", "madonna", "madonna"],
  ])("%j folds to %j and %j", (name, folded, initial) => {
    expect(foldedKey(name)).toBe(folded);
    expect(initialKey(name)).toBe(initial);
  });

  it.each([
    ["José García", "Jose Garcia", "accents or punctuation"],
    ["Wang Lei", "Lei Wang", "name order"],
    ["J. M. Garcia", "Jose Maria Garcia", "initial and surname"],
    ["John Smith", "Jane Smith", undefined],
    ["Tom Jacobs", "tom jacobs", undefined], // same exact key: not a variant, the same name
    ["Tom Jacobs", "Tim Jacobs", undefined],
    // Umlauts spelled out, as ASCII-only sources and German passports write them.
    ["Jürgen Müller", "Juergen Mueller", "accents or punctuation"],
    ["Jürgen Müller", "Jurgen Muller", "accents or punctuation"],
    ["Björn Schröder", "Bjoern Schroeder", "accents or punctuation"],
    ["Gerd Weiß", "Gerd Weiss", "accents or punctuation"],
    ["J. Müller", "Juergen Mueller", "initial and surname"],
    ["Jürgen Mueller", "Jürgen Muller", undefined], // Muller and Mueller are two surnames
  ])("%j vs %j → %j", (a, b, kind) => {
    expect(variantKind(a, b)).toBe(kind);
  });

  it("finds the variants of a name in an index, never the name itself", () => {
    const index = new NameVariantIndex([
      "José García",
      "Jose Garcia",
      "J. Garcia",
      "Juan Garcia",
      "Lei Wang",
      "Wang Lei",
    ]);
    expect(index.variantsOf("Jose Garcia")).toEqual([
      { key: "j. garcia", kind: "initial and surname" },
      { key: "josé garcía", kind: "accents or punctuation" },
    ]);
    expect(index.variantsOf("Lei Wang")).toEqual([{ key: "wang lei", kind: "name order" }]);
  });

  it("finds a name with its umlauts spelled out, and its initial form", () => {
    const index = new NameVariantIndex([
      "Jürgen Müller",
      "Juergen Mueller",
      "J. Mueller",
      "Jo Muller",
    ]);
    expect(index.variantsOf("Jürgen Müller")).toEqual([
      { key: "j. mueller", kind: "initial and surname" },
      { key: "juergen mueller", kind: "accents or punctuation" },
    ]);
  });
});
