// Where a cold load of the default corpus spends its time (issue 10): one traced load of the built
// app, printed as a timeline from navigation: the page's and the corpus Worker's user-timing marks,
// every task over 16 ms on the page's main thread and in the Worker (with its largest children),
// and how busy the GPU process was (SwiftShader compiles shaders and draws there; a commit on the
// main thread waits for it). A diagnostic, not a bench: one run, figures vary with the load.
// Run: npx tsx scripts/loadProfile.ts [--no-build | --dist DIR] [--url QUERY] [--keep TRACE.json]
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TraceEvent } from "../src/cli/browserBench";
import { ensureBuilt, launchChromium, serveStatic } from "./browserHarness";

interface Event extends TraceEvent {
  cat?: string;
  args?: { name?: string; data?: { functionName?: string; type?: string; url?: string } };
}

const LONG_US = 16_000;

function what(e: Event): string {
  const data = e.args?.data;
  if (e.name === "FunctionCall" && data?.functionName) return `FunctionCall ${data.functionName}`;
  if (e.name === "EventDispatch" && data?.type) return `EventDispatch ${data.type}`;
  if (e.name === "EvaluateScript" && data?.url)
    return `EvaluateScript ${data.url.split("/").pop()}`;
  return e.name;
}

/** The direct children of `task` among `events` (sorted by start), skipping RunTask wrappers. */
function children(task: Event, events: Event[]): Event[] {
  const end = task.ts + task.dur!;
  const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  const out: Event[] = [];
  let until = -1;
  for (const e of inside) {
    if (e.name === "RunTask" || e.ph !== "X") continue;
    if (e.ts >= until) {
      out.push(e);
      until = e.ts + e.dur!;
    }
  }
  return out;
}

function summarize(path: string): string[] {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: Event[] }).traceEvents;
  const names = new Map(
    events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  const processes = new Map(
    events.filter((e) => e.name === "process_name").map((e) => [e.pid, e.args?.name]),
  );
  const thread = (e: Event): string => names.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")!;
  const nav = events.find(
    (e) => e.pid === main.pid && (e.name === "navigationStart" || e.name === "fetchStart"),
  );
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const at = (ts: number): string => `${((ts - t0) / 1000).toFixed(0).padStart(6)} ms`;
  const lines: string[] = [];
  const timeline: [number, string][] = [];
  for (const e of events) {
    if (e.cat?.includes("blink.user_timing") && (e.ph === "R" || e.ph === "I" || e.ph === "n"))
      timeline.push([e.ts, `mark ${e.name} (${thread(e)})`]);
  }
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    const isTask = e.name === "ThreadControllerImpl::RunTask";
    const name = thread(e);
    const proc = processes.get(e.pid) ?? "";
    if (isTask) {
      const key = `${proc} ${name}`;
      busy.set(key, (busy.get(key) ?? 0) + e.dur / 1000);
    }
    const page = e.pid === main.pid && (name === "CrRendererMain" || name.includes("Worker"));
    if (!isTask || !page || e.dur < LONG_US) continue;
    const mine = events
      .filter((x) => x.pid === e.pid && x.tid === e.tid && x.ph === "X" && x.dur)
      .sort((a, b) => a.ts - b.ts);
    const parts = children(e, mine)
      .filter((c) => c.dur! >= 3000)
      .map((c) => `${what(c)} ${(c.dur! / 1000).toFixed(0)}`)
      .slice(0, 8)
      .join(", ");
    timeline.push([e.ts, `${name} task ${(e.dur / 1000).toFixed(0)} ms: ${parts}`]);
  }
  timeline.sort((a, b) => a[0] - b[0]);
  lines.push("timeline from navigation:", ...timeline.map(([ts, s]) => `  ${at(ts)}  ${s}`));
  lines.push(
    "busy time by thread (tasks, ms):",
    ...[...busy]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)}  ${k}`),
  );
  return lines;
}

async function main(): Promise<void> {
  const dist = process.argv.indexOf("--dist");
  if (dist < 0 && !process.argv.includes("--no-build")) ensureBuilt(true);
  const query = process.argv.indexOf("--url");
  const server = await serveStatic(dist >= 0 ? process.argv[dist + 1] : undefined);
  const browser = await launchChromium();
  const keep = process.argv.indexOf("--keep");
  const trace =
    keep >= 0 ? process.argv[keep + 1]! : join(tmpdir(), `load-profile-${process.pid}.json`);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await browser.startTracing(page, {
      path: trace,
      categories: [
        "toplevel",
        "cc",
        "gpu",
        "viz",
        "blink.user_timing",
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
      ],
    });
    await page.goto(server.url + (query >= 0 ? process.argv[query + 1] : ""));
    await page.waitForSelector("body[data-ready='true']", { timeout: 180_000 });
    await page.waitForTimeout(300);
    await browser.stopTracing();
    const marks = (await page.evaluate(
      `performance.getEntriesByType("mark").map((m) => m.name + " " + m.startTime.toFixed(0))`,
    )) as string[];
    console.log(`page marks (ms from navigation): ${marks.join(", ")}`);
    console.log(summarize(trace).join("\n"));
    await context.close();
  } finally {
    if (keep < 0) await rm(trace, { force: true });
    await browser.close();
    await server.close();
  }
}

await main();
