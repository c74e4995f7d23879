// Import throughput, through the one reading pipeline the app and every CLI use (Blob from
// fs.openAsBlob → gzip/encoding sniffing → format → papers): a ≥100 MB DBLP XML dump and a ≥100 MB
// OpenAlex JSON Lines snapshot streamed paper by paper, a 50 MB BibTeX library and a 50 MB Scopus
// CSV export read whole, all seeded and realistic, in the temp folder. Reports the median of three
// reads in MB/s of wall time against the targets, and MB per CPU-second (this machine is shared:
// wall time shrinks when others run, CPU time much less), with peers in the same run: the
// libraries alone (@retorquere/bibtex-parser's own parse, papaparse without our row reading).
// Run alone: npx tsx src/cli/importBench.ts
import { openAsBlob, readFileSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { readCorpusBlob } from "../io/readBlob";
import { generateDblpXml, generateOpenAlexJsonl, TARGET_BYTES } from "./importBenchFiles";
import { generateBibtex, generateScopusCsv } from "./importBenchTables";

export { generateOpenAlexJsonl } from "./importBenchFiles";

const RUNS = 3;
const WHOLE_FILE_BYTES = 50 * 1024 * 1024;
/** What the peers read: the first MB of the file (the BibTeX library's parse runs at ~0.2 MB/s). */
const PEER_BYTES = 1024 * 1024;

interface BenchFile {
  label: string;
  name: string;
  targetMBs: number;
  generate: (path: string) => Promise<number>;
  peer?: { label: string; run: (text: string) => unknown | Promise<unknown> };
}

const FILES: BenchFile[] = [
  {
    label: "DBLP XML",
    name: "bench.xml",
    targetMBs: 50,
    generate: (p) => generateDblpXml(p, TARGET_BYTES),
  },
  {
    label: "OpenAlex JSONL",
    name: "bench.jsonl",
    targetMBs: 30,
    generate: (p) => generateOpenAlexJsonl(p, TARGET_BYTES),
  },
  {
    label: "BibTeX",
    name: "bench.bib",
    targetMBs: 10,
    generate: (p) => generateBibtex(p, WHOLE_FILE_BYTES),
    peer: {
      label: "@retorquere/bibtex-parser alone",
      run: async (text) => {
        const { parse } = await import("@retorquere/bibtex-parser");
        return parse(text.slice(0, text.lastIndexOf("\n@")), {
          english: false,
          sentenceCase: false,
        });
      },
    },
  },
  {
    label: "Scopus CSV",
    name: "bench.csv",
    targetMBs: 10,
    generate: (p) => generateScopusCsv(p, WHOLE_FILE_BYTES),
    peer: { label: "papaparse alone", run: (text) => Papa.parse(text, { delimiter: "," }) },
  },
];

interface Timing {
  wall: number;
  cpu: number;
}

async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median of three reads of the file through the pipeline (the first one warms up the JIT). */
async function timeImport(file: BenchFile, path: string): Promise<string[]> {
  const bytes = (await stat(path)).size;
  const MB = bytes / 1e6;
  const times: Timing[] = [];
  let papers = 0;
  for (let run = 0; run < RUNS; run++) {
    papers = 0;
    times.push(
      await timed(async () => {
        const parsed = await readCorpusBlob(await openAsBlob(path), file.name, {
          onPaper: () => papers++,
        });
        papers += parsed.papers.length;
      }),
    );
  }
  const wall = median(times.map((t) => t.wall));
  const cpu = median(times.map((t) => t.cpu));
  const rate = MB / wall;
  const verdict = rate >= file.targetMBs ? "ok" : "BELOW TARGET";
  const runs = times.map((t) => (MB / t.wall).toFixed(1)).join(", ");
  const lines = [
    `import ${file.label}: ${MB.toFixed(1)} MB, ${papers.toLocaleString("en")} papers in ${wall.toFixed(2)} s → ${rate.toFixed(1)} MB/s median of ${RUNS} (runs ${runs} MB/s; target ≥ ${file.targetMBs} MB/s) ${verdict}; ${(MB / cpu).toFixed(1)} MB per CPU-second`,
  ];
  if (file.peer) {
    const text = readFileSync(path, "utf8").slice(0, PEER_BYTES);
    await file.peer.run(text.slice(0, 20_000)); // loads and warms it
    const t = await timed(async () => file.peer!.run(text));
    lines.push(
      `  peer, ${file.peer.label} on the first ${(text.length / 1e6).toFixed(1)} MB: ${(text.length / 1e6 / t.wall).toFixed(2)} MB/s, ${(text.length / 1e6 / t.cpu).toFixed(2)} MB per CPU-second`,
    );
  }
  return lines;
}

export async function runImportBench(): Promise<string[]> {
  const lines = [
    `import bench (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} on this 2-core machine)`,
  ];
  for (const file of FILES) {
    const path = join(tmpdir(), `import-bench-${process.pid}-${file.name}`);
    try {
      await file.generate(path);
      lines.push(...(await timeImport(file, path)));
    } finally {
      await rm(path, { force: true });
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runImportBench().then((lines) => console.log(lines.join("\n")));
}
