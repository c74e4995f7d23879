// Helpers for the decisions e2e tests: pages that fail the test on any page error, the name panel's
// decision controls, downloads read back as text, and stored records written straight into
// IndexedDB (to test migration and corruption as a browser would hold them).
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { type AppHarness, waitReady } from "./appPage";

export interface TrackedPage {
  page: Page;
  errors: string[];
}

/** Opens the app in `context` (a new one if absent) and records every page error. */
export async function openTracked(
  harness: AppHarness,
  query = "",
  context?: BrowserContext,
): Promise<TrackedPage & { context: BrowserContext }> {
  const ctx =
    context ?? (await harness.browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(harness.server.url + query);
  await waitReady(page);
  return { context: ctx, page, errors };
}

export function expectNoErrors(...pages: TrackedPage[]): void {
  for (const { errors } of pages) expect(errors).toEqual([]);
}

export const heading = (page: Page) => page.locator("#identities-heading");

/** Waits until the split on screen is computed around the decisions (no update pending). */
export async function settled(page: Page): Promise<void> {
  await page.locator("section.identities:not([aria-busy])").waitFor({ timeout: 60_000 });
}

export async function identityCount(page: Page): Promise<number> {
  await settled(page);
  return page.locator("section.identities .identity-card").count();
}

/** Moves the first paper of the `card`-th identity card with the move control. */
export async function movePaper(page: Page, card: number, target: MoveTo): Promise<string> {
  await settled(page);
  const identity = await page
    .locator("section.identities .identity-card")
    .nth(card)
    .getAttribute("data-identity");
  const row = page.locator(`.paper-listbox [role='option'][data-identity='${identity}']`).first();
  const paperId = (await row.getAttribute("data-paper-id"))!;
  await movePaperById(page, paperId, target);
  return paperId;
}

export type MoveTo = "a new identity" | "not this person";

/** Selects just `paperId` in the paper list and moves it with the one move control. */
export async function movePaperById(page: Page, paperId: string, target: MoveTo): Promise<void> {
  await settled(page);
  const clear = page.locator("[data-focus-key='move-clear']");
  if (await clear.isEnabled()) await clear.click();
  // On the title: the middle of a row can be a co-author's name, a link to their name.
  await page
    .locator(`.paper-listbox [role='option'][data-paper-id='${paperId}'] .paper-title`)
    .click();
  await page
    .locator("#move-target")
    .selectOption(target === "a new identity" ? "new" : "unassigned");
  await page.locator("[data-focus-key='move-go']").click();
  await settled(page);
}

export async function historyKinds(page: Page): Promise<string[]> {
  return page
    .locator("#decisions-panel li[data-entry]")
    .evaluateAll((items) =>
      items.map((li) => `${li.getAttribute("data-kind")}:${li.getAttribute("data-status")}`),
    );
}

export async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/** Writes `records` into the app's IndexedDB at `version` (creating the stores that version has). */
export async function seedDatabase(
  page: Page,
  version: 1 | 2,
  store: "reviews" | "decisions",
  records: unknown[],
): Promise<void> {
  await page.evaluate(
    async ({ version, store, records }) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("coauthor-explorer", version);
        open.onupgradeneeded = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("reviews")) {
            db.createObjectStore("reviews", { keyPath: ["corpusId", "nameKey"] }).createIndex(
              "corpusId",
              "corpusId",
            );
          }
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, "readwrite");
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { version, store, records },
  );
}
