// npm run fit -- SET... [--folds K] [--l2 λ] [--rounds R] [--drop feature,…] [--plain]
//                       [--set-intercepts] [--write]
// Fits the split model's global parameters on every labeled set at once and says how they do on
// data never seen in training, two ways: by name (K folds of names across all sets; each held-out
// name scored inside its own set's corpus) and by set (train on the other sets, score the one left
// out — the way a corpus of a new family meets the model). --write stores the weights fitted on
// everything in src/core/split/weights.ts.
// Each set is learned from as it is and as views without each field it has (venue, affiliation,
// title), so the weights learn what a missing field does to the evidence; --plain fits the sets
// alone. --set-intercepts gives each set (with its views) an intercept of its own while fitting,
// the model's bias being their mean: better on sets left out, worse on the sets themselves
// (docs/split-method.md has the figures), so not the default.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { evaluateName, summarise, type NameEvaluation } from "../core/evaluation";
import { fieldViews } from "../core/fieldViews";
import { fitModel, type LabeledSet } from "../core/fitModel";
import { FEATURE_NAMES } from "../core/split/evidence";
import type { SplitModel } from "../core/split/model";
import { FITTED_MODEL } from "../core/split/weights";
import { numberOption, parseArgs, runMain } from "./args";
import { loadLabeledSets } from "./labeledSets";

runMain(async () => {
  const args = parseArgs(
    process.argv.slice(2),
    ["--folds", "--l2", "--drop", "--rounds"],
    ["--write", "--plain", "--set-intercepts"],
  );
  if (args.positional.length === 0)
    throw new Error(
      "usage: npm run fit -- SET... (labeled files or folders, e.g. ../shared/data/*)",
    );
  const folds = numberOption(args, "--folds", 5, { integer: true, min: 2 });
  const l2 = numberOption(args, "--l2", 1e-3, { min: 0 });
  const dropped = droppedFeatures(args.values.get("--drop"));
  const sets = await loadLabeledSets(args.positional);
  const rounds = numberOption(args, "--rounds", 1, { integer: true, min: 0 });
  const plain = args.flags.has("--plain");
  const views = new Map(sets.map((set) => [set.label, plain ? [] : fieldViews(set)]));
  const fit = (training: LabeledSet[]): SplitModel => {
    // Each set weighs 1 in total, as without views: half as it is, half shared by its views.
    const withViews = training.flatMap((set, family) => {
      const own = views.get(set.label)!.map((view) => ({ ...view, names: set.names }));
      const share = own.length === 0 ? 1 : 0.5;
      return [
        { set, family, weight: share },
        ...own.map((view) => ({ set: view, family, weight: (1 - share) / own.length })),
      ];
    });
    return fitModel(
      withViews.map((v) => v.set),
      FITTED_MODEL,
      {
        l2,
        dropped,
        rounds,
        setWeights: withViews.map((v) => v.weight),
        calibration: training,
        families: args.flags.has("--set-intercepts") ? withViews.map((v) => v.family) : undefined,
      },
    );
  };
  const score = (set: LabeledSet, names: string[], model: SplitModel): NameEvaluation[] =>
    names.map((key) => evaluateName(set.index, key, {}, model));

  const byName = new Map<string, NameEvaluation[]>(sets.map((s) => [s.label, []]));
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (_: string, i: number): boolean => i % folds === fold;
    const model = fit(sets.map((s) => ({ ...s, names: s.names.filter((k, i) => !inFold(k, i)) })));
    for (const set of sets)
      byName.get(set.label)!.push(...score(set, set.names.filter(inFold), model));
  }
  const bySet = new Map<string, NameEvaluation[]>();
  if (sets.length > 1) {
    for (const set of sets)
      bySet.set(set.label, score(set, set.names, fit(sets.filter((s) => s !== set))));
  }
  const model = fit(sets);
  const inSample = new Map(sets.map((s) => [s.label, score(s, s.names, model)]));

  const cell = (rows: NameEvaluation[] | undefined): string => {
    if (!rows) return "—".padEnd(15);
    const s = summarise(rows);
    return `${s.ours.b3F1.toFixed(3)} (${s.micro.ours.b3F1.toFixed(3)})`.padEnd(15);
  };
  console.log(`B3 F1 macro (micro) of the fitted model on every set`);
  console.log(
    `${"set".padEnd(28)}  ${"unseen names".padEnd(15)}  ${"unseen set".padEnd(15)}  ${"in-sample".padEnd(15)}  better baseline`,
  );
  for (const set of sets) {
    const base = summarise(inSample.get(set.label)!);
    const better = Math.max(base.exactName.b3F1, base.coauthorComponents.b3F1);
    const betterMicro = Math.max(base.micro.exactName.b3F1, base.micro.coauthorComponents.b3F1);
    console.log(
      `${set.label.slice(0, 28).padEnd(28)}  ${cell(byName.get(set.label))}  ${cell(bySet.get(set.label))}  ${cell(inSample.get(set.label))}  ${better.toFixed(3)} (${betterMicro.toFixed(3)})`,
    );
  }
  console.log(
    `\nweights fitted on every set (${folds}-fold by name above; leave-one-set-out beside it):`,
  );
  console.log(`  bias ${model.bias.toFixed(3)}`);
  FEATURE_NAMES.forEach((name, i) =>
    console.log(`  ${name.padEnd(20)} ${model.weights[i]!.toFixed(3)}`),
  );
  console.log(`  confidence calibration ${model.confidence.map((c) => c.toFixed(3)).join(", ")}`);
  if (args.flags.has("--write")) {
    const path = resolve(import.meta.dirname, "../core/split/weights.ts");
    await writeFile(path, weightsSource(model, args.positional));
    console.log(`wrote ${path}`);
  }
});

function weightsSource(model: SplitModel, sets: string[]): string {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights = FEATURE_NAMES.map(
    (name, i) => `    ${round(model.weights[i]!)}, // ${name}`,
  ).join("\n");
  return `// The fitted global parameters: \`npm run fit -- ${sets.join(" ")} --write\`.
import { DEFAULT_MODEL, type SplitModel } from "./model";

export const FITTED_MODEL: SplitModel = {
  ...DEFAULT_MODEL,
  bias: ${round(model.bias)},
  weights: [
${weights}
  ],
  confidence: [${model.confidence.map(round).join(", ")}],
};
`;
}

function droppedFeatures(list: string | undefined): number[] {
  return (list ?? "")
    .split(",")
    .filter(Boolean)
    .map((name) => {
      const at = (FEATURE_NAMES as readonly string[]).indexOf(name);
      if (at === -1)
        throw new Error(
          `--drop: unknown feature ${name}; features are ${FEATURE_NAMES.join(", ")}`,
        );
      return at;
    });
}
