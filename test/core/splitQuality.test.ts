// Regression floors on every labeled set at hand: the default corpus (Arnetminer labels, always
// shipped) and the shared sets beside the checkout (skipped, with the reason, when absent). Each
// floor is the measured figure less 0.01; the method must also stay level with or above both
// baselines (within 0.005: on the full-names set, where 393 of 453 names are one person, putting
// every paper of a name together is a strong baseline; measured 0.961 against 0.961 macro, 0.968
// against 0.967 micro).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { indexCorpus } from "../../src/core/corpusIndex";
import { evaluateName, labeledNames, summarise } from "../../src/core/evaluation";
import { withoutFields } from "../../src/core/fieldViews";
import { readCorpusFromPath } from "../../src/io/readPath";

const SHARED = resolve(import.meta.dirname, "../../../shared/data");

const SETS: { name: string; path: string | undefined; macro: number; micro: number }[] = [
  { name: "default corpus (Arnetminer labels)", path: undefined, macro: 0.885, micro: 0.892 },
  {
    name: "pubmed-song",
    path: `${SHARED}/pubmed-song/pubmed-song.json`,
    macro: 0.942,
    micro: 0.904,
  },
  {
    name: "citeseerx-kim-block",
    path: `${SHARED}/citeseerx-kim/citeseerx-kim-block.json`,
    macro: 0.905,
    micro: 0.884,
  },
  {
    name: "citeseerx-kim-fullname",
    path: `${SHARED}/citeseerx-kim/citeseerx-kim-fullname.json`,
    macro: 0.961,
    micro: 0.968,
  },
];

describe("split quality per labeled set", () => {
  for (const set of SETS) {
    const absent = set.path !== undefined && !existsSync(set.path);
    it.skipIf(absent)(
      `${set.name}: B3 F1 macro ≥ ${(set.macro - 0.01).toFixed(3)}, micro ≥ ${(set.micro - 0.01).toFixed(3)} (measured ${set.macro} / ${set.micro}), level with both baselines or above`,
      async () => {
        const index = indexCorpus(await readCorpusFromPath(set.path));
        const s = summarise(labeledNames(index).map((key) => evaluateName(index, key)));
        expect(s.ours.b3F1).toBeGreaterThanOrEqual(set.macro - 0.01);
        expect(s.micro.ours.b3F1).toBeGreaterThanOrEqual(set.micro - 0.01);
        expect(s.ours.b3F1).toBeGreaterThanOrEqual(
          Math.max(s.exactName.b3F1, s.coauthorComponents.b3F1) - 0.005,
        );
        expect(s.micro.ours.b3F1).toBeGreaterThanOrEqual(
          Math.max(s.micro.exactName.b3F1, s.micro.coauthorComponents.b3F1) - 0.005,
        );
      },
      120_000,
    );
  }
});

// A corpus of another family may lack a field. Names that are mostly one person are where a missing
// field hurts: the evidence that joins their papers is thinner, so they split too readily. Measured
// 0.961 without venues and 0.962 without titles (the model fitted before field views: 0.946, 0.927),
// 0.955 without co-authors (a field where most papers have one author; the model fitted before
// co-author views: 0.926, below putting every paper of a name together, 0.961).
describe("split quality without a field", () => {
  const path = `${SHARED}/citeseerx-kim/citeseerx-kim-fullname.json`;
  for (const field of ["venue", "title", "coauthors"] as const) {
    it.skipIf(!existsSync(path))(
      `citeseerx-kim-fullname without ${field}: B3 F1 macro ≥ 0.95`,
      async () => {
        const index = indexCorpus(withoutFields(await readCorpusFromPath(path), [field]));
        const s = summarise(labeledNames(index).map((key) => evaluateName(index, key)));
        expect(s.ours.b3F1).toBeGreaterThanOrEqual(0.95);
      },
      120_000,
    );
  }
});

// Many people per name, a field missing. Without co-authors every paper is its own block and only
// venues, titles and names join them: the model fitted before co-author views split the block set's
// names apart (0.729); measured 0.890. A source that prints initials only ("J. Lee", no full first
// name anywhere): nothing then tells the block's hundred people apart but co-authors, titles and
// venues; measured 0.711 (co-author components 0.634, every paper of a name together 0.210).
describe("split quality on the blocks set without a field", () => {
  const path = `${SHARED}/citeseerx-kim/citeseerx-kim-block.json`;
  const cases = [
    { field: "coauthors", floor: 0.87 },
    { field: "fullNames", floor: 0.7 },
  ] as const;
  for (const { field, floor } of cases) {
    it.skipIf(!existsSync(path))(
      `citeseerx-kim-block without ${field}: B3 F1 macro ≥ ${floor}, above co-author components`,
      async () => {
        const index = indexCorpus(withoutFields(await readCorpusFromPath(path), [field]));
        const s = summarise(labeledNames(index).map((key) => evaluateName(index, key)));
        expect(s.ours.b3F1).toBeGreaterThanOrEqual(floor);
        expect(s.ours.b3F1).toBeGreaterThan(s.coauthorComponents.b3F1 + 0.05);
      },
      120_000,
    );
  }
});
