import { describe, expect, it } from "vitest";
import { NameVariantIndex } from "../../src/core/nameKey";
import { NameVariants } from "../../src/worker/nameVariants";
import { runSliced } from "../../src/worker/sliced";

// Forms of a few names spread over more than one chunk (2,000 names), among filler names.
const FORMS = [
  ["José García", "Jose Garcia", "J. Garcia", "Garcia José", "José M. García", "J. M. Garcia"],
  ["Lei Wang", "Wang Lei", "L. Wang", "Lei  Wang-Li"],
  ["Hans-Peter Müller", "Hans Peter Muller", "H. Müller", "H.-P. Mueller"],
];
const names: string[] = [];
for (let i = 0; i < 5_000; i++) {
  names.push(`Filler${i} Person${i % 97}`);
  const forms = FORMS[i % FORMS.length]!;
  if (i % 700 === 0) names.push(...forms.map((f) => `${f}${i > 0 ? "" : ""}`));
}
const distinct = [...new Set(names)];

describe("NameVariants: the variant index built in chunks, in slices", () => {
  it("answers as one index over all the names does, in the same order", async () => {
    const whole = new NameVariantIndex(distinct);
    const chunked = new NameVariants(distinct);
    await runSliced(chunked.steps(), 0);
    for (const name of [...FORMS.flat(), "Filler12 Person12", "Nobody Here"])
      expect(chunked.variantsOf(name)).toEqual(whole.variantsOf(name));
    expect(chunked.variantsOf("Jose Garcia").length).toBeGreaterThan(2);
  });

  it("finishes its build when asked before the slices are done", () => {
    const chunked = new NameVariants(distinct);
    expect(chunked.variantsOf("Wang Lei")).toEqual(
      new NameVariantIndex(distinct).variantsOf("Wang Lei"),
    );
  });
});
