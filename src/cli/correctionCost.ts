// The product's real cost on a labeled set: how many decisions a curator makes before each name's
// split is right (B³ ≥ 0.99), with the engine recomputing around the decisions after each one.
import { simulateCurator } from "../core/decisions/curatorSimulation";
import { truthOf } from "../core/evaluation";
import type { LabeledSet } from "../core/fitModel";
import type { SplitOptions } from "../core/identity";
import { suggestSplit } from "../core/split";

export const CURATOR_TARGET = 0.99;
export const CURATOR_CAP = 50;

export interface CorrectionCost {
  names: number;
  total: number;
  mean: number;
  median: number;
  p95: number;
  perHundredPapers: number;
  /** Names still below the target after CURATOR_CAP corrections. */
  notReached: number;
}

export function correctionCost(set: LabeledSet, options: SplitOptions): CorrectionCost {
  const counts: number[] = [];
  let papers = 0;
  let notReached = 0;
  for (const key of set.names) {
    const truth = truthOf(set.index, key);
    const run = simulateCurator(
      (constraints) => {
        const suggestion = suggestSplit(set.index, key, { ...options, constraints });
        return {
          identities: suggestion.identities.map((i) => i.paperIds),
          unassigned: suggestion.unassigned,
        };
      },
      truth,
      { target: CURATOR_TARGET, maxCorrections: CURATOR_CAP },
    );
    if (run.labelled === 0) continue;
    counts.push(run.corrections);
    papers += run.labelled;
    if (!run.reached) notReached++;
  }
  const sorted = [...counts].sort((a, b) => a - b);
  const total = counts.reduce((sum, c) => sum + c, 0);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    names: counts.length,
    total,
    mean: counts.length ? total / counts.length : 0,
    median: at(0.5),
    p95: at(0.95),
    perHundredPapers: papers ? (100 * total) / papers : 0,
    notReached,
  };
}
