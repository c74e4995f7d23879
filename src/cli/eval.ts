// npm run eval -- <folder of person-XML files | corpus file> [--json] [--resolution R] [--seed S]
// Scores the split suggestion per labeled name, with macro/micro averages and both baselines.
import { indexCorpus } from "../core/corpusIndex";
import { evaluateName, labeledNames, summarise, type NameEvaluation } from "../core/evaluation";
import type { Averages } from "../core/metrics";
import { readCorpusFromPath } from "../io/readPath";
import { parseArgs, runMain } from "./args";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2), ["--resolution", "--seed"]);
  const corpus = await readCorpusFromPath(args.positional[0]);
  const seed = Number(args.values.get("--seed") ?? 1);
  const resolution = Number(args.values.get("--resolution") ?? 1);
  const index = indexCorpus(corpus, undefined, seed);
  index.communities();
  const names = labeledNames(index);
  if (names.length === 0)
    throw new Error(`${corpus.label}: no mention carries a ground-truth label; nothing to score`);
  const rows = names.map((key) => evaluateName(index, key, { seed, resolution }));
  const summary = summarise(rows);
  if (args.flags.has("--json")) {
    process.stdout.write(
      JSON.stringify({
        corpus: corpus.label,
        seed,
        resolution,
        summary,
        names: rows.map(compactRow),
      }) + "\n",
    );
    return;
  }
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(
    `${"name".padEnd(24)} ${pad("papers", 6)} ${pad("people", 6)} ${pad("found", 5)}  ${pad("B3 F1", 6)} ${pad("pw F1", 6)}  ${pad("comp B3", 7)} ${pad("ms", 6)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.label.slice(0, 24).padEnd(24)} ${pad(r.papers, 6)} ${pad(r.people, 6)} ${pad(r.predicted, 5)}  ${pad(r.ours.b3.f1.toFixed(3), 6)} ${pad(r.ours.pairwise.f1.toFixed(3), 6)}  ${pad(r.coauthorComponents.b3.f1.toFixed(3), 7)} ${pad(r.splitMs.toFixed(1), 6)}`,
    );
  }
  const line = (label: string, a: Averages): string =>
    `${label.padEnd(34)} B3 P ${a.b3Precision.toFixed(3)} R ${a.b3Recall.toFixed(3)} F1 ${a.b3F1.toFixed(3)} | pairwise P ${a.pairwisePrecision.toFixed(3)} R ${a.pairwiseRecall.toFixed(3)} F1 ${a.pairwiseF1.toFixed(3)}`;
  console.log(
    `\n${summary.names} names, ${summary.mentions} labeled mentions (seed ${seed}, resolution ${resolution})`,
  );
  console.log("macro average over names:");
  console.log(line("  ours", summary.ours));
  console.log(line("  exact-name grouping", summary.exactName));
  console.log(line("  co-author components", summary.coauthorComponents));
  console.log("micro average (pooled mentions / pairs):");
  console.log(line("  ours", summary.micro.ours));
  console.log(line("  exact-name grouping", summary.micro.exactName));
  console.log(line("  co-author components", summary.micro.coauthorComponents));
  console.log(
    `split time per name: p50 ${summary.splitMs.p50.toFixed(1)} ms, p95 ${summary.splitMs.p95.toFixed(1)} ms, max ${summary.splitMs.max.toFixed(1)} ms`,
  );
});

function compactRow(r: NameEvaluation) {
  return {
    name: r.label,
    papers: r.papers,
    people: r.people,
    predicted: r.predicted,
    b3F1: r.ours.b3.f1,
    pairwiseF1: r.ours.pairwise.f1,
    exactNameB3F1: r.exactName.b3.f1,
    componentsB3F1: r.coauthorComponents.b3.f1,
    splitMs: r.splitMs,
  };
}
