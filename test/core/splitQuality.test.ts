// Regression floors on every labeled set at hand: the default corpus (Arnetminer labels, always
// shipped) and the shared sets beside the checkout (skipped, with the reason, when absent). Each
// floor is the measured figure less 0.01; the method must also stay above both baselines.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { indexCorpus } from "../../src/core/corpusIndex";
import { evaluateName, labeledNames, summarise } from "../../src/core/evaluation";
import { readCorpusFromPath } from "../../src/io/readPath";

const SHARED = resolve(import.meta.dirname, "../../../shared/data");

const SETS: { name: string; path: string | undefined; macro: number; micro: number }[] = [
  { name: "default corpus (Arnetminer labels)", path: undefined, macro: 0.883, micro: 0.89 },
  {
    name: "pubmed-song",
    path: `${SHARED}/pubmed-song/pubmed-song.json`,
    macro: 0.941,
    micro: 0.903,
  },
  {
    name: "citeseerx-kim-block",
    path: `${SHARED}/citeseerx-kim/citeseerx-kim-block.json`,
    macro: 0.904,
    micro: 0.887,
  },
  {
    name: "citeseerx-kim-fullname",
    path: `${SHARED}/citeseerx-kim/citeseerx-kim-fullname.json`,
    macro: 0.962,
    micro: 0.969,
  },
];

describe("split quality per labeled set", () => {
  for (const set of SETS) {
    const absent = set.path !== undefined && !existsSync(set.path);
    it.skipIf(absent)(
      `${set.name}: B3 F1 macro ≥ ${(set.macro - 0.01).toFixed(3)}, micro ≥ ${(set.micro - 0.01).toFixed(3)} (measured ${set.macro} / ${set.micro}), above both baselines`,
      async () => {
        const index = indexCorpus(await readCorpusFromPath(set.path));
        const s = summarise(labeledNames(index).map((key) => evaluateName(index, key)));
        expect(s.ours.b3F1).toBeGreaterThanOrEqual(set.macro - 0.01);
        expect(s.micro.ours.b3F1).toBeGreaterThanOrEqual(set.micro - 0.01);
        expect(s.ours.b3F1).toBeGreaterThan(Math.max(s.exactName.b3F1, s.coauthorComponents.b3F1));
        expect(s.micro.ours.b3F1).toBeGreaterThanOrEqual(
          Math.max(s.micro.exactName.b3F1, s.micro.coauthorComponents.b3F1) - 0.005,
        );
      },
      120_000,
    );
  }
});
