// npm run fuzz [-- --long] [--seed N] [--runs N] [--target NAME]
// Runs every fuzz target (targets.ts) on seeded inputs and prints one line per target: inputs,
// read, refused, median and max time, largest output/input ratio, failures with the input. The
// default is a quick run (2,000 inputs each); --long feeds 100,000 inputs to each target. Each
// target runs in its own worker thread with a watchdog, so an input that hangs is reported with
// its index (regenerate it from the seed) instead of hanging the run.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { formatReport, type FuzzReport } from "./runTarget";
import { fuzzTargets } from "./targets";

const HANG_MS = 30_000;
/** Starting a worker (tsx, every importer, the TeX library's warm-up) on a busy machine. */
const START_MS = 180_000;

const { values } = parseArgs({
  options: {
    long: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    runs: { type: "string" },
    target: { type: "string", multiple: true },
  },
});
const seed = Number(values.seed);
const runs = Number(values.runs ?? (values.long ? 100_000 : 2_000));
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    "usage: npm run fuzz [-- --long] [--seed N (integer)] [--runs N (≥ 1)] [--target NAME …]",
  );
  process.exit(2);
}
const names = fuzzTargets
  .map((t) => t.name)
  .filter((n) => !values.target || values.target.some((t) => n.includes(t)));

function runInWorker(name: string): Promise<FuzzReport> {
  return new Promise((resolve) => {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL("./workerBoot.mjs", import.meta.url), {
      workerData: { name, seed, runs, progress },
    });
    let last = -1;
    let quietSince = performance.now();
    const watchdog = setInterval(() => {
      const now = Atomics.load(progress, 0);
      if (now !== last) {
        last = now;
        quietSince = performance.now();
      } else if (performance.now() - quietSince > (now === 0 ? START_MS : HANG_MS)) {
        clearInterval(watchdog);
        void worker.terminate();
        resolve({
          target: name,
          inputs: Math.max(0, now - 1),
          accepted: 0,
          refused: 0,
          medianMs: 0,
          maxMs: HANG_MS,
          maxRatio: 0,
          failures: [
            {
              property: "slow",
              index: now,
              message: `no answer for ${HANG_MS / 1000} s (regenerate with batchInputs(target, ${seed}, ${Math.floor((now - 1) / 500)})[${(now - 1) % 500}])`,
              input: "",
              inputLength: 0,
            },
          ],
        });
      }
    }, 1000);
    worker.on("message", (report: FuzzReport) => {
      clearInterval(watchdog);
      resolve(report);
    });
    worker.on("error", (error) => {
      clearInterval(watchdog);
      resolve({
        target: name,
        inputs: Atomics.load(progress, 0),
        accepted: 0,
        refused: 0,
        medianMs: 0,
        maxMs: 0,
        maxRatio: 0,
        failures: [
          {
            property: "foreign exception",
            index: Atomics.load(progress, 0),
            message: `worker died: ${error.message}`,
            input: "",
            inputLength: 0,
          },
        ],
      });
    });
  });
}

const started = performance.now();
console.log(`fuzz: ${names.length} targets × ${runs.toLocaleString("en")} inputs, seed ${seed}`);
const queue = [...names];
const reports: FuzzReport[] = [];
await Promise.all(
  Array.from({ length: Math.max(1, Math.min(2, availableParallelism())) }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const report = await runInWorker(name);
      reports.push(report);
      console.log(formatReport(report));
    }
  }),
);
const failures = reports.reduce((sum, r) => sum + r.failures.length, 0);
const inputs = reports.reduce((sum, r) => sum + r.inputs, 0);
console.log(
  `fuzz: ${inputs.toLocaleString("en")} inputs in ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
    `${failures === 0 ? "no failures" : `${failures} failures`} (properties: only own errors; < 100 KB in < 1 s; output ≤ 12× input + 20,000; ids unique, ≥ 1 author, plausible years)`,
);
process.exitCode = failures === 0 ? 0 : 1;
