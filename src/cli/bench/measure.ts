// Timing and memory helpers for the benches. Garbage is collected before every timed run so one
// run's leftovers are not charged to the next; the machine is shared, so medians are reported.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// `tsx src/cli/bench.ts` cannot pass --expose-gc, so the flag is set at run time and the gc
// function fetched from a fresh context, where V8 installs it.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

export interface Timing {
  /** Median wall time of the runs, in seconds. */
  seconds: number;
  runs: number;
}

/** Runs `task` (after one untimed warm-up when `warmUp`) `runs` times; returns the median. */
export function time<T>(task: () => T, runs: number, warmUp = runs > 1): Timing & { result: T } {
  let result = warmUp ? task() : undefined;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const start = performance.now();
    result = task();
    times.push((performance.now() - start) / 1000);
  }
  return { seconds: median(times), runs, result: result as T };
}

/**
 * Like time(), and also the heap plus off-heap (typed array) bytes retained by the first timed
 * run's result: measured on a run that is timed anyway, so big builds are not repeated for it.
 */
export function timeAndRetained<T>(
  build: () => T,
  runs: number,
): Timing & { result: T; bytes: number } {
  if (runs > 1) build();
  const times: number[] = [];
  let bytes = 0;
  let result: T | undefined;
  for (let r = 0; r < runs; r++) {
    result = undefined; // let the previous result go before measuring
    gc();
    const before = usedBytes();
    const start = performance.now();
    result = build();
    times.push((performance.now() - start) / 1000);
    if (r === 0) {
      gc();
      bytes = usedBytes() - before;
    }
  }
  return { seconds: median(times), runs, result: result as T, bytes };
}

/**
 * Median of `runs` runs after one warm-up, with no forced GC between them: V8 drops optimised code
 * on a forced GC (a small graph build measured right after one ran 5–10× slower), so every run
 * would start cold. For work that is timed at its steady speed.
 */
export function timeWarm<T>(task: () => T, runs: number): Timing & { result: T } {
  let result = task();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = task();
    times.push((performance.now() - start) / 1000);
  }
  return { seconds: median(times), runs, result };
}

/**
 * Heap plus typed-array bytes that one `build`'s result keeps (collected before and after; one
 * build first, so compiled code is not counted).
 */
export function retainedBytes(build: () => unknown): number {
  build();
  gc();
  const before = usedBytes();
  const result = build();
  gc();
  const bytes = usedBytes() - before;
  return result === undefined ? 0 : bytes;
}

function usedBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Enough runs for a stable median on small inputs, one or two on the big ones. */
export function runsFor(workItems: number): number {
  if (workItems < 50_000) return 9;
  if (workItems < 400_000) return 3;
  return 1;
}
