import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agglomerate, averageLinkage, type Merge } from "../../src/core/linkage";

/**
 * The plain algorithm agglomerate speeds up: after every merge, every group's best partner is
 * looked up again over its whole row (the first index of the highest score).
 */
function reference(
  scores: Float64Array,
  n: number,
  threshold: number,
  merge: Merge,
  forbidden?: Uint8Array,
): number[] {
  const sim = scores.slice();
  const banned = forbidden?.slice();
  if (banned) for (let i = 0; i < n * n; i++) if (banned[i]) sim[i] = -Infinity;
  const alive = new Array<boolean>(n).fill(true);
  const owner = Array.from({ length: n }, (_, i) => i);
  const bestOf = (i: number): number => {
    let arg = -1;
    for (let j = 0; j < n; j++)
      if (j !== i && alive[j] && (arg < 0 || sim[i * n + j]! > sim[i * n + arg]!)) arg = j;
    return arg;
  };
  for (;;) {
    let a = -1;
    let top = threshold;
    for (let i = 0; i < n; i++) {
      const j = alive[i] ? bestOf(i) : -1;
      if (j >= 0 && sim[i * n + j]! > top) [top, a] = [sim[i * n + j]!, i];
    }
    if (a < 0) break;
    const b = bestOf(a);
    alive[b] = false;
    const against = merge(a, b, sim);
    if (banned)
      for (let k = 0; k < n; k++)
        banned[a * n + k] = banned[k * n + a] = banned[a * n + k]! | banned[b * n + k]!;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a) continue;
      sim[a * n + k] = sim[k * n + a] = banned?.[a * n + k] ? -Infinity : against(k);
    }
    for (let i = 0; i < n; i++) if (owner[i] === b) owner[i] = a;
  }
  const renumber = new Map<number, number>();
  return owner.map((o) => {
    if (!renumber.has(o)) renumber.set(o, renumber.size);
    return renumber.get(o)!;
  });
}

/** A symmetric matrix of scores from a few values, so ties are common. */
const problem = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    upper: fc.array(fc.constantFrom(-2, -1, 0, 0.5, 1, 1, 2, 3), {
      minLength: (n * (n - 1)) / 2,
      maxLength: (n * (n - 1)) / 2,
    }),
    banned: fc.array(fc.boolean(), {
      minLength: (n * (n - 1)) / 2,
      maxLength: (n * (n - 1)) / 2,
    }),
    threshold: fc.constantFrom(-1.5, 0, 0.25, 1),
    jitter: fc.array(fc.constantFrom(-1, 0, 0, 1, 2), { minLength: n, maxLength: n }),
  }),
);

function matrices(n: number, upper: number[], bannedPairs: boolean[]) {
  const scores = new Float64Array(n * n);
  const banned = new Uint8Array(n * n);
  let at = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++, at++) {
      scores[i * n + j] = scores[j * n + i] = upper[at]!;
      banned[i * n + j] = banned[j * n + i] = bannedPairs[at]! && at % 3 === 0 ? 1 : 0;
    }
  return { scores, banned };
}

describe("agglomerate", () => {
  it("merges exactly as looking up every best partner again after each merge would", () => {
    fc.assert(
      fc.property(problem, ({ n, upper, banned: bannedPairs, threshold, jitter }) => {
        const { scores, banned } = matrices(n, upper, bannedPairs);
        // A merged group scores afresh, up or down (as profile linkage does), with ties.
        const rescore: Merge = (a, b, sim) => (k) =>
          Math.max(sim[a * n + k]!, sim[b * n + k]!) + jitter[(a + b + k) % n]! * 0.5;
        expect(agglomerate(scores, n, threshold, rescore, banned)).toEqual(
          reference(scores, n, threshold, rescore, banned),
        );
        expect(agglomerate(scores, n, threshold, rescore)).toEqual(
          reference(scores, n, threshold, rescore),
        );
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("average linkage joins what scores well on average and keeps banned pairs apart", () => {
    const n = 4;
    const scores = new Float64Array(n * n);
    const set = (i: number, j: number, s: number): void => {
      scores[i * n + j] = scores[j * n + i] = s;
    };
    set(0, 1, 3);
    set(0, 2, 2);
    set(1, 2, 2);
    set(0, 3, -5);
    set(1, 3, -5);
    set(2, 3, 1);
    expect(averageLinkage(scores, [1, 1, 1, 1], 0)).toEqual([0, 0, 0, 1]);
    const banned = new Uint8Array(n * n);
    banned[1 * n + 2] = banned[2 * n + 1] = 1;
    expect(averageLinkage(scores, [1, 1, 1, 1], 0, banned)).toEqual([0, 0, 1, 1]);
  });
});
