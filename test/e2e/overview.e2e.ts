// The overview once the app says it is ready: it stays where it is drawn. Under load the page
// around it used to change after its last frame (the header took a second row for the corpus
// summary), sigma kept its old frame until a hover made it draw again, and every node then jumped
// 17 px under the pointer: a click aimed at Lei Wang's disc opened "Bin Zhou".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeChecked, openApp, startHarness, type AppHarness } from "./appPage";
import { clickGraph } from "./graphPixels";
import type { Page } from "playwright-core";

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Records the header's height each time it changes, from the first layout on. */
const HEADER_HEIGHTS = `
  window.__headerHeights = [];
  new MutationObserver((_, observer) => {
    const header = document.querySelector(".app-header");
    if (!header) return;
    observer.disconnect();
    new ResizeObserver(() => window.__headerHeights.push(header.offsetHeight)).observe(header);
  }).observe(document, { childList: true, subtree: true });
`;

const leiWang = (page: Page) =>
  page.evaluate(() => {
    const at = window.coauthorGraphProbe?.overviewNode?.("lei wang");
    if (!at) throw new Error("lei wang is not drawn in the overview");
    return at;
  });

/** Lets sigma draw again as it does on a window resize or the first hover, then two frames. */
async function redraw(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.dispatchEvent(new Event("resize"));
    for (let frame = 0; frame < 2; frame++)
      await new Promise((done) => requestAnimationFrame(done));
  });
}

describe("the overview once ready", () => {
  for (const cpuThrottle of [1, 2]) {
    it(`stays still: Lei Wang's disc read at ready is where sigma draws it and opens Lei Wang (CPU ×${cpuThrottle})`, async () => {
      const { context, page } = await openApp(harness, "", undefined, {
        cpuThrottle,
        initScript: HEADER_HEIGHTS,
      });
      const atReady = await leiWang(page);
      await redraw(page);
      const redrawn = await leiWang(page);
      expect(Math.hypot(redrawn.x - atReady.x, redrawn.y - atReady.y)).toBeLessThan(0.5);
      await clickGraph(page, atReady);
      await page.locator("#name-heading").waitFor({ timeout: 60_000 });
      await expect(page.locator("#name-heading").textContent()).resolves.toBe("Lei Wang");
      const heights = await page.evaluate(
        () => (window as unknown as { __headerHeights: number[] }).__headerHeights,
      );
      expect(new Set(heights).size, `header heights while loading: ${heights.join(", ")}`).toBe(1);
      await closeChecked(context, page);
    }, 240_000);
  }

  it("follows its container at once when the page around it changes after ready", async () => {
    const { context, page } = await openApp(harness);
    const before = await leiWang(page);
    // Another row in the header, as a longer status or an import note once made: no redraw asked.
    await page.evaluate(() => {
      const row = document.createElement("div");
      row.style.cssText = "flex-basis: 100%; height: 40px";
      document.querySelector(".app-header")!.append(row);
    });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    );
    const moved = await leiWang(page);
    expect(Math.hypot(moved.x - before.x, moved.y - before.y)).toBeGreaterThan(1);
    await redraw(page);
    const redrawn = await leiWang(page);
    expect(Math.hypot(redrawn.x - moved.x, redrawn.y - moved.y)).toBeLessThan(0.5);
    await closeChecked(context, page);
  });
});
