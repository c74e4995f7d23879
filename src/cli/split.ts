// npm run split -- --name "Tom Jacobs" [--corpus PATH] [--json] [--resolution R] [--seed S]
// Prints the suggested identities for one name, with the evidence behind each.
import { indexCorpus, labelOf } from "../core/corpusIndex";
import type { SplitSuggestion } from "../core/identity";
import { nameKey, NameVariantIndex } from "../core/nameKey";
import { suggestSplit } from "../core/split";
import { readCorpusFromPath } from "../io/readPath";
import { numberOption, parseArgs, runMain } from "./args";

runMain(async () => {
  const args = parseArgs(process.argv.slice(2), ["--name", "--corpus", "--resolution", "--seed"]);
  const name = args.values.get("--name") ?? args.positional[0];
  if (!name) throw new Error('say which name: npm run split -- --name "Tom Jacobs"');
  const corpus = await readCorpusFromPath(args.values.get("--corpus"));
  const index = indexCorpus(corpus);
  const key = nameKey(name);
  const variants = new NameVariantIndex(index.graph.labels);
  if (!index.papersOfName.has(key)) {
    const similar = variants.variantsOf(name).map((v) => v.key);
    const hint = similar.length ? ` Possible variants in this corpus: ${similar.join(", ")}.` : "";
    throw new Error(`no paper in ${corpus.label} has an author named "${name}".${hint}`);
  }
  const suggestion = suggestSplit(index, key, {
    seed: numberOption(args, "--seed", 1, { integer: true }),
    resolution: numberOption(args, "--resolution", 1, { min: 0, minInclusive: false }),
  });
  if (args.flags.has("--json")) {
    process.stdout.write(JSON.stringify(suggestion, null, 2) + "\n");
    return;
  }
  printSuggestion(suggestion, (id) => corpus.papers[index.paperIndexById.get(id)!]!);
  const possible = variants.variantsOf(name);
  if (possible.length > 0) {
    console.log(
      `\npossible variants of this name (not merged): ${possible.map((v) => `${labelOf(index, v.key)} [${v.kind}]`).join("; ")}`,
    );
  }
});

function printSuggestion(
  s: SplitSuggestion,
  paper: (id: string) => { title: string; venue?: string; year?: number },
): void {
  const k = s.identities.length;
  console.log(
    `"${s.label}": ${s.paperIds.length} papers → ${k} suggested ${k === 1 ? "identity" : "identities"}`,
  );
  console.log(
    "(exact-name grouping is not identity: papers under one name string can be several people)",
  );
  if (s.authorRecords.records > 0) console.log(`source author records: ${s.authorRecords.records}`);
  for (const remark of s.authorRecords.remarks) console.log(`  ${remark}`);
  for (const identity of s.identities) {
    const span =
      identity.firstYear === undefined ? "" : `, ${identity.firstYear}–${identity.lastYear}`;
    console.log(
      `\n#${identity.index + 1}: ${identity.paperIds.length} papers${span}, confidence ${identity.confidence.toFixed(2)}`,
    );
    if (identity.topCoauthors.length)
      console.log(
        `  co-authors: ${identity.topCoauthors.map((c) => `${c.label} (${c.papers})`).join(", ")}`,
      );
    if (identity.venues.length)
      console.log(`  venues: ${identity.venues.map((v) => `${v.venue} (${v.papers})`).join(", ")}`);
    for (const line of identity.evidence) console.log(`  evidence: ${line}`);
    for (const id of identity.paperIds) {
      const p = paper(id);
      console.log(`   - ${p.title}${p.venue ? ` — ${p.venue}` : ""}${p.year ? ` ${p.year}` : ""}`);
    }
  }
}
