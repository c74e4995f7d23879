// A generated corpus loaded directly (?corpus=) by this build and, alternating in one run, by a
// baseline build (a `dist` of main): the figures issue 10 sets for 100k papers, as medians of cold
// pages. "Usable" is what a curator means by it: the busy name typed the moment the app says it is
// ready is listed, and once chosen its workspace shows; the bench times each step of that from
// navigation, and the longest main-thread task until then.
// Run: npx tsx src/cli/bench/browserCorpusBench.ts [--papers 100000] [--baseline OLD_DIST] [--runs 3]
import { rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { DIST, ensureBuilt, launchChromium, serveStatic } from "../../../scripts/browserHarness";
import { numberOption, parseArgs, runMain } from "../args";
import { OBSERVE_LONG_TASKS, READ_LOAD, type LoadFigures } from "../browserBench";
import { nameRightAfterUsable, STORE_NAME } from "./browserScaleBench";
import { collidingCorpus } from "./collidingCorpus";
import { median } from "./measure";

interface CorpusRun {
  firstFrameMs: number;
  readyMs: number;
  /** Typing the name at ready → its option listed. */
  listedMs: number;
  /** Choosing it → the Worker starts its split; → its workspace drawn. */
  splitMs: number;
  shownMs: number;
  /** Navigation → the chosen name's workspace drawn (ready, listed, shown, and the gaps). */
  nameShownMs: number;
  longestUntilReadyMs: number;
  longestMs: number;
  heapMB: number;
}

export interface CorpusBenchOptions {
  papers?: number;
  baseline?: string;
  runs?: number;
}

export async function runBrowserCorpusBench(options: CorpusBenchOptions = {}): Promise<string[]> {
  ensureBuilt();
  const papers = options.papers ?? 100_000;
  const runs = options.runs ?? 3;
  const file = `bench-${papers}-${process.pid}.json`;
  const body = JSON.stringify({ papers: collidingCorpus({ papers }).papers });
  const builds = [{ dist: DIST, label: "this build" }];
  if (options.baseline) builds.push({ dist: options.baseline, label: "baseline build" });
  const served = await Promise.all(
    builds.map(async (build) => {
      await writeFile(join(build.dist, file), body);
      return { ...build, server: await serveStatic(build.dist), runs: [] as CorpusRun[] };
    }),
  );
  const browser = await launchChromium();
  try {
    for (let run = 0; run < runs; run++) {
      // Alternate which build goes first, so neither always meets the same moment of load.
      const order = run % 2 === 0 ? served : [...served].reverse();
      for (const build of order) {
        console.error(`bench: ${build.label}, run ${run + 1} of ${runs}…`);
        build.runs.push(await corpusRun(browser, `${build.server.url}?corpus=${file}`));
      }
    }
  } finally {
    await browser.close();
    await Promise.all(served.map((build) => build.server.close()));
    await Promise.all(builds.map((build) => rm(join(build.dist, file), { force: true })));
  }
  return [
    `Browser, ${papers} generated papers loaded directly (?corpus=, software WebGL; medians of ${runs} cold pages${options.baseline ? `, alternating with ${options.baseline}` : ""}; load average ${loadavg()[0]!.toFixed(1)} at the end):`,
    ...served.flatMap((build) => corpusLines(build.label, build.runs)),
  ];
}

function corpusLines(label: string, runs: CorpusRun[]): string[] {
  const med = (pick: (r: CorpusRun) => number): number => median(runs.map(pick));
  const s = (ms: number): string => (ms / 1000).toFixed(1);
  const each = (pick: (r: CorpusRun) => number): string => runs.map((r) => s(pick(r))).join(", ");
  return [
    `  ${label}: first frame ${s(med((r) => r.firstFrameMs))} s, ready ${s(med((r) => r.readyMs))} s; "${STORE_NAME.label}" typed at ready: listed ${s(med((r) => r.listedMs))} s later, split started ${s(med((r) => r.splitMs))} s and workspace shown ${s(med((r) => r.shownMs))} s after choosing it`,
    `    its workspace shown ${s(med((r) => r.nameShownMs))} s from navigation (runs ${each((r) => r.nameShownMs)}); longest main-thread task ${med((r) => r.longestUntilReadyMs).toFixed(0)} ms until ready, ${med((r) => r.longestMs).toFixed(0)} ms until the workspace shows; main-thread JS heap ${med((r) => r.heapMB).toFixed(0)} MB`,
  ];
}

async function corpusRun(browser: Browser, url: string): Promise<CorpusRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 300_000 });
    const name = await nameRightAfterUsable(page);
    // Long tasks are reported a little after they end.
    await page.waitForTimeout(500);
    const load = (await page.evaluate(READ_LOAD)) as LoadFigures;
    const tasks = (await page.evaluate("window.__longTasks")) as [number, number][];
    const shownAt = (await page.evaluate(
      `performance.getEntriesByName("name-shown", "mark").at(-1).startTime`,
    )) as number;
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const longest = (until: number): number =>
      Math.max(0, ...tasks.filter(([start]) => start < until).map(([, d]) => d));
    return {
      firstFrameMs: load.firstFrameMs,
      readyMs: load.readyMs,
      ...name,
      nameShownMs: shownAt,
      longestUntilReadyMs: longest(load.readyMs),
      longestMs: longest(shownAt),
      heapMB: (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN) / 1e6,
    };
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runMain(async () => {
    const args = parseArgs(process.argv.slice(2), ["--papers", "--baseline", "--runs"], []);
    const baseline = args.values.get("--baseline");
    const lines = await runBrowserCorpusBench({
      papers: numberOption(args, "--papers", 100_000, { min: 1, integer: true }),
      runs: numberOption(args, "--runs", 3, { min: 1, integer: true }),
      ...(baseline ? { baseline: resolve(baseline) } : {}),
    });
    for (const line of lines) console.log(line);
  });
}
