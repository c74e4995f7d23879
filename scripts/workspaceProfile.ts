// Where the name workspace spends its time (issue 9.7): opens Lei Wang in the built app, changes
// the resolution and moves 20 papers, with a Chrome trace (main thread and Worker) and a CPU
// profile of the page; prints per phase the busiest trace events on each thread and the page's
// heaviest functions (self time). A diagnostic, not a bench: one run, figures vary with the load.
// Run: npx tsx scripts/workspaceProfile.ts [--no-build | --dist DIR]  (readable names: build with
// `npx vite build --minify false --outDir DIR`); --timeline lists the tasks of each phase in order;
// --frames lists each frame of a phase and what it held (layout, paint, the commit's canvas
// readbacks, the GPU process's WebGL work); --keep DIR keeps each phase's trace there; --v8 adds
// V8's GC and compiler events and prints the V8 thread pool's CPU by task (JIT compiles, GC sweeps:
// they run beside the page and the Worker); --floor ends with the workspace panned by the mouse
// (camera frames only: no DOM, no Worker) and prints sigma's own cost per frame by thread
import { readFileSync } from "node:fs";
import { copyFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import type { TraceEvent } from "../src/cli/browserBench";
import { ensureBuilt, launchChromium, serveStatic } from "./browserHarness";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const top = (map: Map<string, number>, n: number): string[] =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`);

function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const file = f.url.split("/").pop() ?? "";
    const key = `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`;
    times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

/** Time with the function on the stack (itself and what it called), each function once a sample. */
function totalTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode): string => {
    const f = n.callFrame;
    return `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber + 1}`;
  };
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!;
      if (!node.callFrame.url) continue;
      seen.add(keyOf(node));
    }
    for (const key of seen)
      times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

interface TraceEventFull extends TraceEvent {
  cat?: string;
  /** CPU (thread) time, µs, where the trace recorded it. */
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; type?: string; url?: string } };
}

/** What an event is, for a breakdown line: its name, with the function or event type it ran. */
function what(e: TraceEventFull): string {
  const data = e.args?.data;
  if (e.name === "FunctionCall" && data?.functionName) return `FunctionCall ${data.functionName}`;
  if (e.name === "EventDispatch" && data?.type) return `EventDispatch ${data.type}`;
  return e.name;
}

/** Per thread, the longest tasks of the trace and what they spent their time on (children). */
function traceSummary(path: string): string[] {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEventFull[] })
    .traceEvents;
  const threads = events.filter((e) => e.name === "thread_name");
  const lines: string[] = [];
  for (const wanted of ["CrRendererMain", "DedicatedWorker thread"]) {
    for (const thread of threads.filter((t) => t.args?.name === wanted)) {
      const mine = events
        .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && e.dur)
        .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const tasks = mine.filter((e) => e.name === "ThreadControllerImpl::RunTask");
      if (tasks.length === 0) continue;
      const busy = tasks.reduce((s, t) => s + t.dur!, 0) / 1000;
      lines.push(`  ${wanted}: ${tasks.length} tasks, busy ${busy.toFixed(0)} ms`);
      const totals = new Map<string, number>();
      for (const e of mine)
        if (e.name !== "ThreadControllerImpl::RunTask" && e.name !== "RunTask")
          totals.set(what(e), (totals.get(what(e)) ?? 0) + e.dur! / 1000);
      lines.push("   event totals (nested events counted in each):", ...top(totals, 12));
      for (const task of [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, 4)) {
        const end = task.ts + task.dur!;
        const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
        // Direct children: not inside another event of this task.
        const children: TraceEventFull[] = [];
        const stack: TraceEventFull[] = [];
        for (const e of inside) {
          while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
          if (stack.length <= 1 && (stack.length === 0 || stack[0]!.name === "RunTask"))
            if (e.name !== "RunTask") children.push(e);
          stack.push(e);
        }
        const parts = new Map<string, number>();
        for (const c of children) parts.set(what(c), (parts.get(what(c)) ?? 0) + c.dur! / 1000);
        lines.push(
          `   task ${(task.dur! / 1000).toFixed(0)} ms: ` +
            [...parts]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 6)
              .map(([k, v]) => `${k} ${v.toFixed(0)}`)
              .join(", "),
        );
      }
    }
  }
  return lines;
}

/** A trace's events, and the name of the thread an event ran on. */
function readTrace(path: string): {
  events: TraceEventFull[];
  on: (e: TraceEventFull) => string;
} {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEventFull[] })
    .traceEvents;
  const names = new Map(
    events
      .filter((e) => e.name === "thread_name")
      .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? "?"]),
  );
  return { events, on: (e) => names.get(`${e.pid}:${e.tid}`) ?? "?" };
}

/**
 * The phase in time order: every main-thread and Worker task of 5 ms or more, with its busiest
 * direct parts, and the page's marks and measures, in ms from the first of them.
 */
function timeline(path: string): string[] {
  const { events, on } = readTrace(path);
  const wanted = new Set(["CrRendererMain", "DedicatedWorker thread"]);
  const tasks = events.filter(
    (e) => e.name === "ThreadControllerImpl::RunTask" && e.dur! >= 5_000 && wanted.has(on(e)),
  );
  const marks = events.filter(
    (e) => e.cat?.includes("blink.user_timing") && (e.ph === "R" || e.ph === "I" || e.ph === "b"),
  );
  const rows = [...tasks, ...marks].sort((a, b) => a.ts - b.ts);
  const t0 = rows[0]?.ts ?? 0;
  return rows.map((e) => {
    const at = ((e.ts - t0) / 1000).toFixed(0).padStart(6);
    if (!tasks.includes(e)) return `  ${at} ms  mark ${e.name}`;
    const end = e.ts + e.dur!;
    const parts = new Map<string, number>();
    for (const c of events)
      if (c !== e && c.pid === e.pid && c.tid === e.tid && c.ph === "X" && c.dur! >= 1_000)
        if (c.ts >= e.ts && c.ts + c.dur! <= end && c.name !== "RunTask")
          parts.set(what(c), Math.max(parts.get(what(c)) ?? 0, c.dur! / 1000));
    const top3 = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(", ");
    const thread = on(e) === "CrRendererMain" ? "main  " : "worker";
    return `  ${at} ms  ${thread} task ${(e.dur! / 1000).toFixed(0)} ms: ${top3}`;
  });
}

/**
 * Each main-thread frame (BeginMainFrame) of 5 ms or more: when, how long, and what it held —
 * animation-frame callbacks, style and layout, paint, the commit, and inside the commit the
 * readbacks of WebGL canvases (software compositing copies each canvas drawn since the last frame
 * out of the GPU process) and of 2D canvases; then the GPU process's WebGL work meanwhile.
 */
function frames(path: string): string[] {
  const { events, on } = readTrace(path);
  const spans = events.filter((e) => e.ph === "X" && e.dur);
  const main = spans.filter((e) => on(e) === "CrRendererMain");
  const gpu = spans.filter((e) => on(e) === "CrGpuMain" && e.name === "WebGL");
  const t0 = Math.min(...main.map((e) => e.ts));
  const inside = (list: TraceEventFull[], f: TraceEventFull, name: string): TraceEventFull[] =>
    list.filter((e) => e.name === name && e.ts >= f.ts && e.ts + e.dur! <= f.ts + f.dur!);
  const sum = (list: TraceEventFull[]): string =>
    (list.reduce((s, e) => s + e.dur!, 0) / 1000).toFixed(0);
  /** Outermost events only (a name nested in itself counted once). */
  const outer = (list: TraceEventFull[]): TraceEventFull[] =>
    list.filter(
      (e) =>
        !list.some(
          (o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!,
        ),
    );
  return main
    .filter((e) => e.name === "ProxyMain::BeginMainFrame" && e.dur! >= 5_000)
    .map((f) => {
      const raf = inside(main, f, "FireAnimationFrame");
      const layout = outer(
        inside(main, f, "Document::UpdateStyleAndLayout").concat(
          inside(main, f, "LocalFrameView::RunStyleAndLayoutLifecyclePhases"),
        ),
      );
      const paint = inside(main, f, "LocalFrameView::RunPaintLifecyclePhase");
      const commit = inside(main, f, "Commit");
      const read = inside(main, f, "GLES2::ReadPixels");
      const canvas2d = inside(main, f, "Canvas2DResourceProvider::ProduceCanvasResource");
      const webgl = gpu.filter((e) => e.ts < f.ts + f.dur! && e.ts + e.dur! > f.ts);
      const at = ((f.ts - t0) / 1000).toFixed(0).padStart(6);
      return (
        `  ${at} ms  frame ${(f.dur! / 1000).toFixed(0)} ms: rAF ${raf.length}× ${sum(raf)}, ` +
        `style+layout ${sum(layout)}, paint ${sum(paint)}, commit ${sum(commit)} ` +
        `(WebGL readbacks ${read.length}× ${sum(read)}, 2D canvases ${canvas2d.length}× ${sum(canvas2d)}); ` +
        `GPU process WebGL ${sum(webgl)}`
      );
    });
}

const cpuMs = (list: TraceEventFull[]): number =>
  list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;

/** The renderer's V8 thread pool (Maglev / TurboFan compiles, GC sweeping and marking): CPU ms by task. */
function v8Pool(path: string): string[] {
  const { events, on } = readTrace(path);
  const totals = new Map<string, number>();
  for (const e of events)
    if (e.ph === "X" && on(e) === "ThreadPoolForegroundWorker" && e.name.startsWith("V8."))
      totals.set(e.name, (totals.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
  // Outermost V8 task kinds only (nested phases are counted inside them).
  const kinds = [...totals].filter(([name]) =>
    /Task$|GC_BACKGROUND|GC_MC_BACKGROUND|GC_SCAVENGER_BACKGROUND/.test(name),
  );
  return [
    "  V8 thread pool, CPU ms by task (compiles and GC beside the page and the Worker):",
    ...kinds
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`),
  ];
}

