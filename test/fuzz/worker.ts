// One fuzz target in a worker thread (run.ts watches it): runs the target and posts its report;
// the number of inputs begun is kept in shared memory for the watchdog.
import { parentPort, workerData } from "node:worker_threads";
import { runTarget } from "./runTarget";
import { fuzzTargets } from "./targets";

const { name, seed, runs, progress } = workerData as {
  name: string;
  seed: number;
  runs: number;
  progress: Int32Array;
};
const target = fuzzTargets.find((t) => t.name === name)!;
const report = await runTarget(target, {
  seed,
  runs,
  onInput: (index) => Atomics.store(progress, 0, index + 1),
});
parentPort!.postMessage(report);
