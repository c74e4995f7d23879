// coauthorRows (CSR rows straight from the paper–author incidence) against the simple reference:
// every pair listed (pairList), merged (mergePairs) and laid out as rows (csrFromEdges). Same
// edges, same weights to the bit, same shared-paper counts, on any corpus, with papers above the
// clique limit and with output chunks small enough that rows cross them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coauthorRows } from "../../../src/core/csr/coauthorRows";
import { csrFromEdges } from "../../../src/core/csr/csrGraph";
import { mergePairs, pairList } from "../../../src/core/csr/edgeList";
import { indexMentions } from "../../../src/core/csr/mentionIndex";
import { CLIQUE_LIMIT } from "../../../src/core/csr/paperPairs";
import { corpusOf } from "../coauthorCorpus";

type Rows = {
  offsets: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  edgePapers: Uint32Array;
  nodeCount: number;
};

/** Row i as "j:weight:papers" entries, sorted (row order is not part of the contract). */
function rowsOf(csr: Rows): string[][] {
  return Array.from({ length: csr.nodeCount }, (_, i) => {
    const row: string[] = [];
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++)
      row.push(`${csr.targets[e]}:${csr.weights[e]}:${csr.edgePapers[e]}`);
    return row.sort();
  });
}

function reference(papers: string[][]): string[][] {
  const index = indexMentions(corpusOf(...papers));
  return rowsOf(csrFromEdges(index.keys.length, mergePairs(index.keys.length, pairList(index))));
}

const NAMES = Array.from({ length: 12 }, (_, i) => `Name ${i}`).concat(["name 1", "NAME  2"]);
const paper = fc.array(fc.constantFrom(...NAMES), { maxLength: 6 });
/** A paper above the clique limit: its pairs are sampled. */
const consortium = fc
  .integer({ min: CLIQUE_LIMIT + 1, max: CLIQUE_LIMIT + 30 })
  .map((k) => Array.from({ length: k }, (_, i) => (i < 8 ? `Name ${i}` : `Member ${i}`)));

describe("coauthorRows", () => {
  it("gives the rows of the listed-and-merged pairs on any corpus", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 20, arbitrary: paper }, { weight: 1, arbitrary: consortium }), {
          maxLength: 25,
        }),
        fc.constantFrom(4, 16, 1 << 20),
        (papers, chunk) => {
          const rows = rowsOf(coauthorRows(indexMentions(corpusOf(...papers)), chunk));
          expect(rows).toEqual(reference(papers));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gathers a graph that fits one chunk in that one chunk, whatever its last row holds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 20, arbitrary: paper }, { weight: 1, arbitrary: consortium }), {
          maxLength: 25,
        }),
        (papers) => {
          const report = { chunks: 0 };
          const rows = rowsOf(coauthorRows(indexMentions(corpusOf(...papers)), 1 << 20, report));
          expect(report.chunks).toBe(1);
          expect(rows).toEqual(reference(papers));
        },
      ),
      { numRuns: 200 },
    );
    // One paper of three authors: the third row reserved room past two entries a pair.
    const report = { chunks: 0 };
    coauthorRows(indexMentions(corpusOf(["A", "B", "C"])), 1 << 20, report);
    expect(report.chunks).toBe(1);
  });

  it("lists a row's co-authors in order of first shared paper, each once", () => {
    const csr = coauthorRows(indexMentions(corpusOf(["A", "B", "C"], ["A", "D"], ["C", "A", "B"])));
    const row = Array.from(csr.targets.subarray(csr.offsets[0], csr.offsets[1]));
    expect(row).toEqual([1, 2, 3]);
    expect(Array.from(csr.weights.subarray(csr.offsets[0], csr.offsets[1]))).toEqual([1, 1, 1]);
    expect(Array.from(csr.edgePapers.subarray(csr.offsets[0], csr.offsets[1]))).toEqual([2, 2, 1]);
    expect(csr.edgeCount).toBe(4);
  });
});
