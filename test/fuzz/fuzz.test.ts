// The short seeded slice of the fuzz suite that runs in `npm test` (the long run:
// `npm run fuzz -- --long`, 100,000 inputs per target).
import { describe, expect, it } from "vitest";
import { formatReport, runTarget } from "./runTarget";
import { fuzzTargets } from "./targets";

const SEED = 20_260_101;
const RUNS = 200;

describe.each(fuzzTargets.map((t) => [t.name, t] as const))("fuzzing %s", (_, target) => {
  it(`keeps every property on ${RUNS} seeded inputs`, async () => {
    const report = await runTarget(target, { seed: SEED, runs: RUNS });
    expect(report.failures, formatReport(report)).toEqual([]);
    expect(report.inputs).toBe(RUNS);
  });
});
