import { describe, expect, it } from "vitest";
import { macroAverage, microAverage, scoreClustering } from "../../src/core/metrics";

const truthOf = (pairs: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(pairs));

describe("scoreClustering against hand-computed figures", () => {
  // Truth: A = {1,2,3}, B = {4,5}. Predicted: {1,2}, {3,4,5}.
  const truth = truthOf({ "1": "A", "2": "A", "3": "A", "4": "B", "5": "B" });
  const score = scoreClustering(
    [
      ["1", "2"],
      ["3", "4", "5"],
    ],
    truth,
  );

  it("pairwise: TP = 1 (1-2) + 1 (4-5) = 2, predicted pairs 1 + 3 = 4, true pairs 3 + 1 = 4", () => {
    expect(score.pairs).toEqual({ truePositive: 2, predicted: 4, actual: 4 });
    expect(score.pairwise.precision).toBeCloseTo(0.5);
    expect(score.pairwise.recall).toBeCloseTo(0.5);
    expect(score.pairwise.f1).toBeCloseTo(0.5);
  });

  it("B-cubed: precision (1+1+1/3+2/3+2/3)/5, recall (2/3+2/3+1/3+1+1)/5", () => {
    expect(score.b3.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    expect(score.b3.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it.each([
    [
      "perfect clustering",
      [
        ["1", "2", "3"],
        ["4", "5"],
      ],
      1,
      1,
    ],
    ["everything in one cluster", [["1", "2", "3", "4", "5"]], (9 / 5 + 4 / 5) / 5, 1],
    ["all singletons", [["1"], ["2"], ["3"], ["4"], ["5"]], 1, (3 * (1 / 3) + 2 * (1 / 2)) / 5],
  ])("%s", (_label, clusters, precision, recall) => {
    const s = scoreClustering(clusters, truth);
    expect(s.b3.precision).toBeCloseTo(precision);
    expect(s.b3.recall).toBeCloseTo(recall);
  });

  it("ignores predicted items that carry no label", () => {
    const s = scoreClustering(
      [
        ["1", "2", "3", "x"],
        ["4", "5", "y"],
      ],
      truth,
    );
    expect(s.items).toBe(5);
    expect(s.b3.f1).toBe(1);
  });

  it("all singletons with singleton truth is perfect, not 0/0", () => {
    const s = scoreClustering([["1"], ["2"]], truthOf({ "1": "A", "2": "B" }));
    expect(s.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe("averages over names", () => {
  const a = scoreClustering([["1", "2"]], truthOf({ "1": "A", "2": "A" })); // perfect
  const b = scoreClustering(
    [["1", "2", "3", "4"]],
    truthOf({ "1": "A", "2": "A", "3": "B", "4": "B" }),
  );

  it("macro: mean of per-name figures", () => {
    expect(macroAverage([a, b]).pairwiseF1).toBeCloseTo((1 + (2 * (2 / 6)) / (2 / 6 + 1)) / 2);
  });

  it("micro: pooled pair counts (TP 1+2, predicted 1+6, actual 1+2)", () => {
    const micro = microAverage([a, b]);
    expect(micro.pairwisePrecision).toBeCloseTo(3 / 7);
    expect(micro.pairwiseRecall).toBeCloseTo(1);
  });
});
