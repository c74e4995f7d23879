import { describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/core/corpus";
import { buildCoauthorCsr } from "../../../src/core/csr/csrGraph";
import { pairList } from "../../../src/core/csr/edgeList";
import { indexMentions } from "../../../src/core/csr/mentionIndex";
import { CLIQUE_LIMIT, SAMPLED_DEGREE, pairsOfPaper } from "../../../src/core/csr/paperPairs";
import { corpusOf } from "../coauthorCorpus";

/** One paper of `k` distinct authors (and an optional ordinary paper before it). */
function hyperCorpus(k: number, id = "hyper", before: string[][] = []): Corpus {
  const corpus = corpusOf(
    ...before,
    Array.from({ length: k }, (_, i) => `Author ${i}`),
  );
  corpus.papers[corpus.papers.length - 1]!.id = id;
  return corpus;
}

/** Per author, the summed weight of the pairs it is in; and the distinct pairs. */
function pairStats(corpus: Corpus) {
  const index = pairList(indexMentions(corpus));
  const strength = new Float64Array(indexMentions(corpus).keys.length);
  const pairs = new Set<string>();
  let selfLoops = 0;
  for (let p = 0; p < index.pairCount; p++) {
    const a = index.pairA[p]!;
    const b = index.pairB[p]!;
    if (a === b) selfLoops++;
    strength[a]! += 1 / index.pairShare[p]!;
    strength[b]! += 1 / index.pairShare[p]!;
    pairs.add(a < b ? `${a},${b}` : `${b},${a}`);
  }
  return { index, strength, distinct: pairs.size, selfLoops };
}

describe("co-author pairs of one paper are linear in its authors", () => {
  it.each([
    [2, 1],
    [3, 3],
    [CLIQUE_LIMIT, (CLIQUE_LIMIT * (CLIQUE_LIMIT - 1)) / 2],
    [CLIQUE_LIMIT + 1, ((CLIQUE_LIMIT + 1) * SAMPLED_DEGREE) / 2],
    [3000, 30_000],
    [6000, 60_000],
  ])("a paper of %i authors generates %i pairs", (k, pairs) => {
    expect(pairsOfPaper(k)).toBe(pairs);
    const { index, distinct, selfLoops } = pairStats(hyperCorpus(k));
    expect(index.pairCount).toBe(pairs);
    expect(distinct).toBe(pairs);
    expect(selfLoops).toBe(0);
  });

  it("a 3,000-author paper generates 150 times fewer pairs than its clique", () => {
    expect((3000 * 2999) / 2 / pairList(indexMentions(hyperCorpus(3000))).pairCount).toBeCloseTo(
      149.95,
      1,
    );
  });

  it.each([3, 10, CLIQUE_LIMIT, CLIQUE_LIMIT + 1, 3000])(
    "fractional counting gives each of %i authors strength 1 for the paper",
    (k) => {
      const { strength } = pairStats(hyperCorpus(k));
      for (const s of strength) expect(s).toBeCloseTo(1, 9);
    },
  );

  it("weights a pair 1/(k−1) below the clique limit", () => {
    const { index } = pairStats(hyperCorpus(5));
    expect([...index.pairShare.subarray(0, index.pairCount)]).toEqual(new Array(10).fill(4));
  });

  it("links each author of a 3,000-author paper to exactly SAMPLED_DEGREE co-authors, connected", () => {
    const csr = buildCoauthorCsr(hyperCorpus(3000));
    const degrees = new Set<number>();
    for (let i = 0; i < csr.nodeCount; i++) degrees.add(csr.offsets[i + 1]! - csr.offsets[i]!);
    expect([...degrees]).toEqual([SAMPLED_DEGREE]);
    const seen = new Uint8Array(csr.nodeCount);
    const stack = [0];
    seen[0] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
        const j = csr.targets[e]!;
        if (seen[j]) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    expect(seen.every((s) => s === 1)).toBe(true);
  });

  it("samples by paper id: the same paper gives the same pairs wherever it sits", () => {
    const alone = buildCoauthorCsr(hyperCorpus(500, "W1"));
    const after = buildCoauthorCsr(hyperCorpus(500, "W1", [["Someone Else"]]));
    const other = buildCoauthorCsr(hyperCorpus(500, "W2"));
    const edges = (csr: typeof alone): string[] => {
      const list: string[] = [];
      for (let i = 0; i < csr.nodeCount; i++)
        for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++)
          if (csr.keys[i]! < csr.keys[csr.targets[e]!]!)
            list.push(`${csr.keys[i]}|${csr.keys[csr.targets[e]!]}`);
      return list.sort();
    };
    expect(edges(after)).toEqual(edges(alone));
    expect(edges(other)).not.toEqual(edges(alone));
  });
});
