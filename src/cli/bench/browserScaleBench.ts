// The app on generated corpora of 10k and 100k papers (colliding names) loaded directly by URL
// (?corpus=): navigation → first drawn frame and → usable (search answers), the longest
// main-thread task, and the main thread's JS heap once usable (CDP Performance metrics).
import { readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ensureBuilt, launchChromium, serveStatic } from "../../../scripts/browserHarness";
import { OBSERVE_LONG_TASKS, openPage, READ_LOAD, type LoadFigures } from "../browserBench";
import { collidingCorpus } from "./collidingCorpus";

const TARGETS_100K = { usableMs: 15_000, heapMB: 300, taskMs: 200 };

export async function runBrowserScaleBench(sizes: number[]): Promise<string[]> {
  ensureBuilt();
  const server = await serveStatic();
  const browser = await launchChromium();
  const lines = [
    "Browser, generated corpora loaded directly (?corpus=, one cold load each, software WebGL):",
  ];
  try {
    for (const papers of sizes) {
      console.error(`bench: browser ${papers} papers…`);
      const file = `bench-${papers}.json`;
      const corpus = collidingCorpus({ papers });
      await writeFile(join(DIST, file), JSON.stringify({ papers: corpus.papers }));
      try {
        const page = await openPage(browser, `${server.url}?corpus=${file}`);
        const figures = (await page.evaluate(READ_LOAD)) as LoadFigures;
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Performance.enable");
        const { metrics } = await cdp.send("Performance.getMetrics");
        const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
        await page.context().close();
        const heapMB = heap / 1e6;
        const verdict =
          papers === 100_000
            ? ` (targets: usable ≤ ${TARGETS_100K.usableMs / 1000} s ${figures.readyMs <= TARGETS_100K.usableMs ? "meets" : "MISSES"}, heap ≤ ${TARGETS_100K.heapMB} MB ${heapMB <= TARGETS_100K.heapMB ? "meets" : "MISSES"}, task ≤ ${TARGETS_100K.taskMs} ms ${figures.longestTaskMs <= TARGETS_100K.taskMs ? "meets" : "MISSES"})`
            : "";
        lines.push(
          `  ${papers} papers: first frame ${(figures.firstFrameMs / 1000).toFixed(1)} s, usable ${(figures.readyMs / 1000).toFixed(1)} s, ` +
            `longest main-thread task ${figures.longestTaskMs.toFixed(0)} ms (${figures.longTasks} long tasks), main-thread JS heap ${heapMB.toFixed(0)} MB${verdict}`,
        );
      } finally {
        await rm(join(DIST, file), { force: true });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

const STORE_PREFIX = "/bench-store/";
/** A name every generated corpus holds many times over (collidingCorpus's busiest surnames). */
const STORE_NAME = { query: "wei wan", label: "Wei Wang" };
const STORE_TARGET_MS = 3000;

/**
 * A corpus store opened by URL (?store=), as a curator opens one: load to usable, then a busy name
 * chosen in the search box until its workspace (the identity cards) is shown; the bytes the page
 * fetched against the store's size, the longest main-thread task and the JS heap.
 */
export async function runBrowserStoreBench(storeDir: string, papers: number): Promise<string[]> {
  ensureBuilt();
  let storeBytes = 0;
  for (const file of await readdir(storeDir)) storeBytes += (await stat(join(storeDir, file))).size;
  let sent = 0;
  const server = await serveStatic(DIST, {
    mounts: { [STORE_PREFIX]: storeDir },
    onSent: (path, bytes) => {
      if (path.startsWith(STORE_PREFIX)) sent += bytes;
    },
  });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${server.url}?store=${STORE_PREFIX.slice(1)}`);
    await page.waitForSelector("body[data-ready='true']", { timeout: 300_000 });
    const load = (await page.evaluate(READ_LOAD)) as LoadFigures;
    const sentAtLoad = sent;
    const input = page.locator("#search-input");
    await input.fill(STORE_NAME.query);
    const option = page
      .locator("#search-results [role='option']", { hasText: STORE_NAME.label })
      .first();
    await option.waitFor({ timeout: 120_000 });
    const chosen = await page.evaluate("performance.now()");
    await option.click();
    await page.locator("#identities-heading").waitFor({ timeout: 300_000 });
    const shownMs = ((await page.evaluate("performance.now()")) as number) - (chosen as number);
    await page.waitForTimeout(500);
    const tasks = (await page.evaluate("window.__longTasks.map(([, d]) => d)")) as number[];
    const counts = (await page.locator("#tab-name .counts").textContent()) ?? "";
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heapMB = (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN) / 1e6;
    await context.close();
    const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
    return [
      `Browser, a ${papers}-paper corpus store opened by URL (?store=, HTTP range requests, software WebGL):`,
      `  usable ${(load.readyMs / 1000).toFixed(1)} s after fetching ${mb(sentAtLoad)} MB of the store's ${mb(storeBytes)} MB; ` +
        `"${STORE_NAME.label}" (${/^[\d,]+ papers/.exec(counts)?.[0] ?? counts}) workspace shown ${(shownMs / 1000).toFixed(2)} s after choosing it ` +
        `(${shownMs <= STORE_TARGET_MS ? "meets" : "MISSES"} ≤ ${STORE_TARGET_MS / 1000} s), ${mb(sent)} MB fetched in all; ` +
        `longest main-thread task ${Math.max(0, ...tasks).toFixed(0)} ms, main-thread JS heap ${heapMB.toFixed(0)} MB`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
