// Is the confidence honest? Identities are binned by their reported confidence; in each bin the share
// that is right (exactly one person's papers) should be close to the confidence itself.
import type { IdentityOutcome } from "./evaluation";

export interface ReliabilityRow {
  /** Bin [from, to). */
  from: number;
  to: number;
  identities: number;
  meanConfidence: number;
  /** Share exactly right (pure and complete). */
  right: number;
  /** Share pure (one person's papers, maybe not all of them). */
  pure: number;
}

export interface Reliability {
  rows: ReliabilityRow[];
  /** Expected calibration error: identity-weighted mean |confidence − right| over bins. */
  ece: number;
  identities: number;
}

export function reliability(outcomes: IdentityOutcome[], bins = 10): Reliability {
  const rows: ReliabilityRow[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const [from, to] = [b / bins, (b + 1) / bins];
    const inBin = outcomes.filter(
      (o) => o.confidence >= from && (o.confidence < to || (b === bins - 1 && o.confidence <= 1)),
    );
    if (inBin.length === 0) continue;
    const mean = (f: (o: IdentityOutcome) => number): number =>
      inBin.reduce((sum, o) => sum + f(o), 0) / inBin.length;
    const row = {
      from,
      to,
      identities: inBin.length,
      meanConfidence: mean((o) => o.confidence),
      right: mean((o) => (o.right ? 1 : 0)),
      pure: mean((o) => (o.pure ? 1 : 0)),
    };
    ece += (inBin.length / outcomes.length) * Math.abs(row.meanConfidence - row.right);
    rows.push(row);
  }
  return { rows, ece, identities: outcomes.length };
}
