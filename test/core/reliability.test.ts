import { describe, expect, it } from "vitest";
import type { IdentityOutcome } from "../../src/core/evaluation";
import { reliability } from "../../src/core/reliability";

const outcome = (confidence: number, right: boolean): IdentityOutcome => ({
  confidence,
  papers: 1,
  pure: right,
  right,
});

describe("reliability table", () => {
  it("bins identities by confidence and compares with how often they are right", () => {
    const table = reliability([
      outcome(0.15, false),
      outcome(0.15, false),
      outcome(0.95, true),
      outcome(0.95, true),
      outcome(1, false),
    ]);
    expect(table.rows.map((r) => [r.from, r.identities, r.right])).toEqual([
      [0.1, 2, 0],
      [0.9, 3, 2 / 3],
    ]);
    // |0.15 − 0| weighted 2/5 + |0.9667 − 0.6667| weighted 3/5
    expect(table.ece).toBeCloseTo(0.4 * 0.15 + 0.6 * 0.3, 6);
  });

  it("is 0 for a perfectly calibrated set", () => {
    const outcomes = [outcome(0.5, true), outcome(0.5, false)];
    expect(reliability(outcomes).ece).toBe(0);
  });
});
