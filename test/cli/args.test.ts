import { describe, expect, it } from "vitest";
import { numberOption, parseArgs } from "../../src/cli/args";

describe("CLI arguments", () => {
  it("splits positionals, flags and values", () => {
    const args = parseArgs(["a.json", "--json", "--seed", "3", "b"], ["--seed"], ["--json"]);
    expect(args.positional).toEqual(["a.json", "b"]);
    expect([...args.flags]).toEqual(["--json"]);
    expect(args.values.get("--seed")).toBe("3");
  });

  it("refuses an unknown flag when the command lists its flags, naming them", () => {
    expect(() => parseArgs(["--jsno"], ["--seed"], ["--json"])).toThrow(
      /--jsno.*options are --seed VALUE, --json/,
    );
  });

  it("says a value is missing", () => {
    expect(() => parseArgs(["--seed"], ["--seed"], [])).toThrow(/--seed/);
  });

  const resolution = { min: 0, minInclusive: false };
  it.each([
    ["1.5", resolution, 1.5],
    ["abc", resolution, '--resolution must be a number > 0; got "abc"'],
    ["0", resolution, '--resolution must be a number > 0; got "0"'],
    ["", resolution, '--resolution must be a number > 0; got ""'],
    ["Infinity", resolution, '--resolution must be a number > 0; got "Infinity"'],
    ["2.5", { integer: true, min: 2 }, '--resolution must be an integer ≥ 2; got "2.5"'],
    ["7", { integer: true, min: 2, max: 5 }, '--resolution must be an integer ≥ 2 ≤ 5; got "7"'],
  ])("--resolution %j with %o → %j", (raw, rule, expected) => {
    const args = parseArgs(["--resolution", raw], ["--resolution"], []);
    const read = (): number => numberOption(args, "--resolution", 1, rule);
    if (typeof expected === "number") expect(read()).toBe(expected);
    else expect(read).toThrow(expected);
  });

  it("gives the fallback when the option is absent", () => {
    expect(numberOption(parseArgs([], ["--seed"], []), "--seed", 7, { integer: true })).toBe(7);
  });
});
