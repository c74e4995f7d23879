// Store and batch figures on generated corpora with colliding names (collidingCorpus): build-store
// throughput and peak RSS, each as its own process (`npm run build:store`, as a user runs it), and
// batch names/s on one core (one shard of a run), with the extrapolation to all of DBLP that the
// targets are set against (25M mentions; names with ≥ 2 papers, from the generated ratio).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { corpusStats } from "../../core/corpus";
import { collidingCorpus, writeCorpusFiles } from "./collidingCorpus";
import {
  extrapolateStages,
  parseStages,
  sizeMB,
  type SizedStages,
  type StageMemory,
} from "./storeMemory";
import { formatTable } from "./table";

const ROOT = resolve(import.meta.dirname, "../../..");
const run = promisify(execFile);
const DBLP_MENTIONS = 25e6;
const DBLP_NAMES = 3.6e6;
const TARGETS = { buildMinutes: 30, buildGB: 8, batchMinutes: 60, cores: 2 };

export interface StoreBenchSize {
  papers: number;
  /** Shards the batch figure's run is cut into; shard 0 is timed. */
  shards: number;
}

interface StoreFigures {
  papers: number;
  mentions: number;
  names: number;
  buildSeconds: number;
  buildCpuSeconds: number;
  peakMB: number;
  batchNames: number;
  batchSeconds: number;
  /** Names with ≥ 2 papers over all names (what a batch scores). */
  scoredShare: number;
  stages: StageMemory[];
  memoryLimit: string;
}

async function measure(size: StoreBenchSize, dir: string): Promise<StoreFigures> {
  const corpus = collidingCorpus({ papers: size.papers });
  const { mentions } = corpusStats(corpus);
  const input = join(dir, `input-${size.papers}`);
  await mkdir(input, { recursive: true });
  await writeCorpusFiles(corpus, input);
  const scoredShare = shareWithTwoPapers(corpus.papers.map((p) => p.authors.map((a) => a.name)));
  const store = join(dir, `store-${size.papers}`);
  const tsx = ["--import", "tsx"];
  const built = await run(process.execPath, [...tsx, "src/cli/buildStore.ts", input, "-o", store], {
    cwd: ROOT,
    maxBuffer: 1 << 24,
  });
  const b =
    /: (\d+) papers, \d+ mentions, (\d+) names.* in ([\d.]+) s \(cpu ([\d.]+) s\).*peak RSS (\d+) MB, DuckDB memory_limit (\S+)\)/.exec(
      built.stdout,
    );
  if (!b) throw new Error(`build:store printed no figures: ${built.stdout}${built.stderr}`);
  const batch = await run(
    process.execPath,
    [...tsx, "src/cli/batch.ts", store, "--shard", `0/${size.shards}`, "-o", join(dir, "batch")],
    { cwd: ROOT, maxBuffer: 1 << 24 },
  );
  const t = /: (\d+) names in ([\d.]+) s/.exec(batch.stdout);
  if (!t) throw new Error(`batch printed no figures: ${batch.stdout}${batch.stderr}`);
  return {
    papers: Number(b[1]),
    mentions,
    names: Number(b[2]),
    buildSeconds: Number(b[3]),
    buildCpuSeconds: Number(b[4]),
    peakMB: Number(b[5]),
    batchNames: Number(t[1]),
    batchSeconds: Number(t[2]),
    scoredShare,
    stages: parseStages(built.stdout),
    memoryLimit: b[6]!,
  };
}

/** Peak RSS per stage at every size, and each stage extrapolated to DBLP (see storeMemory.ts). */
function stageTable(
  measured: SizedStages[],
  memoryLimit: string,
  sizes: StoreBenchSize[],
): string[] {
  const dblp = extrapolateStages(measured, DBLP_MENTIONS, sizeMB(memoryLimit));
  const rows = dblp.map((d) => [
    d.stage,
    ...measured.map((m) => {
      const s = m.stages.find((x) => x.stage === d.stage);
      return s ? `${s.peakMB} (JS ${s.jsMB})` : "";
    }),
    `${Math.round(d.jsMB + d.restMB)} (JS ${Math.round(d.jsMB)} + rest ${Math.round(d.restMB)}${d.restCapped ? ", capped" : ""})`,
  ]);
  return [
    `Peak RSS by stage of build:store, MB (JS = V8 heap + typed arrays at the stage's end; DuckDB memory_limit ${memoryLimit}).`,
    "DBLP column: JS linear in mentions from the two largest sizes (edges per mention as generated);",
    "the rest (DuckDB, the process) linear too but capped at memory_limit + the smallest rest of any stage:",
    ...formatTable(
      [
        "stage",
        ...sizes.slice(0, measured.length).map((s) => `${s.papers} papers`),
        "DBLP, 25M mentions",
      ],
      rows,
    ),
  ];
}

