// The inputs the fuzz suite feeds a target, all from fast-check arbitraries so a seed replays them:
// arbitrary text, soups of the format's own tokens, and its seed files mutated (bytes deleted,
// inserted, duplicated, cut short).
import fc from "fast-check";
import type { FuzzTarget } from "./target";

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ unit: "binary", maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant("token" as const), at: fc.nat(), token: fc.nat() }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    length: fc.nat({ max: 400 }),
    times: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(text: string, mutations: Mutation[], tokens: string[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === "insert") out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === "token")
      out = out.slice(0, at) + (tokens[m.token % tokens.length] ?? "") + out.slice(at);
    else if (m.kind === "duplicate")
      out =
        out.slice(0, at + m.length) +
        out.slice(at, at + m.length).repeat(m.times - 1) +
        out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

/** One arbitrary that mixes the three kinds of input for a target. */
export function inputsFor(target: FuzzTarget): fc.Arbitrary<string> {
  const soup = fc
    .array(fc.constantFrom(...target.tokens), { maxLength: 80 })
    .map((t) => t.join(""));
  const anyText = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme-ascii", maxLength: 200 }),
  );
  const arbitraries: fc.Arbitrary<string>[] = [anyText, soup];
  if (target.seeds.length > 0) {
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...target.seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
        .map(([seed, mutations]) => mutate(seed, mutations, target.tokens)),
    );
    arbitraries.push(fc.constantFrom(...target.seeds));
  }
  return fc.oneof(
    { arbitrary: arbitraries[0]!, weight: 2 },
    { arbitrary: arbitraries[1]!, weight: 3 },
    ...arbitraries.slice(2).map((arbitrary, i) => ({ arbitrary, weight: i === 0 ? 6 : 1 })),
  );
}
