// Regression floor on the labeled names shipped in the default corpus (the Arnetminer dev set).
import { describe, expect, it } from "vitest";
import { indexCorpus } from "../../src/core/corpusIndex";
import { evaluateName, labeledNames, summarise } from "../../src/core/evaluation";
import { readCorpusFromPath } from "../../src/io/readPath";

describe("split quality on the default corpus's labeled names", () => {
  it("keeps macro B-cubed F1 ≥ 0.90 and pairwise F1 ≥ 0.85 (measured 0.906 / 0.856), well above both baselines", async () => {
    const index = indexCorpus(await readCorpusFromPath());
    const names = labeledNames(index);
    expect(names).toHaveLength(109);
    const summary = summarise(names.map((key) => evaluateName(index, key)));
    expect(summary.ours.b3F1).toBeGreaterThanOrEqual(0.9);
    expect(summary.ours.pairwiseF1).toBeGreaterThanOrEqual(0.85);
    expect(summary.exactName.b3F1).toBeCloseTo(0.529, 2);
    expect(summary.coauthorComponents.b3F1).toBeCloseTo(0.756, 2);
  });
});
