// What the fuzz suite runs: a list of targets, each an importer with the inputs to feed it and the
// invariants its output must keep. Adding an importer is adding one entry to `fuzzTargets` (see
// targets.ts): a name, how to run it on text, which error is its own, seed texts and tokens.

export interface FuzzTarget<T = unknown> {
  /** Shown in reports; unique. */
  name: string;
  /** Runs the importer on one input. */
  run(text: string): T | Promise<T>;
  /** The importer's own, typed error: anything else thrown is a bug. */
  ownError(error: unknown): boolean;
  /** Broken invariants of a result, as messages (none: []). */
  invariants(result: T, input: string): string[];
  /** The size of a result, to check it stays bounded by the input's (no amplification). */
  size(result: T): number;
  /** Realistic inputs that mutations start from. */
  seeds: string[];
  /** Pieces of the format's syntax for token soups. */
  tokens: string[];
}

/** Output may not grow past this multiple of the input plus a constant (characters). */
export const AMPLIFICATION = { factor: 12, constant: 20_000 };
/** No input below this size may take longer than `SLOW_MS`. */
export const SMALL_INPUT = 100 * 1024;
export const SLOW_MS = 1000;
