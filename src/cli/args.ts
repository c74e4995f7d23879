// Argument parsing shared by the CLI entry points, on node:util's parseArgs: positionals, --flags
// and --key value. Numbers are checked at the door: `--resolution abc` is an error that says the
// allowed range, never a NaN that silently changes what a command does.
import { parseArgs as parseNodeArgs } from "node:util";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * @param valueOptions options that take a value ("--seed", "-o")
 * @param flagOptions when given, the only flags allowed: anything else is an error naming them all
 */
export function parseArgs(
  argv: string[],
  valueOptions: string[],
  flagOptions?: string[],
): ParsedArgs {
  const bare = (o: string): string => o.replace(/^--?/, "");
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const o of valueOptions) {
    if (o.startsWith("--")) options[bare(o)] = { type: "string" };
    else options[`${bare(o)}-short`] = { type: "string", short: bare(o) };
  }
  for (const o of flagOptions ?? []) options[bare(o)] = { type: "boolean" };
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: flagOptions !== undefined,
    });
  } catch (error) {
    const known = [...valueOptions.map((o) => `${o} VALUE`), ...(flagOptions ?? [])];
    throw new Error(
      `${error instanceof Error ? error.message.replace(/\. To specify.*$/s, "") : String(error)}; options are ${known.join(", ")}`,
    );
  }
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    const short = name.endsWith("-short");
    const option = short ? `-${name.slice(0, -"-short".length)}` : `--${name}`;
    if (valueOptions.includes(option)) {
      if (typeof value !== "string") throw new Error(`${option} needs a value`);
      values.set(option, value);
    } else if (value === true) flags.add(option);
  }
  return { positional: parsed.positionals, flags, values };
}

export interface NumberRule {
  min?: number;
  /** Whether `min` itself is allowed (default true). */
  minInclusive?: boolean;
  max?: number;
  integer?: boolean;
}

/** The option's value as a number within the rule, `fallback` when absent; an error says the range. */
export function numberOption(
  args: ParsedArgs,
  option: string,
  fallback: number,
  rule: NumberRule = {},
): number {
  const raw = args.values.get(option);
  if (raw === undefined) return fallback;
  const value = raw.trim() === "" ? NaN : Number(raw);
  const { min, minInclusive = true, max, integer = false } = rule;
  const ok =
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || (minInclusive ? value >= min : value > min)) &&
    (max === undefined || value <= max);
  if (!ok) {
    const range = [
      integer ? "an integer" : "a number",
      min !== undefined ? `${minInclusive ? "≥" : ">"} ${min}` : "",
      max !== undefined ? `≤ ${max}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    throw new Error(`${option} must be ${range}; got "${raw}"`);
  }
  return value;
}

/** Runs a CLI main, printing a clean one-line error (no stack) for expected failures. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
