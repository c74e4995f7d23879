// CPU time of Chromium's processes and threads, read from /proc: on a loaded machine wall time
// stretches with everyone else's work, CPU time much less, so A/B figures read it beside the wall
// clock. Samples every thread of the Chromium processes under this Node process. Linux only.
import { readdirSync, readFileSync } from "node:fs";

/** CPU ms so far, keyed "process kind/thread" ("renderer/chromium" is a renderer's main thread). */
export type CpuSample = Map<string, number>;

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return kids;
}

function kindOf(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmd.includes("chrom")) return "";
    return /--type=([\w-]+)/.exec(cmd)?.[1] ?? "browser";
  } catch {
    return "";
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** CPU so far of every thread of Chromium's processes under this one. */
export function sampleCpu(): CpuSample {
  const kids = children();
  const out: CpuSample = new Map();
  const walk = (pid: number): void => {
    const kind = kindOf(pid);
    if (kind)
      for (const tid of safeList(`/proc/${pid}/task`)) {
        try {
          const ns = Number(
            readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0],
          );
          const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim();
          const key = `${kind}/${comm.replace(/\d+$/, "")}`;
          out.set(key, (out.get(key) ?? 0) + ns / 1e6);
        } catch {
          // thread ended
        }
      }
    for (const kid of kids.get(pid) ?? []) walk(kid);
  };
  walk(process.pid);
  return out;
}

/** CPU ms spent between two samples, per key (threads that ended meanwhile are not counted). */
export function cpuSince(after: CpuSample, before: CpuSample): CpuSample {
  const out: CpuSample = new Map();
  for (const [k, v] of after) out.set(k, v - (before.get(k) ?? 0));
  return out;
}

/** The CPU ms of keys starting with `prefix` ("renderer/", "renderer/CrRendererMain"). */
export function cpuOf(sample: CpuSample, prefix: string): number {
  let sum = 0;
  for (const [k, v] of sample) if (k.startsWith(prefix)) sum += v;
  return sum;
}
