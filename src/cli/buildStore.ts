// `npm run build:store -- INPUT... -o DIR [--label TEXT]`: streams papers from files or folders in
// any supported format (dblp.xml.gz included) into a corpus store (src/store/layout.ts) that the
// app opens by URL (?store=) and `npm run batch` scores shard by shard.
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BUILD_MEMORY_LIMIT, buildStore } from "../store/buildStore";
import { cutStoreIntoParts } from "../store/keyParts";
import { formatStage } from "../store/stageMemory";

const USAGE = `usage: npm run build:store -- INPUT... -o DIR [--label TEXT] [--memory ${BUILD_MEMORY_LIMIT}]
       npm run build:store -- --cut-parts DIR   (a store built before key-range parts, brought up to date)`;

// The graph is dropped before DuckDB sorts; collecting it then gives its pages back at once instead
// of whenever V8 next needs room (tsx cannot pass --expose-gc, so the flag is set at run time).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      label: { type: "string" },
      memory: { type: "string" },
      "cut-parts": { type: "string" },
    },
  });
  if (values["cut-parts"] !== undefined) {
    const started = performance.now();
    const parts = await cutStoreIntoParts(values["cut-parts"]);
    console.log(
      `${values["cut-parts"]}: blocks in ${parts.length} key-range parts (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return;
  }
  if (positionals.length === 0 || !values.out) {
    console.error(`${positionals.length === 0 ? "no INPUT given" : "no -o DIR given"}; ${USAGE}`);
    process.exit(2);
  }
  if (values.memory !== undefined && !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(values.memory)) {
    console.error(`--memory ${values.memory}: expected a size such as 4GB or 512MB; ${USAGE}`);
    process.exit(2);
  }
  const started = performance.now();
  // Stages reset the kernel's high-water mark (see StageMeter), so the build's peak is the
  // largest stage peak; getrusage's covers the time before the first stage.
  let peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const manifest = await buildStore(positionals, values.out, {
    label: values.label,
    memoryLimit: values.memory,
    afterGraph: collectGarbage,
    onProgress: (message) => console.error(`build:store: ${message}`),
    onStage: (figures) => {
      peakMB = Math.max(peakMB, figures.peakMB);
      console.log(formatStage(figures));
    },
  });
  const seconds = (performance.now() - started) / 1000;
  // CPU time (all threads, DuckDB's included): on a shared machine the wall time also counts waiting.
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  console.log(
    `${values.out}: ${manifest.papers} papers, ${manifest.mentions} mentions, ${manifest.names} names, ` +
      `${manifest.edges} edges in ${seconds.toFixed(1)} s (cpu ${cpu.toFixed(1)} s) ` +
      `(${Math.round(manifest.mentions / seconds)} mentions/s, peak RSS ${Math.max(peakMB, Math.round(process.resourceUsage().maxRSS / 1024))} MB, ` +
      `DuckDB memory_limit ${values.memory ?? BUILD_MEMORY_LIMIT})`,
  );
  for (const note of manifest.notes.slice(0, 20))
    console.error(
      `note: ${note.file}${note.line !== undefined ? `, line ${note.line}` : ""}: ${note.message}`,
    );
}

main().catch((error: unknown) => {
  console.error(`build:store: ${(error as Error).message}`);
  process.exit(1);
});
