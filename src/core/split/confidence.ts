// How sure the suggestion is, from the model's own block-pair log-odds. An identity is right when it
// is exactly one person's papers: none of another person's (its blocks belong together) and none of
// its person's papers left in another identity (no other identity is close). Both are read off the
// pair log-odds and turned into a probability by a calibration fitted on the labeled sets
// (`npm run fit`), so identities shown at 80% are right about 80% of the time there.
import { F, type NameEvidence } from "./evidence";
import type { SplitModel } from "./model";

/** Log-odds inputs are clipped to this range: beyond it they say nothing more. */
const CLIP = 10;

export interface ConfidenceParts {
  /** Paper-weighted mean log-odds between the identity's own blocks (0 for one block). */
  inside: number;
  /** The identity is a single block (papers joined by shared co-authors or a curator). */
  singleBlock: boolean;
  /** Highest paper-weighted mean log-odds to another identity (−CLIP when there is none). */
  nearest: number;
  papers: number;
  /** The name's cohesion and 1/blocks (see evidence.ts): how much of the name is one person. */
  nameCohesion: number;
  fewBlocks: number;
}

export function confidenceParts(
  evidence: NameEvidence,
  scores: Float64Array,
  assignment: number[],
  groups: number,
): ConfidenceParts[] {
  const sizes = evidence.stats.sizes;
  const n = sizes.length;
  const wide = (feature: number): number => evidence.nameWide[feature - F.fewBlocks]!;
  // Paper-weighted sums of log-odds between groups (k×k) and the weights behind them.
  const sum = new Float64Array(groups * groups);
  const weight = new Float64Array(groups * groups);
  const papers = new Array<number>(groups).fill(0);
  const blocks = new Array<number>(groups).fill(0);
  for (let i = 0; i < n; i++) {
    const a = assignment[i]!;
    papers[a]! += sizes[i]!;
    blocks[a]!++;
    for (let j = i + 1; j < n; j++) {
      const b = assignment[j]!;
      const w = sizes[i]! * sizes[j]!;
      const s = clip(scores[i * n + j]!);
      sum[a * groups + b]! += w * s;
      weight[a * groups + b]! += w;
      if (a !== b) {
        sum[b * groups + a]! += w * s;
        weight[b * groups + a]! += w;
      }
    }
  }
  return papers.map((count, g) => {
    const own = weight[g * groups + g]!;
    let nearest = -CLIP;
    for (let h = 0; h < groups; h++) {
      if (h === g || weight[g * groups + h] === 0) continue;
      nearest = Math.max(nearest, sum[g * groups + h]! / weight[g * groups + h]!);
    }
    return {
      inside: own > 0 ? sum[g * groups + g]! / own : 0,
      singleBlock: blocks[g] === 1,
      nearest,
      papers: count,
      nameCohesion: wide(F.nameCohesion),
      fewBlocks: wide(F.fewBlocks),
    };
  });
}

function clip(x: number): number {
  return Math.max(-CLIP, Math.min(CLIP, x));
}

/** The calibration's inputs: [inside, single block, nearest, ln papers, cohesion, 1/blocks]. */
export function confidenceInputs(parts: ConfidenceParts): number[] {
  return [
    parts.inside,
    parts.singleBlock ? 1 : 0,
    parts.nearest,
    Math.log(parts.papers),
    parts.nameCohesion,
    parts.fewBlocks,
  ];
}

export function calibratedConfidence(parts: ConfidenceParts, model: SplitModel): number {
  const c = model.confidence;
  let z = c[0]!;
  confidenceInputs(parts).forEach((x, i) => (z += c[i + 1]! * x));
  return 1 / (1 + Math.exp(-z));
}

/**
 * The paper pairs of the blocks (`total`, papers within a block count as one person) and how many
 * of them the model expects to be by different people (`apart`): their ratio is the name's
 * ambiguity, what triage ranks by.
 */
export function pairOdds(scores: Float64Array, sizes: number[]): { apart: number; total: number } {
  const n = sizes.length;
  let total = 0;
  let apart = 0;
  for (let i = 0; i < n; i++) {
    total += (sizes[i]! * (sizes[i]! - 1)) / 2;
    for (let j = i + 1; j < n; j++) {
      const w = sizes[i]! * sizes[j]!;
      total += w;
      apart += w / (1 + Math.exp(scores[i * n + j]!));
    }
  }
  return { apart, total };
}
