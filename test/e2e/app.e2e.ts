// The built app in headless Chromium: search, name panel, split, review persistence, deep links,
// a drawn canvas, and the narrow layout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { movePaper } from "./decisionsPage";
import {
  closeChecked,
  drawnPixelShare,
  openApp,
  searchAndChoose,
  startHarness,
  titlesOf,
  waitReady,
  type AppHarness,
} from "./appPage";

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("co-author explorer", () => {
  it("finds Tom Jacobs by a folded prefix and shows his five papers as one identity", async () => {
    const { context, page } = await openApp(harness);
    await searchAndChoose(page, "tom jaco", "Tom Jacobs");
    const panel = page.locator("#tab-name");
    await expect(panel.locator(".counts").textContent()).resolves.toMatch(/^5 papers/);
    const titles = titlesOf("seed-tom-jacobs-");
    expect(titles).toHaveLength(5);
    const listed = await panel
      .locator("[role='listbox'][aria-label='Papers of Tom Jacobs'] .paper-title")
      .allTextContents();
    expect(listed.sort()).toEqual([...titles].sort());
    await expect(page.locator("#identities-heading").textContent()).resolves.toBe(
      "1 suggested identity",
    );
    await expect(panel.textContent()).resolves.toContain("Exact-name grouping is not identity");
    await context.close();
  });

  it("splits Lei Wang into several identities, shown on its workspace; the toolbar goes back to the network", async () => {
    const { context, page } = await openApp(harness);
    await searchAndChoose(page, "lei wan", "Lei Wang");
    const heading = (await page.locator("#identities-heading").textContent()) ?? "";
    const k = Number(/^(\d+) suggested identities/.exec(heading)?.[1]);
    expect(k).toBeGreaterThanOrEqual(2);
    // The dozen largest identities as cards, the rest folded behind one summary.
    await expect(page.locator(".identity-card").count()).resolves.toBe(Math.min(k, 12));
    await expect(page.locator(".more-identities summary").textContent()).resolves.toMatch(
      new RegExp(`^${k - 12} more identities`),
    );
    await expect(page.locator("#graph-area").getAttribute("data-view")).resolves.toBe("workspace");
    await page.locator("#graph-toolbar button", { hasText: "Workspace" }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("split") === "0");
    await expect(page.locator("#graph-area").getAttribute("data-view")).resolves.toBe("overview");
    await expect(page.locator("[data-metric='b3-f1']").first().textContent()).resolves.toMatch(
      /B³ F1 \d+(\.\d)?%/,
    );
    await closeChecked(context, page);
  });

  it("keeps a moved paper in its new identity after a reload", async () => {
    const { context, page } = await openApp(harness, "?name=tom%20jacobs");
    await page.locator("#identities-heading").waitFor();
    const paperId = await movePaper(page, 0, "a new identity");
    await expect(page.locator(".identity-card").count()).resolves.toBe(2);
    await page.reload();
    await waitReady(page);
    await page.locator("section.identities:not([aria-busy]) .identity-card").nth(1).waitFor();
    const alone = page.locator(`.paper-listbox [role='option'][data-paper-id='${paperId}']`);
    const identity = await alone.getAttribute("data-identity");
    await expect(
      page.locator(`.paper-listbox [role='option'][data-identity='${identity}']`).count(),
    ).resolves.toBe(1);
    await closeChecked(context, page);
  });

  it("restores the selected name, its workspace and resolution from a link, and walks back", async () => {
    const { context, page } = await openApp(harness, "?name=lei%20wang&split=1&resolution=1.5");
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await expect(page.locator("#resolution-slider").inputValue()).resolves.toBe("1.5");
    const workspace = page.locator("#graph-toolbar button", { hasText: "Workspace" });
    await expect(workspace.getAttribute("aria-pressed")).resolves.toBe("true");
    const coauthor = page.locator(".identity-card .top-coauthors .link-button").first();
    const coauthorName = ((await coauthor.textContent()) ?? "").replace(/ \(\d+\)$/, "");
    await coauthor.click();
    await page.locator("#name-heading", { hasText: coauthorName }).waitFor({ timeout: 60_000 });
    await page.goBack();
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await closeChecked(context, page);
  });

  it("draws the network on sigma's WebGL canvases", async () => {
    const { context, page } = await openApp(harness);
    const share = await drawnPixelShare(page);
    expect(share).toBeGreaterThan(0.02);
    await context.close();
  });

  it("collapses the side panel on a narrow window behind a toggle", async () => {
    const { context, page } = await openApp(harness, "", { width: 600, height: 800 });
    const toggle = page.locator("#panel-toggle");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(page.locator("#panel").isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(page.locator("#panel").isVisible()).resolves.toBe(true);
    await context.close();
  });
});
