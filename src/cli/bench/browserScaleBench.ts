// The app on generated corpora of 10k and 100k papers (colliding names) loaded directly by URL
// (?corpus=): navigation → first drawn frame and → usable (search answers), the longest
// main-thread task, and the main thread's JS heap once usable (CDP Performance metrics).
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ensureBuilt, launchChromium, serveStatic } from "../../../scripts/browserHarness";
import { openPage, READ_LOAD, type LoadFigures } from "../browserBench";
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
