// A corpus Worker that fails: the page says what failed, restarts it with the corpus on screen, and
// keeps the open name; queries work again afterwards. The failure is an uncaught error thrown
// inside the real Worker (what a bug or a bad record in the Worker gives).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, searchAndChoose, startHarness, type AppHarness } from "./appPage";

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function crashCorpusWorker(page: Page, message: string): Promise<void> {
  const worker = page.workers().find((w) => /corpusWorker/.test(w.url()));
  if (!worker) throw new Error(`no corpus worker among ${page.workers().map((w) => w.url())}`);
  await worker.evaluate(`setTimeout(() => { throw new Error(${JSON.stringify(message)}); }, 0)`);
}

describe("corpus Worker failure", () => {
  it("is reported, the Worker restarts with the corpus on screen, and the open name stays", async () => {
    const { context, page } = await openApp(harness, "?name=tom%20jacobs");
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.locator("#identities-heading").waitFor();
    const loadText = page.locator("#load-text");

    await crashCorpusWorker(page, "simulated crash");
    await loadText.filter({ hasText: "restarted after: simulated crash" }).waitFor({
      timeout: 60_000,
    });
    await expect(loadText.textContent()).resolves.toMatch(/^Default corpus.*: [\d,]+ papers/);
    await expect(page.locator("#name-heading").textContent()).resolves.toBe("Tom Jacobs");
    await page.locator("#identities-heading").waitFor();

    await searchAndChoose(page, "jianping wa", "Jianping Wang");
    await expect(page.locator("#identities-heading").textContent()).resolves.toMatch(
      /suggested identit/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers Retry when the restarted Worker fails again at once", async () => {
    const { context, page } = await openApp(harness);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const loadText = page.locator("#load-text");
    await crashCorpusWorker(page, "first failure");
    await loadText.filter({ hasText: "restarted after: first failure" }).waitFor({
      timeout: 60_000,
    });
    await crashCorpusWorker(page, "second failure");
    await loadText.filter({ hasText: "The corpus worker stopped (second failure)" }).waitFor();
    const retry = page.locator("#load-retry");
    await expect(retry.isVisible()).resolves.toBe(true);
    await retry.click();
    await loadText.filter({ hasText: "restarted after: second failure" }).waitFor({
      timeout: 60_000,
    });
    await searchAndChoose(page, "tom jaco", "Tom Jacobs");
    expect(errors).toEqual([]);
    await context.close();
  });
});
