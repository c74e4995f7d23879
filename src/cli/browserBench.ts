// Browser figures on the built app in headless Chromium: for the default corpus, navigation → first
// drawn frame, → ready, the longest main-thread task during load (PerformanceObserver "longtask"),
// and, from a Chrome trace, how much of that task was the compositor waiting for the software GPU
// to read back sigma's WebGL canvases; the JS bundle size gzip; and the longest main-thread task
// while a 20 MB OpenAlex JSON Lines file is imported through the file picker.
// Run alone: npx tsx src/cli/browserBench.ts
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { DIST, ensureBuilt, launchChromium, serveStatic } from "../../scripts/browserHarness";
import { generateOpenAlexJsonl } from "./importBench";

const RUNS = 3;
const IMPORT_BYTES = 20 * 1024 * 1024;
const TARGETS = { firstFrameMs: 1000, longTaskMs: 100, bundleKb: 250 };

export interface LoadFigures {
  graphReceivedMs: number;
  firstFrameMs: number;
  readyMs: number;
  longestTaskMs: number;
  longTasks: number;
}

interface ImportFigures {
  fileMB: number;
  readMs: number;
  shownMs: number;
  longestWhileReadingMs: number;
  longestUntilShownMs: number;
}

/** Installed before any page script: records long tasks from navigation on. */
export const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
`;

// Strings, not functions: tsx's name helpers do not exist in the page.
export const READ_LOAD = `(() => {
  const mark = (name) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? NaN;
  const tasks = window.__longTasks.map(([, d]) => d);
  return {
    graphReceivedMs: mark("graph-received"),
    firstFrameMs: mark("first-frame"),
    readyMs: mark("app-ready"),
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
    longTasks: tasks.length,
  };
})()`;

const READ_IMPORT = `(() => {
  const mark = (name) => performance.getEntriesByName(name, "mark").at(-1)?.startTime ?? NaN;
  const start = mark("import-start");
  const parsed = mark("import-parsed");
  const shown = mark("app-ready");
  const longest = (from, to) => Math.max(0, ...window.__longTasks
    .filter(([s, d]) => s + d > from && s < to).map(([, d]) => d));
  return {
    readMs: parsed - start,
    shownMs: shown - start,
    longestWhileReadingMs: longest(start, parsed),
    longestUntilShownMs: longest(start, shown),
  };
})()`;

/** Gzip size of every JS file the build emits (main bundle, app chunk, Workers). */
function bundleSizes(): { file: string; bytes: number; gzip: number }[] {
  const assets = join(DIST, "assets");
  return readdirSync(assets)
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 120_000 });
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(500);
  return page;
}

async function measureLoads(browser: Browser, url: string): Promise<LoadFigures[]> {
  const figures: LoadFigures[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await openPage(browser, url);
    figures.push((await page.evaluate(READ_LOAD)) as LoadFigures);
    await page.context().close();
  }
  return figures;
}

/** One event of a Chrome trace (`traceEvents`), as the benches read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * One traced load: the longest main-thread task, and the part of it spent in compositor commits
 * waiting for the GPU process (software WebGL reads every canvas back on each frame).
 */
export async function traceLoad(
  browser: Browser,
  url: string,
  timeout = 120_000,
): Promise<{ longestMs: number; waitingMs: number; longestOwnMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const path = join(tmpdir(), `browser-bench-trace-${process.pid}.json`);
  await browser.startTracing(page, {
    path,
    categories: [
      "toplevel",
      "cc",
      "gpu",
      "devtools.timeline",
      "disabled-by-default-devtools.timeline",
    ],
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout });
  await browser.stopTracing();
  await context.close();
  const longest = longestMainThreadTask(path);
  await rm(path, { force: true });
  return longest;
}

/**
 * From a Chromium trace file: the longest main-thread task, the compositor-commit time inside it
 * (software WebGL reads every canvas back from the GPU process in a commit, a wait no page code
 * controls), and the longest task once such waits are taken out.
 */
export function longestMainThreadTask(path: string): {
  longestMs: number;
  waitingMs: number;
  longestOwnMs: number;
} {
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur,
  );
  const tasks = onMain.filter((e) => e.name === "ThreadControllerImpl::RunTask");
  const commits = onMain.filter((e) => e.name === "Commit");
  let longest = { longestMs: 0, waitingMs: 0, longestOwnMs: 0 };
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const waiting = commits
      .filter((c) => c.ts >= task.ts && c.ts + c.dur! <= end)
      .reduce((sum, c) => sum + c.dur!, 0);
    const ms = task.dur! / 1000;
    if (ms > longest.longestMs) longest = { ...longest, longestMs: ms, waitingMs: waiting / 1000 };
    longest.longestOwnMs = Math.max(longest.longestOwnMs, (task.dur! - waiting) / 1000);
  }
  return longest;
}

async function measureImport(browser: Browser, url: string): Promise<ImportFigures> {
  const file = join(tmpdir(), `browser-bench-${process.pid}.jsonl`);
  try {
    const bytes = await generateOpenAlexJsonl(file, IMPORT_BYTES);
    const page = await openPage(browser, url);
    await page.locator("#file-input").setInputFiles(file);
    await page
      .locator("#load-text", { hasText: /^browser-bench-\d+\.jsonl: [\d,]+ papers/ })
      .waitFor({ timeout: 300_000 });
    await page.waitForSelector("body[data-ready='true']", { timeout: 300_000 });
    await page.waitForTimeout(500);
    const figures = (await page.evaluate(READ_IMPORT)) as Omit<ImportFigures, "fileMB">;
    await page.context().close();
    return { fileMB: bytes / 1e6, ...figures };
  } finally {
    await rm(file, { force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const verdict = (ok: boolean): string => (ok ? "meets" : "MISSES");
const ms = (value: number): string => `${value.toFixed(0)} ms`;

export async function runBrowserBench(): Promise<string[]> {
  ensureBuilt(true);
  const bundles = bundleSizes();
  const totalGzip = bundles.reduce((sum, b) => sum + b.gzip, 0);
  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    const loads = await measureLoads(browser, server.url);
    const traced = await traceLoad(browser, server.url);
    const imported = await measureImport(browser, server.url);
    const med = (pick: (f: LoadFigures) => number): number => median(loads.map(pick));
    const firstFrame = med((f) => f.firstFrameMs);
    const worst = Math.max(...loads.map((f) => f.longestTaskMs));
    return [
      `Browser: built app, headless Chromium with software WebGL (SwiftShader), 1280×800, default corpus, ${RUNS} cold loads (medians):`,
      `  navigation → graph data on the main thread: ${ms(med((f) => f.graphReceivedMs))}`,
      `  navigation → first drawn frame presented: ${ms(firstFrame)} (runs ${loads.map((f) => f.firstFrameMs.toFixed(0)).join(", ")}; target ≤ ${TARGETS.firstFrameMs} ms: ${verdict(firstFrame <= TARGETS.firstFrameMs)})`,
      `  navigation → ready (search and saved reviews in): ${ms(med((f) => f.readyMs))}`,
      `  longest main-thread task during load: ${ms(worst)} (long tasks per load: ${loads.map((f) => f.longTasks).join(", ")}; target ≤ ${TARGETS.longTaskMs} ms: ${verdict(worst <= TARGETS.longTaskMs)})`,
      `  traced load: longest task ${ms(traced.longestMs)}, of which ${ms(traced.waitingMs)} in compositor commits waiting for the GPU readback; longest task without that wait: ${ms(traced.longestOwnMs)}`,
      `  JS bundle gzip: ${(totalGzip / 1024).toFixed(1)} KB in all (target ≤ ${TARGETS.bundleKb} KB: ${verdict(totalGzip / 1024 <= TARGETS.bundleKb)})`,
      ...bundles.map(
        (b) =>
          `    ${b.file}: ${(b.gzip / 1024).toFixed(1)} KB gzip (${(b.bytes / 1024).toFixed(0)} KB raw)`,
      ),
      `Browser import of a ${imported.fileMB.toFixed(1)} MB OpenAlex JSON Lines file through the file picker:`,
      `  read and parsed in the import Worker: ${ms(imported.readMs)}; new corpus drawn and ready: ${ms(imported.shownMs)}`,
      `  longest main-thread task while reading: ${ms(imported.longestWhileReadingMs)} (target ≤ ${TARGETS.longTaskMs} ms: ${verdict(imported.longestWhileReadingMs <= TARGETS.longTaskMs)}); until the new corpus is shown: ${ms(imported.longestUntilShownMs)}`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runBrowserBench()) console.log(line);
}
