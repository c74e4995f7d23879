// The app at any size: a corpus above the overview's drawing budget draws its communities (not its
// authors) and still finds and opens a name; a corpus store opened by URL shows a name fetched by
// range requests, a small part of the store; and the page never receives the corpus from the
// Worker (every message it gets is counted, in items: array and typed-array lengths, strings).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DIST,
  ensureBuilt,
  launchChromium,
  serveStatic,
  type StaticServer,
} from "../../scripts/browserHarness";
import { collidingCorpus } from "../../src/cli/bench/collidingCorpus";
import type { Corpus } from "../../src/core/corpus";
import { nameKey } from "../../src/core/nameKey";
import { buildStore } from "../../src/store/buildStore";
import { drawnPixelShare, searchAndChoose, waitReady } from "./appPage";
import type { Browser } from "playwright-core";

/**
 * Installed before the app: counts what every Worker sends the page (triage progress, which
 * replaces itself, only as the largest message), largest message too.
 */
const COUNT_WORKER_MESSAGES = `
  window.__received = { items: 0, largest: 0 };
  const count = (value, seen) => {
    if (value === null || typeof value !== "object") return 1;
    if (ArrayBuffer.isView(value)) return value.length;
    if (seen.has(value)) return 0;
    seen.add(value);
    let items = 0;
    for (const item of Array.isArray(value) ? value : Object.values(value)) items += count(item, seen);
    return items;
  };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const items = count(event.data, new Set());
        // Triage progress replaces the last one (the top names so far), posted every 500 ms while
        // triage runs: on a busy machine there are more of them, never more data at once.
        if (event.data?.type !== "triage") window.__received.items += items;
        window.__received.largest = Math.max(window.__received.largest, items);
      });
    }
  };
`;

const CORPUS_FILE = "e2e-scale-corpus.json";
const BUDGET = 2000;
const STORE_PREFIX = "/e2e-store/";