function shareWithTwoPapers(authorLists: string[][]): number {
  const papers = new Map<string, number>();
  for (const list of authorLists)
    for (const name of new Set(list.map((n) => n.toLowerCase())))
      papers.set(name, (papers.get(name) ?? 0) + 1);
  let two = 0;
  for (const count of papers.values()) if (count >= 2) two++;
  return two / Math.max(1, papers.size);
}

/**
 * @param inBrowser run on the largest size's store before it is removed (the app opening it by URL)
 */
export async function runStoreBench(
  sizes: StoreBenchSize[],
  inBrowser?: (store: string, papers: number) => Promise<string[]>,
): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "store-bench-"));
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const browser: string[] = [];
  const measured: SizedStages[] = [];
  const stageRows: string[] = [];
  let last: StoreFigures | undefined;
  try {
    for (const size of sizes) {
      console.error(`bench: store ${size.papers} papers…`);
      const f = await measure(size, dir);
      const rate = f.mentions / f.buildSeconds;
      const cpuRate = f.mentions / f.buildCpuSeconds;
      const namesPerSecond = f.batchNames / f.batchSeconds;
      rows.push([
        String(f.papers),
        String(f.mentions),
        String(f.names),
        `${f.buildSeconds.toFixed(1)} s`,
        `${Math.round(rate)} (${Math.round(cpuRate)} per cpu-s)`,
        `${f.peakMB} MB`,
        `${f.batchNames} (shard 0/${size.shards})`,
        namesPerSecond.toFixed(0),
      ]);
      const buildMinutes = DBLP_MENTIONS / rate / 60;
      measured.push({ mentions: f.mentions, stages: f.stages });
      const stages = extrapolateStages(measured, DBLP_MENTIONS, sizeMB(f.memoryLimit));
      const peakGB = Math.max(...stages.map((s) => s.jsMB + s.restMB)) / 1024;
      const batchMinutes = (DBLP_NAMES * f.scoredShare) / (namesPerSecond * TARGETS.cores) / 60;
      const ok = (yes: boolean): string => (yes ? "meets" : "MISSES");
      verdicts.push(
        `  from ${f.papers} papers: DBLP build ≈ ${buildMinutes.toFixed(0)} min wall (${(DBLP_MENTIONS / cpuRate / 60).toFixed(0)} cpu-min) (${ok(buildMinutes <= TARGETS.buildMinutes)} ≤ ${TARGETS.buildMinutes}), ` +
          // One size gives no slope: the fixed part of the process would be scaled with the rest.
          (measured.length < 2
            ? "peak RSS: needs two sizes, "
            : `peak RSS ≈ ${peakGB.toFixed(1)} GB by stage (${ok(peakGB <= TARGETS.buildGB)} ≤ ${TARGETS.buildGB}), `) +
          `batch of ${Math.round((DBLP_NAMES * f.scoredShare) / 1e3)}k names ≈ ${batchMinutes.toFixed(0)} min on 2 cores (${ok(batchMinutes <= TARGETS.batchMinutes)} ≤ ${TARGETS.batchMinutes})`,
      );
      last = f;
    }
    if (last) stageRows.push(...stageTable(measured, last.memoryLimit, sizes));
    const largest = sizes.at(-1);
    if (inBrowser && largest) {
      console.error(`bench: the app on the ${largest.papers}-paper store…`);
      browser.push("", ...(await inBrowser(join(dir, `store-${largest.papers}`), largest.papers)));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return [
    "Corpus store and batch (generated corpora with colliding names; each step its own process; mentions/s by wall clock, and per CPU-second of all threads):",
    ...formatTable(
      [
        "papers",
        "mentions",
        "names",
        "build:store",
        "mentions/s",
        "peak RSS",
        "batch names",
        "names/s/core",
      ],
      rows,
    ),
    "Extrapolated to all of DBLP (25M mentions, 3.6M names; share with ≥ 2 papers as generated):",
    ...verdicts,
    "",
    ...stageRows,
    ...browser,
  ];
}
