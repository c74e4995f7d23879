// The README's screenshots: builds the app, serves it, and saves docs/overview.png (the whole
// default corpus with the Communities tab) and docs/split-view.png (an ambiguous name split into its
// suggested identities) at 1280×800 in the light theme. Run with `npm run screenshots`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ROOT, ensureBuilt, launchChromium, serveStatic } from "./browserHarness";
import { decodePng, encodeIndexedPng } from "./indexedPng";

const VIEWPORT = { width: 1280, height: 800 };
const DOCS = join(ROOT, "docs");
/** Five people under one name, each with their own co-authors, all found by the suggestion. */
const SPLIT_NAME = "Jianping Wang";
/** Software WebGL draws a frame of the full graph in 0.5–2 s, so "still" is judged slowly. */
const STILL_INTERVAL_MS = 1500;
const STILL_TRIES = 20;

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
  await save(page, "overview.png");
}

async function splitView(browser: Browser, url: string): Promise<void> {
  // Deep links carry the name key, which is lower case.
  const key = encodeURIComponent(SPLIT_NAME.toLowerCase());
  const page = await openPage(browser, `${url}?name=${key}&split=1`);
  await page.locator("#name-heading", { hasText: SPLIT_NAME }).waitFor({ timeout: 60_000 });
  await page.locator(".identity-card").first().waitFor();
  // Folded paper lists let several identity cards share the panel with the split controls.
  await page
    .locator(".identity-card details")
    .evaluateAll((lists) => lists.forEach((list) => ((list as HTMLDetailsElement).open = false)));
  await page.locator("#identities-heading").evaluate((heading) => heading.scrollIntoView());
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

/** Waits until two screenshots in a row match (camera moves and late frames are over). */
async function stillScreenshot(page: Page): Promise<Buffer> {
  await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
  let previous = await page.screenshot();
  for (let i = 0; i < STILL_TRIES; i++) {
    await page.waitForTimeout(STILL_INTERVAL_MS);
    const next = await page.screenshot();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error(
    `the page was still changing after ${(STILL_TRIES * STILL_INTERVAL_MS) / 1000} s; is the layout running?`,
  );
}

async function save(page: Page, file: string): Promise<void> {
  const path = join(DOCS, file);
  const png = encodeIndexedPng(decodePng(await stillScreenshot(page)));
  writeFileSync(path, png);
  console.log(`saved ${path} (${Math.round(png.length / 1024)} KB)`);
  await page.context().close();
}

await main();