/**
 * Sigma's own cost per frame (the floor every workspace frame pays under software WebGL): frames
 * in which sigma drew and nothing else changed, with the CPU each thread spent per frame, medians.
 */
function floorSummary(path: string): string[] {
  const { events, on } = readTrace(path);
  const spans = events.filter((e) => e.ph === "X" && e.dur);
  const framesDrawn = spans.filter(
    (e) =>
      on(e) === "CrRendererMain" &&
      e.name === "ProxyMain::BeginMainFrame" &&
      spans.some(
        (r) =>
          r.name === "FireAnimationFrame" &&
          r.pid === e.pid &&
          r.tid === e.tid &&
          r.ts >= e.ts &&
          r.ts + r.dur! <= e.ts + e.dur!,
      ),
  );
  if (framesDrawn.length < 2) return ["  floor: fewer than 2 frames drawn"];
  const start = framesDrawn[0]!.ts;
  const end = framesDrawn.at(-1)!.ts + framesDrawn.at(-1)!.dur!;
  const within = (e: TraceEventFull): boolean => e.ts >= start && e.ts + e.dur! <= end;
  const perFrame = (thread: string, name: string): number =>
    cpuMs(spans.filter((e) => on(e) === thread && e.name === name && within(e))) /
    framesDrawn.length;
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const inFrame = (f: TraceEventFull, name: string): number =>
    cpuMs(
      spans.filter(
        (e) =>
          e.name === name &&
          e.pid === f.pid &&
          e.tid === f.tid &&
          e.ts >= f.ts &&
          e.ts + e.dur! <= f.ts + f.dur!,
      ),
    );
  const wall = (end - start) / 1000;
  return [
    `  floor: ${framesDrawn.length} frames drawn by sigma in ${wall.toFixed(0)} ms (${(wall / framesDrawn.length).toFixed(1)} ms apart); CPU ms per frame, medians:`,
    `    renderer main thread: frame ${median(framesDrawn.map((f) => f.tdur! / 1000)).toFixed(1)} (sigma's render in rAF ${median(framesDrawn.map((f) => inFrame(f, "FireAnimationFrame"))).toFixed(1)}, commit ${median(framesDrawn.map((f) => inFrame(f, "Commit"))).toFixed(1)}, of which WebGL readbacks ${median(framesDrawn.map((f) => inFrame(f, "GLES2::ReadPixels"))).toFixed(1)})`,
    `    per frame, means over the run: renderer compositor ${perFrame("Compositor", "ThreadControllerImpl::RunTask").toFixed(1)}, GPU process main (WebGL, SwiftShader) ${perFrame("CrGpuMain", "ThreadControllerImpl::RunTask").toFixed(1)}, display compositor ${perFrame("VizCompositorThread", "ThreadControllerImpl::RunTask").toFixed(1)}`,
  ];
}

