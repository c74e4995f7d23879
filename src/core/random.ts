// Seeded pseudo-random numbers (mulberry32): every randomised step takes a seed so the same input
// and seed give the same output, in Node and in the Worker alike.

export type Rng = () => number;

export function seededRng(seed: number): Rng {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
