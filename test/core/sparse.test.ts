import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SparseVector } from "../../src/core/corpusIndex";
import { addVectors, sumVectors } from "../../src/core/sparse";

/** The balanced pairwise sum sumVectors makes, one addVectors per merge (as it was written first). */
function pairwiseSum(vectors: SparseVector[]): SparseVector {
  let layer = vectors;
  while (layer.length > 1) {
    const next: SparseVector[] = [];
    for (let i = 0; i < layer.length; i += 2)
      next.push(i + 1 < layer.length ? addVectors(layer[i]!, layer[i + 1]!) : layer[i]!);
    layer = next;
  }
  return layer[0]!;
}

const vector = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }).chain((ids) =>
  fc
    .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: ids.length,
      maxLength: ids.length,
    })
    .map((values) => ({
      ids: Int32Array.from(ids.sort((a, b) => a - b)),
      values: Float64Array.from(values),
    })),
);

describe("sumVectors", () => {
  it("sums as pairwise addVectors over the same tree does, to the bit (property)", () => {
    fc.assert(
      fc.property(fc.array(vector, { minLength: 1, maxLength: 40, size: "large" }), (vectors) => {
        const got = sumVectors(vectors);
        const want = pairwiseSum(vectors);
        expect([...got.ids]).toEqual([...want.ids]);
        expect([...got.values].map((v, i) => Object.is(v, want.values[i]))).not.toContain(false);
        expect(got.values.length).toBe(want.values.length);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("leaves its inputs as they were and returns the empty vector for none", () => {
    const a = { ids: Int32Array.from([1, 3]), values: Float64Array.from([1, 2]) };
    const b = { ids: Int32Array.from([3, 4]), values: Float64Array.from([5, 6]) };
    const c = { ids: Int32Array.from([0]), values: Float64Array.from([7]) };
    const sum = sumVectors([a, b, c]);
    expect([...sum.ids]).toEqual([0, 1, 3, 4]);
    expect([...sum.values]).toEqual([7, 1, 7, 6]);
    expect([...a.values]).toEqual([1, 2]);
    expect(sumVectors([]).ids.length).toBe(0);
  });
});