/** During the longest Commit on the main thread: the busiest events of every other thread. */
function longCommitContext(path: string): string[] {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEventFull[] })
    .traceEvents;
  const names = new Map(
    events
      .filter((e) => e.name === "thread_name")
      .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? "?"]),
  );
  const commits = events.filter((e) => e.name === "Commit" && e.ph === "X" && e.dur);
  const commit = commits.sort((a, b) => b.dur! - a.dur!)[0];
  if (!commit) return [];
  const end = commit.ts + commit.dur!;
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || !e.dur || e.ts < commit.ts || e.ts + e.dur > end) continue;
    const key = `${names.get(`${e.pid}:${e.tid}`) ?? e.tid} ${what(e)}`;
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  return [
    `  inside the longest Commit (${(commit.dur! / 1000).toFixed(0)} ms):`,
    ...top(totals, 25),
  ];
}

async function phase(
  page: Page,
  cdp: CDPSession | undefined,
  label: string,
  act: () => Promise<void>,
): Promise<void> {
  const trace = join(tmpdir(), `workspace-profile-${process.pid}.json`);
  await page
    .context()
    .browser()!
    .startTracing(page, {
      path: trace,
      categories: [
        "toplevel",
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "blink.user_timing",
        ...(process.argv.includes("--gpu") ||
        process.argv.includes("--frames") ||
        process.argv.includes("--floor")
          ? ["gpu", "cc", "viz"]
          : []),
        ...(process.argv.includes("--v8")
          ? [
              "v8",
              "disabled-by-default-v8.gc",
              "disabled-by-default-v8.compile",
              "disabled-by-default-v8.cpu_profiler",
            ]
          : []),
      ],
    });
  await cdp?.send("Profiler.start");
  const t0 = (await page.evaluate("performance.timeOrigin + performance.now()")) as number;
  await act();
  const t1 = (await page.evaluate("performance.timeOrigin + performance.now()")) as number;
  const profiled = (await cdp?.send("Profiler.stop")) as unknown as
    { profile: CpuProfile } | undefined;
  await page.context().browser()!.stopTracing();
  console.log(`\n== ${label}: ${(t1 - t0).toFixed(0)} ms wall`);
  console.log(traceSummary(trace).join("\n"));
  if (process.argv.includes("--gpu")) console.log(longCommitContext(trace).join("\n"));
  if (process.argv.includes("--timeline")) console.log(timeline(trace).join("\n"));
  if (process.argv.includes("--frames")) console.log(frames(trace).join("\n"));
  if (process.argv.includes("--v8")) console.log(v8Pool(trace).join("\n"));
  if (label.startsWith("floor")) console.log(floorSummary(trace).join("\n"));
  const keep = process.argv.indexOf("--keep");
  if (keep >= 0)
    await copyFile(trace, join(process.argv[keep + 1]!, `${label.replace(/\W+/g, "-")}.json`));
  await rm(trace, { force: true });
  if (profiled) {
    console.log("  page CPU profile, self time:");
    console.log(top(selfTimes(profiled.profile), 22).join("\n"));
    console.log("  page CPU profile, total time (the page's own functions):");
    console.log(top(totalTimes(profiled.profile), 30).join("\n"));
  }
  const measures = (await page.evaluate(
    `performance.getEntriesByType("measure").map((m) => [m.name, m.duration]); `,
  )) as [string, number][];
  await page.evaluate("performance.clearMeasures()");
  if (measures.length > 0)
    console.log("  measures: " + measures.map(([n, d]) => `${n} ${d.toFixed(1)} ms`).join("; "));
}

