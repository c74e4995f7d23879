// npm run eval -- SET... [--json] [--names] [--corrections] [--resolution R] [--seed S]
//                        [--method profile|agglomerative|louvain]
//                        [--without venue,affiliation,title,coauthors,fullNames]
// Scores the split suggestion on one or more labeled sets (a file or a folder each): one row per set
// with macro and micro B³ and pairwise F1 for ours and both baselines, split time, and the mean over
// sets; then how well the confidence is calibrated, over every set's identities. --corrections also
// counts the decisions a curator needs to bring each name to B³ 0.99 (the engine recomputing around
// them after each one). --without scores the sets as if their source had never recorded those
// fields (each set's label says so), the way a corpus of another family may come; fullNames
// drops the full printed names (`rawName`), as a source printing initials only would.
import { evaluateName, summarise, type NameEvaluation } from "../core/evaluation";
import { parseFields } from "../core/fieldViews";
import type { Averages } from "../core/metrics";
import { reliability, type Reliability } from "../core/reliability";
import { SPLIT_METHODS, type SplitMethod } from "../core/split";
import { noteLine } from "../io/noteTally";
import { numberOption, parseArgs, runMain } from "./args";
import { correctionCost, CURATOR_CAP, CURATOR_TARGET, type CorrectionCost } from "./correctionCost";
import { loadLabeledSets } from "./labeledSets";

