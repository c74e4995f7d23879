// The README's screenshots: builds the app, serves it, and saves docs/overview.png (the whole
// default corpus with the Communities tab) and docs/split-view.png (an ambiguous name split into its
// suggested identities) at 1280×800 in the light theme. Run with `npm run screenshots`.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ROOT, ensureBuilt, launchChromium, serveStatic } from "./browserHarness";

const VIEWPORT = { width: 1280, height: 800 };
const DOCS = join(ROOT, "docs");
/** An ambiguous name of the default corpus whose identities sit apart in the network. */
const SPLIT_NAME = "Lei Wang";
/** Software WebGL draws a frame of the full graph in 0.5–2 s; camera moves take several frames. */
const SETTLE_MS = 6000;

async function main(): Promise<void> {
  ensureBuilt(true);
  mkdirSync(DOCS, { recursive: true });
  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    await overview(browser, server.url);
    await splitView(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function overview(browser: Browser, url: string): Promise<void> {
  const page = await openPage(browser, url);
  await page.locator("#tab-button-communities").click();
  await page.locator("#tab-communities .community-list").waitFor();
  await settle(page);
  await save(page, "overview.png");
}

async function splitView(browser: Browser, url: string): Promise<void> {
  const query = `?name=${encodeURIComponent(SPLIT_NAME.toLowerCase())}&split=1`;
  const page = await openPage(browser, url + query);
  await page.locator("#name-heading", { hasText: SPLIT_NAME }).waitFor({ timeout: 60_000 });
  await page.locator(".identity-card").first().waitFor();
  await settle(page);
  // The identity cards sit below the name's notes; bring them to the top of the panel.
  await page.locator("#identities-heading").evaluate((heading) => heading.scrollIntoView());
  await settle(page);
  await save(page, "split-view.png");
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: "light" });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 90_000 });
  return page;
}

/** Waits out the camera animation and the frames after it, with the pointer off the graph. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
  await page.waitForTimeout(SETTLE_MS);
}

async function save(page: Page, file: string): Promise<void> {
  const path = join(DOCS, file);
  await page.screenshot({ path });
  console.log(`saved ${path}`);
}

await main();
