// Helpers for driving the built app: one server and browser per test file, a fresh context per
// test (so IndexedDB does not leak between cases), and waits on what the app marks as ready.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  ROOT,
  ensureBuilt,
  launchChromium,
  serveStatic,
  type StaticServer,
} from "../../scripts/browserHarness";

export interface AppHarness {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<AppHarness> {
  ensureBuilt();
  const server = await serveStatic();
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenOptions {
  /** Chromium runs this many times slower (CDP), as on a loaded machine. */
  cpuThrottle?: number;
  /** Script run in the page before the app's own (what a test records from the start). */
  initScript?: string;
}

export async function openApp(
  harness: AppHarness,
  query = "",
  viewport = { width: 1280, height: 800 },
  options: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ viewport });
  const page = await context.newPage();
  if (options.cpuThrottle !== undefined) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottle });
  }
  if (options.initScript !== undefined) await page.addInitScript(options.initScript);
  const errors: string[] = [];
  ERRORS.set(page, errors);
  page.on("pageerror", (error) => {
    console.error("page error:", error.message);
    errors.push(error.message);
  });
  await page.goto(harness.server.url + query);
  await waitReady(page);
  return { context, page };
}

const ERRORS = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since `openApp`. */
export function pageErrors(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}

/** Closes the test's context; the test fails if the page threw anything meanwhile. */
export async function closeChecked(context: BrowserContext, page: Page): Promise<void> {
  const errors = [...pageErrors(page)];
  await context.close();
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join("; ")}`);
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector("body[data-ready='true']", { timeout: 90_000 });
}

/** Types into the search box and picks the option whose label is exactly `name`. */
export async function searchAndChoose(page: Page, query: string, name: string): Promise<void> {
  const input = page.locator("#search-input");
  await input.fill(query);
  const option = page.locator("#search-results [role='option']", { hasText: name }).first();
  await option.waitFor();
  await option.click();
  await page.locator("#name-heading", { hasText: name }).waitFor({ timeout: 60_000 });
}

/** Titles of the default corpus's papers whose ids start with `prefix`, read from the data file. */
export function titlesOf(prefix: string): string[] {
  const corpus = JSON.parse(readFileSync(join(ROOT, "data/default-corpus.json"), "utf8")) as {
    papers: { id: string; title: string }[];
  };
  return corpus.papers.filter((p) => p.id.startsWith(prefix)).map((p) => p.title);
}

/**
 * Share of the graph area's pixels that differ from the background, with sigma's 2D label layers
 * hidden so only the WebGL layers (edges, nodes) count. A blank canvas gives 0.
 */
export async function drawnPixelShare(page: Page): Promise<number> {
  await page.addStyleTag({
    content:
      ".sigma-labels, .sigma-hovers, .sigma-edgeLabels, .sigma-mouse, #graph-toolbar { visibility: hidden !important; }",
  });
  // The graph area holds the overview and the name workspace; whichever is on screen counts.
  const png = await page.locator("#graph-area").screenshot();
  return page.evaluate(`(async () => {
    const image = new Image();
    image.src = "data:image/png;base64,${png.toString("base64")}";
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 24) drawn++;
    }
    return drawn / (data.length / 4);
  })()`);
}
