// `npm run bench [-- --quick | --heavy]`: graph build and Louvain figures (with igraph's C Louvain on
// the same edge lists), then import throughput, the browser figures, split timing, the corpus
// store and batch on generated corpora with colliding names (10k and 100k papers; --heavy adds 1M),
// and the app on 10k and 100k papers loaded directly. --quick runs the small sizes only.
import { benchBuild, BUILD_HEADER, KEY_HEADER } from "./bench/buildBench";
import { benchCorpora } from "./bench/benchCorpora";
import { igraphUnavailable } from "./bench/igraph";
import { benchLouvain, LOUVAIN_HEADER } from "./bench/louvainBench";
import { formatTable, perSecond } from "./bench/table";
import { runBrowserScaleBench, runBrowserStoreBench } from "./bench/browserScaleBench";
import { runStoreBench } from "./bench/storeBench";
import { runBrowserBench } from "./browserBench";
import { runWorkspaceBench } from "./workspaceBench";
import { runImportBench } from "./importBench";
import { runSplitBench } from "./splitBench";

const TARGET_RATE = 2_000_000;

export interface BenchOptions {
  quick: boolean;
  heavy: boolean;
}

const FLAGS = ["--quick", "--heavy"];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => !FLAGS.includes(arg));
  if (unknown.length > 0) {
    console.error(
      `unknown argument ${unknown.join(" ")}; usage: npm run bench [-- --quick | --heavy]`,
    );
    process.exit(2);
  }
  const options: BenchOptions = {
    quick: args.includes("--quick"),
    heavy: args.includes("--heavy"),
  };
  for (const line of await graphBench(options)) console.log(line);
  const storeSizes = [
    { papers: 10_000, shards: 1 },
    ...(options.quick ? [] : [{ papers: 100_000, shards: 4 }]),
    ...(options.heavy ? [{ papers: 1_000_000, shards: 64 }] : []),
  ];
  const benches = [
    runImportBench,
    runBrowserBench,
    runWorkspaceBench,
    runSplitBench,
    () => runStoreBench(storeSizes, runBrowserStoreBench),
    () => runBrowserScaleBench(options.quick ? [10_000] : [10_000, 100_000]),
  ];
  for (const bench of benches) {
    console.log("");
    for (const line of await bench()) console.log(line);
  }
}

async function graphBench(options: BenchOptions): Promise<string[]> {
  const igraphSkipped = igraphUnavailable();
  const buildRows: string[][] = [];
  const keyRows: string[][] = [];
  const louvainRows: string[][] = [];
  const verdicts: string[] = [];
  for (const { name, load } of benchCorpora(options.quick)) {
    console.error(`bench: ${name}…`);
    const corpus = await load();
    const built = benchBuild(name, corpus);
    buildRows.push(...built.rows);
    keyRows.push(built.keyRow);
    louvainRows.push(...(await benchLouvain(name, built.graph, built.csr, igraphSkipped)));
    const meets = (rate: number): string => (rate >= TARGET_RATE ? "meets" : "misses");
    verdicts.push(
      `${name}: CSR ${perSecond(built.csrRate, 1)} ${meets(built.csrRate)}, ` +
        `graphology ${perSecond(built.graphologyRate, 1)} ${meets(built.graphologyRate)}; ` +
        `CSR takes ${built.floorMultiple.toFixed(1)}× the floor's time (2M/s is ≤ ${(built.floorRate / TARGET_RATE).toFixed(1)}× at this run's floor speed)`,
    );
  }
  return [
    `Graph build (median of warm runs, no forced GC between them; bytes/edge = heap + typed-array bytes kept by the result; × floor = time over the floor row's, same run)`,
    ...formatTable(BUILD_HEADER, buildRows),
    "",
    `Target ≥ ${TARGET_RATE / 1e6}M author mentions/s:`,
    ...verdicts.map((v) => `  ${v}`),
    "",
    "Name keys, per mention: nameKey uncached, fastNameKey uncached, interned index pass",
    ...formatTable(KEY_HEADER, keyRows),
    "",
    "Louvain (resolution 1, seed 1; modularity of each partition on the same weighted graph)",
    ...formatTable(LOUVAIN_HEADER, louvainRows),
    ...(igraphSkipped ? [igraphSkipped] : []),
  ];
}

await main();
