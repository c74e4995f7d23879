// Import throughput, through the one reading pipeline the app and every CLI use (Blob from
// fs.openAsBlob → gzip/encoding sniffing → format → papers): a ≥100 MB DBLP XML dump and a ≥100 MB
// OpenAlex JSON Lines snapshot streamed paper by paper, a 50 MB BibTeX library and a 50 MB Scopus
// CSV export read whole, all seeded and realistic (importBenchFiles.ts), in the temp folder.
// Reports the median of three reads in MB/s against the targets. Run alone:
// npx tsx src/cli/importBench.ts
import { openAsBlob } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCorpusBlob } from "../io/readBlob";

export { generateOpenAlexJsonl } from "./importBenchFiles";
import {
  generateBibtex,
  generateDblpXml,
  generateOpenAlexJsonl,
  generateScopusCsv,
  TARGET_BYTES,
} from "./importBenchFiles";

const RUNS = 3;
const WHOLE_FILE_BYTES = 50 * 1024 * 1024;

interface BenchFile {
  label: string;
  name: string;
  targetMBs: number;
  generate: (path: string) => Promise<number>;
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
  },
  {
    label: "Scopus CSV",
    name: "bench.csv",
    targetMBs: 10,
    generate: (p) => generateScopusCsv(p, WHOLE_FILE_BYTES),
  },
];

/** Median of three reads of the file through the pipeline (the first one warms up the JIT). */
async function timeImport(file: BenchFile, path: string): Promise<string> {
  const bytes = (await stat(path)).size;
  const times: number[] = [];
  let papers = 0;
  for (let run = 0; run < RUNS; run++) {
    papers = 0;
    const started = performance.now();
    const parsed = await readCorpusBlob(await openAsBlob(path), file.name, {
      onPaper: () => papers++,
    });
    papers += parsed.papers.length;
    times.push((performance.now() - started) / 1000);
  }
  const seconds = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const rate = bytes / 1e6 / seconds;
  const verdict = rate >= file.targetMBs ? "ok" : "BELOW TARGET";
  const runs = times.map((t) => (bytes / 1e6 / t).toFixed(1)).join(", ");
  return `import ${file.label}: ${(bytes / 1e6).toFixed(1)} MB, ${papers.toLocaleString("en")} papers in ${seconds.toFixed(2)} s → ${rate.toFixed(1)} MB/s median of ${RUNS} (runs ${runs} MB/s; target ≥ ${file.targetMBs} MB/s) ${verdict}`;
}

export async function runImportBench(): Promise<string[]> {
  const lines: string[] = [];
  for (const file of FILES) {
    const path = join(tmpdir(), `import-bench-${process.pid}-${file.name}`);
    try {
      await file.generate(path);
      lines.push(await timeImport(file, path));
    } finally {
      await rm(path, { force: true });
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runImportBench().then((lines) => console.log(lines.join("\n")));
}
