// npm run fit -- <labeled corpus> [--folds K] [--l2 λ]
// Fits the split model's global weights, reporting K-fold cross-validated scores where each fold's
// names are never seen in its training: the honest estimate for names outside the dev set.
import { indexCorpus } from "../core/corpusIndex";
import { evaluateName, labeledNames, summarise } from "../core/evaluation";
import { fitLogistic, trainingPairs } from "../core/fitModel";
import { FEATURE_NAMES } from "../core/splitEvidence";
import { DEFAULT_MODEL, type SplitModel } from "../core/splitModel";
import { readCorpusFromPath } from "../io/readPath";
import { parseArgs, runMain } from "./args";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2), ["--folds", "--l2", "--resolution", "--drop"]);
  const folds = Number(args.values.get("--folds") ?? 5);
  const l2 = Number(args.values.get("--l2") ?? 1e-3);
  const resolution = Number(args.values.get("--resolution") ?? 1);
  const dropped = (args.values.get("--drop") ?? "")
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
  const index = indexCorpus(await readCorpusFromPath(args.positional[0]));
  const names = labeledNames(index).sort();
  const cvRows = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = names.filter((_, i) => i % folds === fold);
    const train = names.filter((_, i) => i % folds !== fold);
    const model: SplitModel = {
      ...DEFAULT_MODEL,
      ...fitLogistic(trainingPairs(index, train), l2, dropped),
    };
    const rows = test.map((key) => evaluateName(index, key, { resolution, runs: 0 }, model));
    const s = summarise(rows);
    console.log(
      `fold ${fold + 1}/${folds}: ${test.length} unseen names  B3 F1 ${s.ours.b3F1.toFixed(3)}  pairwise F1 ${s.ours.pairwiseF1.toFixed(3)}`,
    );
    cvRows.push(...rows);
  }
  const cv = summarise(cvRows);
  console.log(
    `cross-validated macro over ${cv.names} names: B3 F1 ${cv.ours.b3F1.toFixed(3)}  pairwise F1 ${cv.ours.pairwiseF1.toFixed(3)}`,
  );
  const full = fitLogistic(trainingPairs(index, names), l2, dropped);
  const model: SplitModel = { ...DEFAULT_MODEL, ...full };
  const fit = summarise(
    names.map((key) => evaluateName(index, key, { resolution, runs: 0 }, model)),
  );
  console.log(
    `fitted on all names (in-sample): B3 F1 ${fit.ours.b3F1.toFixed(3)}  pairwise F1 ${fit.ours.pairwiseF1.toFixed(3)}`,
  );
  console.log("weights:");
  console.log(`  bias ${full.bias.toFixed(3)}`);
  FEATURE_NAMES.forEach((name, i) =>
    console.log(`  ${name.padEnd(20)} ${full.weights[i]!.toFixed(3)}`),
  );
  console.log(JSON.stringify({ bias: round(full.bias), weights: full.weights.map(round) }));
});

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