let dir: string;
let server: StaticServer;
let browser: Browser;
let corpus: Corpus;
let storeBytes = 0;
let storeSent = 0;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "scale-e2e-"));
  corpus = collidingCorpus({ papers: 3000, seed: 11 });
  const json = JSON.stringify({ papers: corpus.papers });
  await writeFile(join(DIST, CORPUS_FILE), json);
  // The store: build:store's pipeline on a bigger generated file, so its blocks span row groups.
  const storeInput = join(dir, "store-input.json");
  await writeFile(
    storeInput,
    JSON.stringify({ papers: collidingCorpus({ papers: 30_000 }).papers }),
  );
  const manifest = await buildStore([storeInput], join(dir, "store"), { label: "e2e store" });
  storeBytes =
    Object.values(manifest.files ?? {}).reduce((sum, bytes) => sum + bytes, 0) +
    (manifest.parts?.blocks ?? []).reduce((sum, part) => sum + part.bytes, 0);
  server = await serveStatic(DIST, {
    mounts: { [STORE_PREFIX]: join(dir, "store") },
    onSent: (path, bytes) => {
      if (path.startsWith(STORE_PREFIX)) storeSent += bytes;
    },
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(join(DIST, CORPUS_FILE), { force: true });
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(
  query: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(COUNT_WORKER_MESSAGES);
  await page.goto(server.url + query);
  await waitReady(page);
  return { context, page, errors };
}

const received = (page: Page): Promise<{ items: number; largest: number }> =>
  page.evaluate("window.__received") as Promise<{ items: number; largest: number }>;

/** Papers of a name in a corpus, as the name panel counts them. */
const papersOf = (key: string, of: Corpus): number =>
  of.papers.filter((p) => p.authors.some((a) => nameKey(a.name) === key)).length;

describe("a corpus above the overview's budget", () => {
  it("draws its communities, finds a name in the Worker and opens it, never receiving the corpus", async () => {
    const { context, page, errors } = await open(`?corpus=${CORPUS_FILE}&budget=${BUDGET}`);
    await expect(page.locator("#graph").getAttribute("data-overview")).resolves.toBe("communities");
    await expect(drawnPixelShare(page)).resolves.toBeGreaterThan(0.01);
    await searchAndChoose(page, "wei wan", "Wei Wang");
    await expect(page.locator("#tab-name .counts").textContent()).resolves.toMatch(
      new RegExp(`^${papersOf("wei wang", corpus)} papers`),
    );
    const mentions = corpus.papers.reduce((sum, p) => sum + p.authors.length, 0);
    const { items, largest } = await received(page);
    // The whole corpus as columns would be ~3,000 names × 7 + their co-authorships × 3.
    expect(largest).toBeLessThan(BUDGET * 4);
    expect(items).toBeLessThan(mentions);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a community into its busiest authors from the legend, and the page stays usable", async () => {
    const { context, page, errors } = await open(`?corpus=${CORPUS_FILE}&budget=${BUDGET}`);
    const graph = page.locator("#graph");
    await page.waitForFunction(() => document.querySelector("#graph[data-nodes]") !== null);
    const before = Number(await graph.getAttribute("data-nodes"));
    await page.locator("#tabs [role='tab']", { hasText: "Communities" }).click();
    await page.locator("button[data-community='0']").click();
    await page.waitForFunction(
      (n) => Number(document.querySelector("#graph")?.getAttribute("data-nodes")) > n,
      before,
    );
    const after = Number(await graph.getAttribute("data-nodes"));
    expect(after).toBeLessThan(before + 300);
    await searchAndChoose(page, "lei wan", "Lei Wang");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the overview's sigma", () => {
  it("is made while the corpus is read, then draws the overview (one sigma, its pixels on screen)", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The corpus comes late, as a big one does: the page has time to make sigma first.
    await context.route(`**/${CORPUS_FILE}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await page.goto(`${server.url}?corpus=${CORPUS_FILE}&budget=${BUDGET}`);
    await waitReady(page);
    // "adopted": the sigma made early ("warm") draws the corpus; "made": one made on its arrival.
    await expect(page.locator("#graph").getAttribute("data-sigma")).resolves.toBe("adopted");
    // One sigma's layers, not the early one's left under a second.
    await expect(page.locator("#graph canvas.sigma-nodes").count()).resolves.toBe(1);
    await expect(drawnPixelShare(page)).resolves.toBeGreaterThan(0.01);
    await searchAndChoose(page, "wei wan", "Wei Wang");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a corpus store opened by URL", () => {
  it("shows a name fetched by range requests, a small part of the store", async () => {
    storeSent = 0;
    const { context, page, errors } = await open(`?store=${STORE_PREFIX.slice(1)}`);
    await expect(page.locator("#load-text").textContent()).resolves.toMatch(/30,000 papers/);
    await expect(page.locator("#graph").getAttribute("data-overview")).resolves.toBe("communities");
    await expect(drawnPixelShare(page)).resolves.toBeGreaterThan(0.01);
    await searchAndChoose(page, "wei wan", "Wei Wang");
    await page.locator("#identities-heading").waitFor();
    const listed = await page.locator("#tab-name .counts").textContent();
    const papers = Number(/^(\d+) papers/.exec(listed ?? "")?.[1]);
    expect(papers).toBeGreaterThan(50);
    // Its papers come after its workspace, by pages: then the list holds every one, and the
    // quality against the generated corpus's truth is scored on them.
    const heading = page.locator("#all-papers-heading", { hasText: /^All / });
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toBe(`All ${papers} papers`);
    await expect(page.locator(".paper-listbox [role='option']").count()).resolves.toBeGreaterThan(
      5,
    );
    await expect(page.locator("[data-metric='b3-f1']").textContent()).resolves.toMatch(
      /B³ F1 \d+(\.\d)?%/,
    );
    expect(storeBytes).toBeGreaterThan(2_000_000);
    expect(storeSent).toBeLessThan(storeBytes / 5);
    const { largest } = await received(page);
    expect(largest).toBeLessThan(BUDGET * 4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says so when the store's address holds no store", async () => {
    const { context, page, errors } = await openExpectingFailure("?store=no-such-store/");
    await expect(page.locator("#load-text").textContent()).resolves.toMatch(/manifest\.json/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function openExpectingFailure(
  query: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(server.url + query);
  await page.locator("#load-text", { hasText: /manifest/ }).waitFor({ timeout: 30_000 });
  return { context, page, errors };
}
