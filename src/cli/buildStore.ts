// `npm run build:store -- INPUT... -o DIR [--label TEXT]`: streams papers from files or folders in
// any supported format (dblp.xml.gz included) into a corpus store (src/store/layout.ts) that the
// app opens by URL (?store=) and `npm run batch` scores shard by shard.
import { parseArgs } from "node:util";
import { buildStore } from "../store/buildStore";

const USAGE = "usage: npm run build:store -- INPUT... -o DIR [--label TEXT] [--memory 4GB]";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      label: { type: "string" },
      memory: { type: "string" },
    },
  });
  if (positionals.length === 0 || !values.out) {
    console.error(`${positionals.length === 0 ? "no INPUT given" : "no -o DIR given"}; ${USAGE}`);
    process.exit(2);
  }
  if (values.memory !== undefined && !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(values.memory)) {
    console.error(`--memory ${values.memory}: expected a size such as 4GB or 512MB; ${USAGE}`);
    process.exit(2);
  }
  const started = performance.now();
  const manifest = await buildStore(positionals, values.out, {
    label: values.label,
    memoryLimit: values.memory,
    onProgress: (message) => console.error(`build:store: ${message}`),
  });
  const seconds = (performance.now() - started) / 1000;
  // CPU time (all threads, DuckDB's included): on a shared machine the wall time also counts waiting.
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  console.log(
    `${values.out}: ${manifest.papers} papers, ${manifest.mentions} mentions, ${manifest.names} names, ` +
      `${manifest.edges} edges in ${seconds.toFixed(1)} s (cpu ${cpu.toFixed(1)} s) ` +
      `(${Math.round(manifest.mentions / seconds)} mentions/s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
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
