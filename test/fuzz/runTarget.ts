// Feeds one target its inputs and checks the properties every importer keeps: it throws only its
// own typed error; no input under 100 KB takes over a second; its output stays within a multiple
// of its input (no amplification); its result keeps the target's invariants. Inputs come from a
// seed in batches, so any one of them can be regenerated from (seed, index) alone.
import fc from "fast-check";
import { inputsFor } from "./inputs";
import { AMPLIFICATION, SLOW_MS, SMALL_INPUT, type FuzzTarget } from "./target";

export interface FuzzFailure {
  property: "foreign exception" | "slow" | "amplification" | "invariant";
  index: number;
  message: string;
  /** The input, cut to 400 characters for the report. */
  input: string;
  inputLength: number;
}

export interface FuzzReport {
  target: string;
  inputs: number;
  accepted: number;
  refused: number;
  medianMs: number;
  maxMs: number;
  /** Largest output size / input size seen (inputs of 100+ characters). */
  maxRatio: number;
  failures: FuzzFailure[];
}

export const BATCH = 500;
const arbitraries = new WeakMap<FuzzTarget, fc.Arbitrary<string>>();

/** The inputs of batch `batch` for `seed`: the same every time. */
export function batchInputs(
  target: FuzzTarget,
  seed: number,
  batch: number,
  count = BATCH,
): string[] {
  let arbitrary = arbitraries.get(target);
  if (!arbitrary) arbitraries.set(target, (arbitrary = inputsFor(target)));
  return fc.sample(arbitrary, { seed: seed * 100_003 + batch, numRuns: count });
}

export async function runTarget(
  target: FuzzTarget,
  options: { seed: number; runs: number; onInput?: (index: number) => void; maxFailures?: number },
): Promise<FuzzReport> {
  const times: number[] = [];
  const failures: FuzzFailure[] = [];
  let accepted = 0;
  let refused = 0;
  let maxRatio = 0;
  const fail = (
    property: FuzzFailure["property"],
    index: number,
    input: string,
    message: string,
  ) => {
    failures.push({
      property,
      index,
      message,
      input: input.slice(0, 400),
      inputLength: input.length,
    });
  };
  // Warm-up, untimed: the first run of a target loads its modules (the TeX library) and JITs.
  for (const seed of target.seeds) {
    try {
      await target.run(seed);
    } catch {
      // judged below, where it counts
    }
  }
  for (
    let index = 0;
    index < options.runs && failures.length < (options.maxFailures ?? 5);
    index += BATCH
  ) {
    const inputs = batchInputs(
      target,
      options.seed,
      index / BATCH,
      Math.min(BATCH, options.runs - index),
    );
    for (const [k, input] of inputs.entries()) {
      const at = index + k;
      options.onInput?.(at);
      const started = performance.now();
      let result: unknown;
      let threw: unknown;
      try {
        result = await target.run(input);
      } catch (error) {
        threw = error ?? new Error(String(error));
      }
      const ms = performance.now() - started;
      times.push(ms);
      // A busy machine pauses a thread now and then: slow means slow on the fastest of three runs.
      if (ms > SLOW_MS && input.length < SMALL_INPUT) {
        const fastest = Math.min(ms, await rerun(target, input), await rerun(target, input));
        if (fastest > SLOW_MS)
          fail("slow", at, input, `${fastest.toFixed(0)} ms on ${input.length} characters`);
      }
      if (threw !== undefined) {
        if (target.ownError(threw)) refused++;
        else
          fail(
            "foreign exception",
            at,
            input,
            threw instanceof Error
              ? `${threw.name}: ${threw.message}\n${threw.stack?.split("\n").slice(1, 4).join("\n")}`
              : String(threw),
          );
        continue;
      }
      accepted++;
      const size = target.size(result);
      if (input.length >= 100) maxRatio = Math.max(maxRatio, size / input.length);
      if (size > AMPLIFICATION.factor * input.length + AMPLIFICATION.constant) {
        fail("amplification", at, input, `output of ${size} characters from ${input.length}`);
      }
      for (const broken of target.invariants(result, input)) fail("invariant", at, input, broken);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    target: target.name,
    inputs: times.length,
    accepted,
    refused,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    maxRatio,
    failures,
  };
}

async function rerun(target: FuzzTarget, input: string): Promise<number> {
  const started = performance.now();
  try {
    await target.run(input);
  } catch {
    // judged on the first run
  }
  return performance.now() - started;
}

export function formatReport(r: FuzzReport): string {
  const head =
    `${r.target.padEnd(28)} ${String(r.inputs).padStart(7)} inputs  ${String(r.accepted).padStart(7)} read  ${String(r.refused).padStart(7)} refused  ` +
    `median ${r.medianMs.toFixed(2).padStart(6)} ms  max ${r.maxMs.toFixed(0).padStart(5)} ms  max out/in ${r.maxRatio.toFixed(1).padStart(5)}  ` +
    (r.failures.length === 0 ? "ok" : `${r.failures.length} FAILURES`);
  const details = r.failures.map(
    (f) =>
      `    ${f.property} at input ${f.index} (${f.inputLength} chars): ${f.message}\n      input: ${JSON.stringify(f.input)}`,
  );
  return [head, ...details].join("\n");
}
