// npm run fit -- <folder of labeled files> [--folds K] [--l2 λ] [--drop feature,…] [--variant]
// Fits the split model's global weights and reports how they do on names never seen in training:
// K folds by file (one file per name); each fold is scored (a) inside the full corpus and (b) as a
// corpus of its own, the way a new export of unseen names is loaded. --variant first rewrites
// person-XML files into the variant form (co-authors lower-cased, own name and <id> removed).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus } from "../core/corpus";
import { indexCorpus } from "../core/corpusIndex";
import { evaluateName, labeledNames, summarise, type NameEvaluation } from "../core/evaluation";
import { fitLogistic, trainingPairs } from "../core/fitModel";
import { FEATURE_NAMES } from "../core/splitEvidence";
import { DEFAULT_MODEL, type SplitModel } from "../core/splitModel";
import type { ParsedFile } from "../io/format";
import { mergeParsedFiles } from "../io/merge";
import { parsePersonXml } from "../io/personXml";
import { readCorpusFile } from "../io/readPath";
import { parseArgs, runMain } from "./args";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2), ["--folds", "--l2", "--drop"]);
  const folder = args.positional[0];
  if (!folder) throw new Error("usage: npm run fit -- <folder of labeled files, one per name>");
  const folds = Number(args.values.get("--folds") ?? 5);
  const l2 = Number(args.values.get("--l2") ?? 1e-3);
  const dropped = droppedFeatures(args.values.get("--drop"));
  const files = (await readdir(folder))
    .filter((f) => !f.startsWith(".") && !/^readme/i.test(f))
    .sort();
  const parsed = await Promise.all(
    files.map((f) => readLabeledFile(join(folder, f), f, args.flags.has("--variant"))),
  );
  const corpusOf = (which: number[]): Corpus =>
    mergeParsedFiles(
      "fold",
      "fold",
      which.map((i) => parsed[i]!),
    );
  const fullIndex = indexCorpus(corpusOf(files.map((_, i) => i)));
  const fit = (index: ReturnType<typeof indexCorpus>): SplitModel => ({
    ...DEFAULT_MODEL,
    ...fitLogistic(trainingPairs(index, labeledNames(index)), l2, dropped),
  });

  const inFull: NameEvaluation[] = [];
  const onOwn: NameEvaluation[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = files.map((_, i) => i).filter((i) => i % folds === fold);
    const train = files.map((_, i) => i).filter((i) => i % folds !== fold);
    const model = fit(indexCorpus(corpusOf(train)));
    const ownIndex = indexCorpus(corpusOf(test));
    const names = labeledNames(ownIndex);
    const own = names.map((key) => evaluateName(ownIndex, key, { runs: 0 }, model));
    const full = names.map((key) => evaluateName(fullIndex, key, { runs: 0 }, model));
    inFull.push(...full);
    onOwn.push(...own);
    const [f, o] = [summarise(full).ours, summarise(own).ours];
    console.log(
      `fold ${fold + 1}/${folds}: ${names.length} unseen names  in full corpus B3 ${f.b3F1.toFixed(3)} pw ${f.pairwiseF1.toFixed(3)}  as own corpus B3 ${o.b3F1.toFixed(3)} pw ${o.pairwiseF1.toFixed(3)}`,
    );
  }
  const line = (label: string, rows: NameEvaluation[]): string => {
    const s = summarise(rows).ours;
    return `${label}: B3 F1 ${s.b3F1.toFixed(3)} (P ${s.b3Precision.toFixed(3)} R ${s.b3Recall.toFixed(3)})  pairwise F1 ${s.pairwiseF1.toFixed(3)}`;
  };
  console.log(line(`unseen names, inside the full corpus (${inFull.length})`, inFull));
  console.log(line(`unseen names, loaded as their own corpus (${onOwn.length})`, onOwn));
  const model = fit(fullIndex);
  console.log(
    line(
      "fitted on all names (in-sample)",
      labeledNames(fullIndex).map((k) => evaluateName(fullIndex, k, { runs: 0 }, model)),
    ),
  );
  console.log(`weights (paste into src/core/splitModel.ts):\n  bias ${model.bias.toFixed(3)}`);
  FEATURE_NAMES.forEach((name, i) =>
    console.log(`  ${name.padEnd(20)} ${model.weights[i]!.toFixed(3)}`),
  );
  console.log(JSON.stringify({ bias: round(model.bias), weights: model.weights.map(round) }));
});

async function readLabeledFile(path: string, name: string, variant: boolean): Promise<ParsedFile> {
  if (!variant) return readCorpusFile(path, name);
  const xml = await readFile(path, "utf8");
  const own = (/<FullName>([\s\S]*?)<\/FullName>/.exec(xml)?.[1] ?? "").trim().toLowerCase();
  const rewritten = xml
    .replace(/<id>[\s\S]*?<\/id>/g, "")
    .replace(/<authors>([\s\S]*?)<\/authors>/g, (_m, list: string) => {
      const coauthors = list.split(",").map((a) => a.trim().toLowerCase());
      return `<authors>${coauthors.filter((a) => a !== own).join(",")}</authors>`;
    });
  return parsePersonXml(rewritten, name);
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