async function main(): Promise<void> {
  const dist = process.argv.indexOf("--dist");
  if (dist < 0 && !process.argv.includes("--no-build")) ensureBuilt(true);
  const server = await serveStatic(dist >= 0 ? process.argv[dist + 1] : undefined);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 180_000 });
    await page.waitForTimeout(1_500);
    const cdp = process.argv.includes("--cpu") ? await context.newCDPSession(page) : undefined;
    await cdp?.send("Profiler.enable");
    await cdp?.send("Profiler.setSamplingInterval", { interval: 200 });
    await page.evaluate(() => performance.clearMeasures());
    const first = process.argv.indexOf("--first");
    if (first >= 0) {
      // Another name first (the workspace's first show), then Lei Wang as a second one.
      await page.locator("#search-input").fill(process.argv[first + 1]!);
      const other = page.locator("#search-results [role='option']").first();
      await other.waitFor();
      await phase(page, cdp, `open ${process.argv[first + 1]}`, async () => {
        await other.click();
        await page.waitForFunction(() => performance.getEntriesByName("name-shown").length > 0);
        await page.waitForTimeout(400);
      });
      await page.evaluate(() => performance.clearMarks("name-shown"));
    }
    await page.locator("#search-input").fill("lei wan");
    const option = page.locator("#search-results [role='option']", { hasText: "Lei Wang" }).first();
    await option.waitFor();
    await phase(page, cdp, "open Lei Wang", async () => {
      await option.click();
      await page.waitForFunction(() => performance.getEntriesByName("name-shown").length > 0);
      await page.waitForTimeout(400);
    });
    const shown = async (): Promise<number> =>
      (await page.evaluate(`performance.getEntriesByName("details-shown").length`)) as number;
    let before = await shown();
    await phase(page, cdp, "resolution 1 → 1.5", async () => {
      await page.evaluate(
        `(() => { const s = document.querySelector("#resolution-slider"); s.value = "1.5"; s.dispatchEvent(new Event("change", { bubbles: true })); })()`,
      );
      await page.waitForFunction(
        (n) => performance.getEntriesByName("details-shown").length > n,
        before,
      );
      await page.waitForTimeout(400);
    });
    const rows = page.locator(".paper-listbox [role='option']");
    await rows.nth(0).locator(".paper-title").click();
    await page.locator(".paper-listbox").focus();
    for (let i = 0; i < 19; i++) await page.keyboard.press("Shift+ArrowDown");
    await page.locator("#move-target").selectOption("new");
    before = await shown();
    await phase(page, cdp, "move 20 papers to a new identity", async () => {
      await page.locator("[data-focus-key='move-go']").click();
      await page.waitForFunction(
        (n) => performance.getEntriesByName("details-shown").length > n,
        before,
      );
      await page.waitForTimeout(400);
    });
    if (process.argv.includes("--floor")) {
      // Camera frames only: the workspace dragged across, one sigma render per frame.
      const box = (await page.locator("#workspace-graph").boundingBox())!;
      const y = box.y + box.height * 0.8;
      await page.mouse.move(box.x + box.width * 0.3, y);
      await page.waitForTimeout(500);
      await phase(page, cdp, "floor: the workspace panned (sigma frames only)", async () => {
        await page.mouse.down();
        for (let i = 1; i <= 40; i++)
          await page.mouse.move(box.x + box.width * (0.3 + i * 0.01), y, { steps: 1 });
        await page.mouse.up();
        await page.waitForTimeout(300);
      });
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
