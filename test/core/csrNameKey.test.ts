import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/core/corpus";
import { fastFoldedKey, fastNameKey } from "../../src/core/csr/fastNameKey";
import { pairList } from "../../src/core/csr/edgeList";
import { indexMentions } from "../../src/core/csr/mentionIndex";
import { foldedKey, nameKey } from "../../src/core/nameKey";
import { corpusOf } from "./coauthorCorpus";

/** Characters where a shortcut around nameKey would most likely go wrong. */
const TRICKY = [
  ..."aZ .-'",
  ..."\t\n\r\u000b\u000c\u001f", // ASCII whitespace, and a control character that is not
  "\u00a0", // non-breaking space
  "\u2003", // em space
  "\u3000", // ideographic space
  "\ufeff", // byte-order mark: whitespace to JavaScript
  "\ufb01", // "ﬁ" ligature → "fi" under NFKC
  "\uff21", // full-width "Ａ"
  "\u0130", // "İ" lower-cases to two code points
  "\u03a3", // "Σ" lower-cases to "σ" or final "ς"
  "H",
  "h",
  "\u0331", // combining macron below: "h" + it composes to "ẖ", "H" + it does not
  "\u0301", // combining acute
];
const trickyName = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 });
const anyName = fc.oneof(trickyName, fc.string({ unit: "binary" }), fc.string());
/** Few distinct names, so papers share them; includes a key that nameKey changes again. */
const fewNames = fc.string({ unit: fc.constantFrom("h", "H", "\u0331", " "), maxLength: 3 });

describe("fastNameKey is nameKey", () => {
  it.each([
    ["", ""],
    ["tom jacobs", "tom jacobs"],
    ["Tom Jacobs", "tom jacobs"],
    ["TOM JACOBS", "tom jacobs"],
    ["Tom\tJacobs", "tom jacobs"],
    ["Tom  Jacobs", "tom jacobs"],
    [" Tom Jacobs", "tom jacobs"],
    ["Tom Jacobs ", "tom jacobs"],
    [" ", ""],
    ["\t\n", ""],
    ["Tom\r\nJacobs", "tom jacobs"],
    ["Tom\u000bJacobs\u000c", "tom jacobs"],
    ["Tom\u001fJacobs", "tom\u001fjacobs"], // a control character, but not whitespace
    ["Tom\u00a0Jacobs", "tom jacobs"],
    ["Tom\u2003Jacobs", "tom jacobs"],
    ["\ufeffTom Jacobs", "tom jacobs"],
    ["José García", "josé garcía"],
    ["Jose\u0301 Garcia", "josé garcia"],
    ["\ufb01lippo", "filippo"],
    ["Ｔｏｍ Ｊａｃｏｂｓ", "tom jacobs"],
    ["Ö. ÇELIK", "ö. çelik"],
    ["ΣΩΚΡΑΤΗΣ", "σωκρατης"],
    ["\u0130lker", "i\u0307lker"],
    ["H\u0331 Smith", "\u1e96 smith"], // lower-cased "h" + U+0331 composes: keyed as "ẖ"
    ["h\u0331 smith", "\u1e96 smith"],
  ])("%j → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
    expect(fastNameKey(name)).toBe(key);
  });

  it("agrees with nameKey on any string", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(fastNameKey(name)).toBe(nameKey(name));
      }),
      { numRuns: 2000 },
    );
  });
});

const FOLD_TRICKY = [...TRICKY, ..."a z0,.-'`’ł", "\u00df", "\u00f8", "\u2010"];
const foldTricky = fc.string({ unit: fc.constantFrom(...FOLD_TRICKY), maxLength: 12 });

describe("fastFoldedKey is foldedKey", () => {
  it.each([
    ["lei wang", "lei wang"],
    ["jose m garcia", "jose m garcia"],
    ["josé m. garcía", "jose m garcia"],
    ["Lei Wang", "lei wang"],
    ["lei  wang", "lei wang"],
    [" lei wang", "lei wang"],
    ["lei wang ", "lei wang"],
    ["hans-peter o'neil", "hans peter o neil"],
    ["j`a,b", "j a b"],
    ["tom\u001fjacobs", "tom\u001fjacobs"],
    ["", ""],
  ])("%j → %j", (name, folded) => {
    expect(foldedKey(name)).toBe(folded);
    expect(fastFoldedKey(name)).toBe(folded);
  });

  it("agrees with foldedKey on any string, and on any name key", () => {
    fc.assert(
      fc.property(fc.oneof(anyName, foldTricky), (name) => {
        expect(fastFoldedKey(name)).toBe(foldedKey(name));
        expect(fastFoldedKey(nameKey(name))).toBe(foldedKey(nameKey(name)));
      }),
      { numRuns: 2000 },
    );
  });
});

/** What indexMentions should give, worked out with nameKey and plain maps. */
function expectedIndex(corpus: Corpus): { keys: string[]; papers: number[]; pairs: string[] } {
  const papers = new Map<string, number>();
  const pairs: string[] = [];
  for (const paper of corpus.papers) {
    const keys = [...new Set(paper.authors.map((a) => nameKey(a.name)))];
    for (const key of keys) papers.set(key, (papers.get(key) ?? 0) + 1);
    keys.forEach((a, i) => keys.slice(i + 1).forEach((b) => pairs.push(`${a} | ${b}`)));
  }
  return { keys: [...papers.keys()], papers: [...papers.values()], pairs };
}

function actualIndex(corpus: Corpus): { keys: string[]; papers: number[]; pairs: string[] } {
  const index = indexMentions(corpus);
  const { pairA, pairB, pairCount } = pairList(index);
  const pairs: string[] = [];
  for (let p = 0; p < pairCount; p++)
    pairs.push(`${index.keys[pairA[p]!]} | ${index.keys[pairB[p]!]}`);
  return { keys: index.keys, papers: [...index.papers], pairs };
}

describe("indexMentions keys names as nameKey does", () => {
  it.each([
    ["case and spacing variants", [["Tom Jacobs", "Ann Lee"], ["TOM  JACOBS"], [" ann lee"]]],
    ["a name printed twice on one paper", [["Ann Lee", "Tom Jacobs", "ANN LEE"]]],
    ["a printed form that is another name's key", [["tom jacobs"], ["Tom Jacobs"]]],
    ["NFKC compatibility forms", [["\ufb01lippo"], ["Filippo"], ["Ｆｉｌｉｐｐｏ"]]],
    // "H̱", "ẖ" and "ẖ" are one key ("ẖ"): lower-casing "H̱" leaves a sequence that composes.
    ["a key that nameKey would change again", [["h\u0331 smith"], ["H\u0331 Smith"]]],
    ["the same, other order", [["H\u0331 Smith"], ["h\u0331 smith"], ["\u1e96 Smith"]]],
  ])("%s", (_, papers) => {
    const corpus = corpusOf(...papers);
    expect(actualIndex(corpus)).toEqual(expectedIndex(corpus));
  });

  it("on any corpus", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(anyName, fewNames), { maxLength: 5 })), (papers) => {
        const corpus = corpusOf(...papers);
        expect(actualIndex(corpus)).toEqual(expectedIndex(corpus));
      }),
      { numRuns: 1000 },
    );
  });
});