runMain(async () => {
  const args = parseArgs(
    process.argv.slice(2),
    ["--resolution", "--seed", "--method", "--without"],
    ["--json", "--names", "--corrections"],
  );
  const seed = numberOption(args, "--seed", 1, { integer: true });
  const resolution = numberOption(args, "--resolution", 1, { min: 0, minInclusive: false });
  const method = (args.values.get("--method") ?? "profile") as SplitMethod;
  if (!SPLIT_METHODS.includes(method))
    throw new Error(`--method must be one of ${SPLIT_METHODS.join(", ")}; got "${method}"`);
  const sets = await loadLabeledSets(
    args.positional.length > 0 ? args.positional : [undefined],
    seed,
    parseFields(args.values.get("--without") ?? "", "--without"),
  );
  const results = sets.map((set) => {
    const rows = set.names.map((key) => evaluateName(set.index, key, { seed, resolution, method }));
    const corrections = args.flags.has("--corrections")
      ? correctionCost(set, { seed, resolution, method })
      : undefined;
    return { set: set.label, rows, summary: summarise(rows), corrections };
  });
  // What the import skipped or repaired (a file with nothing usable in a folder, say) goes with
  // the scores, so a set scored on fewer files than given says so.
  const notes = sets.flatMap((set) => set.notes);
  const calibration = reliability(results.flatMap((r) => r.rows.flatMap((row) => row.identities)));
  if (args.flags.has("--json")) {
    const perSet = results.map(({ set, rows, summary, corrections }) => ({
      corpus: set,
      seed,
      resolution,
      method,
      summary: corrections ? { ...summary, corrections } : summary,
      reliability: reliability(rows.flatMap((row) => row.identities)),
      names: rows.map(compactRow),
    }));
    const out =
      perSet.length === 1
        ? { ...perSet[0], notes }
        : {
            sets: perSet,
            mean: meanOverSets(results.map((r) => r.summary)),
            reliability: calibration,
            notes,
          };
    process.stdout.write(JSON.stringify(out) + "\n");
    return;
  }
  for (const note of notes) process.stderr.write(`${noteLine(note)}\n`);
  if (args.flags.has("--names") || results.length === 1)
    for (const { set, rows } of results) printNames(set, rows);
  printSets(results, seed, resolution, method);
  printCorrections(results);
  printReliability(calibration);
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

type Summary = ReturnType<typeof summarise>;

function meanOverSets(summaries: Summary[]) {
  const mean = (f: (s: Summary) => number): number =>
    summaries.reduce((sum, s) => sum + f(s), 0) / summaries.length;
  const of = (pick: (s: Summary) => Averages) => ({
    b3F1: mean((s) => pick(s).b3F1),
    pairwiseF1: mean((s) => pick(s).pairwiseF1),
  });
  return {
    ours: of((s) => s.ours),
    exactName: of((s) => s.exactName),
    coauthorComponents: of((s) => s.coauthorComponents),
    micro: {
      ours: of((s) => s.micro.ours),
      exactName: of((s) => s.micro.exactName),
      coauthorComponents: of((s) => s.micro.coauthorComponents),
    },
  };
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const f3 = (x: number): string => x.toFixed(3);

function printNames(set: string, rows: NameEvaluation[]): void {
  console.log(`\n${set}`);
  console.log(
    `${"name".padEnd(24)} ${pad("papers", 6)} ${pad("people", 6)} ${pad("found", 5)}  ${pad("B3 F1", 6)} ${pad("pw F1", 6)}  ${pad("comp B3", 7)} ${pad("ms", 6)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.label.slice(0, 24).padEnd(24)} ${pad(r.papers, 6)} ${pad(r.people, 6)} ${pad(r.predicted, 5)}  ${pad(f3(r.ours.b3.f1), 6)} ${pad(f3(r.ours.pairwise.f1), 6)}  ${pad(f3(r.coauthorComponents.b3.f1), 7)} ${pad(r.splitMs.toFixed(1), 6)}`,
    );
  }
}

function printSets(
  results: { set: string; summary: Summary }[],
  seed: number,
  resolution: number,
  method: string,
): void {
  const pair = (macro: number, micro: number): string => `${f3(macro)} (${f3(micro)})`;
  const row = (label: string, names: string, s: Summary | ReturnType<typeof meanOverSets>) =>
    [
      label.slice(0, 28).padEnd(28),
      names,
      pair(s.ours.b3F1, s.micro.ours.b3F1),
      pair(s.exactName.b3F1, s.micro.exactName.b3F1),
      pair(s.coauthorComponents.b3F1, s.micro.coauthorComponents.b3F1),
      "│",
      pair(s.ours.pairwiseF1, s.micro.ours.pairwiseF1),
      pair(s.exactName.pairwiseF1, s.micro.exactName.pairwiseF1),
      pair(s.coauthorComponents.pairwiseF1, s.micro.coauthorComponents.pairwiseF1),
    ].join("  ");
  console.log(
    `\nmacro (micro) F1 per set — seed ${seed}, resolution ${resolution}, method ${method}`,
  );
  console.log(
    `${"".padEnd(28)}  ${"".padEnd(10)}  ${"B3: ours".padEnd(13)}  ${"exact-name".padEnd(13)}  ${"components".padEnd(13)}  │  ${"pairwise: ours".padEnd(13)}  ${"exact-name".padEnd(13)}  components`,
  );
  for (const { set, summary } of results) {
    console.log(
      `${row(set, `${pad(summary.names, 4)} names`, summary)}  │ split ms p50 ${summary.splitMs.p50.toFixed(1)} p95 ${summary.splitMs.p95.toFixed(1)} max ${summary.splitMs.max.toFixed(1)}`,
    );
  }
  if (results.length > 1)
    console.log(row("mean over sets", "".padEnd(10), meanOverSets(results.map((r) => r.summary))));
  if (results.length === 1) {
    const s = results[0]!.summary;
    const line = (label: string, a: Averages): string =>
      `${label.padEnd(34)} B3 P ${f3(a.b3Precision)} R ${f3(a.b3Recall)} F1 ${f3(a.b3F1)} | pairwise P ${f3(a.pairwisePrecision)} R ${f3(a.pairwiseRecall)} F1 ${f3(a.pairwiseF1)}`;
    console.log(`\n${s.names} names, ${s.mentions} labeled mentions`);
    console.log("macro average over names:");
    console.log(line("  ours", s.ours));
    console.log(line("  exact-name grouping", s.exactName));
    console.log(line("  co-author components", s.coauthorComponents));
    console.log("micro average (pooled mentions / pairs):");
    console.log(line("  ours", s.micro.ours));
    console.log(line("  exact-name grouping", s.micro.exactName));
    console.log(line("  co-author components", s.micro.coauthorComponents));
  }
}

function printReliability(r: Reliability): void {
  console.log(
    `\nconfidence calibration over ${r.identities} suggested identities (right = exactly one person's papers, all of them):`,
  );
  console.log(`  confidence   identities  mean conf   right    pure`);
  for (const row of r.rows) {
    console.log(
      `  ${row.from.toFixed(1)}–${row.to.toFixed(1)}    ${pad(row.identities, 10)}  ${pad(f3(row.meanConfidence), 9)}  ${pad(f3(row.right), 6)}  ${pad(f3(row.pure), 6)}`,
    );
  }
  console.log(`  expected calibration error ${f3(r.ece)}`);
}

function printCorrections(
  results: { set: string; corrections: CorrectionCost | undefined }[],
): void {
  const measured = results.filter((r) => r.corrections);
  if (measured.length === 0) return;
  console.log(
    `\ncorrections a curator needs to reach B3 ${CURATOR_TARGET} per name (greedy curator, at most ${CURATOR_CAP} per name):`,
  );
  for (const { set, corrections: c } of measured) {
    console.log(
      `  ${set.slice(0, 28).padEnd(28)} ${pad(c!.total, 6)} in all over ${c!.names} names: mean ${c!.mean.toFixed(2)}, median ${c!.median}, p95 ${c!.p95}, ${c!.perHundredPapers.toFixed(1)} per 100 papers; ${c!.notReached} names not reached`,
    );
  }
}
