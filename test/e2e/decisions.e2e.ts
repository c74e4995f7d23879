// A curator's decisions in the built app: undo / redo / reset (asked, undoable), history kept over a
// reload, two tabs merging live, a stale tab's export holding both tabs' edits, a conflict shown,
// a corrupt stored record quarantined while the app stays usable, version-1 records migrated, and
// decisions exported from one corpus, previewed and re-applied in another.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/browserHarness";
import { startHarness, waitReady, type AppHarness } from "./appPage";
import {
  downloadText,
  expectNoErrors,
  historyKinds,
  identityCount,
  movePaper,
  movePaperById,
  openTracked,
  seedDatabase,
  settled,
} from "./decisionsPage";

const CORPUS_ID = "default-corpus.json";
const TOM = "?name=tom%20jacobs";
let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function confirm(page: Page, answer: "yes" | "no"): Promise<void> {
  await page.locator(`dialog[open] [data-confirm='${answer}']`).click();
}

async function showReviewTab(page: Page): Promise<void> {
  await page.locator("#tab-button-review").click();
}

/** A tab that misses the other tabs' messages (as a tab asleep in the background would). */
async function staleTab(
  context: Awaited<ReturnType<typeof openTracked>>["context"],
): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, "BroadcastChannel", { value: undefined });
  });
}

describe("decisions", () => {
  it(
    "undoes, redoes, resets only after asking (undoably) and keeps the history over a reload",
    { timeout: 300_000 },
    async () => {
      const tab = await openTracked(harness, TOM);
      const { page } = tab;
      expect(await identityCount(page)).toBe(1);
      await movePaper(page, 0, "a new identity");
      expect(await identityCount(page)).toBe(2);

      await page.locator("body").press("Control+z");
      expect(await identityCount(page)).toBe(1);
      await page.locator("body").press("Control+Shift+z");
      expect(await identityCount(page)).toBe(2);

      await page.locator("#decisions-panel [data-action='reset']").click();
      await confirm(page, "no");
      expect(await identityCount(page)).toBe(2);
      await page.locator("#decisions-panel [data-action='reset']").click();
      await confirm(page, "yes");
      expect(await identityCount(page)).toBe(1);
      await page.locator("#decisions-panel [data-action='undo']").click();
      expect(await identityCount(page)).toBe(2);

      const history = await historyKinds(page);
      expect(history).toEqual([
        "undo:in force",
        "reset:undone",
        "undo:in force",
        "undo:undone",
        "split-off:in force",
      ]);
      await page.reload();
      await waitReady(page);
      expect(await identityCount(page)).toBe(2);
      expect(await historyKinds(page)).toEqual(history);
      expectNoErrors(tab);
      await tab.context.close();
    },
  );

  it("keeps the keyboard on Undo and Redo after pressing them", async () => {
    const tab = await openTracked(harness, TOM);
    const { page } = tab;
    await movePaper(page, 0, "a new identity");
    await movePaper(page, 0, "a new identity");
    expect(await identityCount(page)).toBe(3);
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active?.dataset.focusKey ?? active?.tagName;
      });
    const press = async (action: "undo" | "redo", identities: number) => {
      await page.locator(`#decisions-panel [data-action='${action}']`).focus();
      await page.keyboard.press("Enter");
      expect(await identityCount(page)).toBe(identities);
    };
    // Before, the panel was rebuilt under the pressed button and the focus fell to the body.
    await press("undo", 2);
    await expect.poll(focused).toBe("decisions-undo");
    // Nothing left to undo: the focus moves to the panel's status line.
    await press("undo", 1);
    await expect.poll(focused).toBe("decisions-status");
    await press("redo", 2);
    await expect.poll(focused).toBe("decisions-redo");
    expectNoErrors(tab);
    await tab.context.close();
  });

  it(
    "merges two tabs' edits of one name live, and a stale tab's export holds both",
    { timeout: 300_000 },
    async () => {
      const a = await openTracked(harness, TOM);
      const b = await openTracked(harness, TOM, a.context);
      await movePaper(a.page, 0, "a new identity");
      // B shows A's edit without a reload.
      await b.page
        .locator("#decisions-panel li[data-kind='split-off']")
        .waitFor({ timeout: 30_000 });
      expect(await identityCount(b.page)).toBe(2);
      await movePaper(b.page, 0, "not this person");
      await a.page
        .locator("#decisions-panel li[data-kind='unassign']")
        .waitFor({ timeout: 30_000 });

      // A tab that hears nothing from the others, opened before the next edit.
      const staleContext = a.context;
      await staleTab(staleContext);
      const stale = await openTracked(harness, TOM, staleContext);
      await settled(stale.page);
      await movePaper(a.page, 0, "a new identity");
      await movePaper(stale.page, 1, "not this person");
      expect(
        await stale.page.locator("#decisions-panel li[data-entry]").count(),
      ).toBeGreaterThanOrEqual(3);
      await showReviewTab(stale.page);
      const exported = await downloadText(stale.page, () =>
        stale.page.locator("[data-action='export-json']").click(),
      );
      const file = JSON.parse(exported.text) as {
        names: { nameKey: string; log: { session: string; kind: string }[] }[];
      };
      const log = file.names.find((n) => n.nameKey === "tom jacobs")!.log;
      expect(new Set(log.map((e) => e.session)).size).toBe(3);
      expect(log.map((e) => e.kind).sort()).toEqual([
        "split-off",
        "split-off",
        "unassign",
        "unassign",
      ]);

      await a.page.reload();
      await waitReady(a.page);
      await settled(a.page);
      expect(await a.page.locator("#decisions-panel li[data-entry]").count()).toBe(4);
      expectNoErrors(a, b, stale);
      await a.context.close();
    },
  );

  it(
    "shows a conflict when two tabs place the same paper differently, until one is kept",
    { timeout: 300_000 },
    async () => {
      const a = await openTracked(harness, TOM);
      await staleTab(a.context);
      const b = await openTracked(harness, TOM, a.context);
      const paper = await movePaper(a.page, 0, "a new identity");
      await movePaperById(b.page, paper, "not this person");
      await a.page.reload();
      await waitReady(a.page);
      const conflict = a.page.locator(`#decisions-panel li[data-conflict='${paper}']`);
      await conflict.waitFor({ timeout: 30_000 });
      await conflict.locator("[data-action='keep']").click();
      await a.page.locator("#decisions-panel .conflicts").waitFor({ state: "detached" });
      expectNoErrors(a, b);
      await a.context.close();
    },
  );

  it(
    "quarantines a corrupt stored record: the app becomes ready, that name alone is set aside",
    { timeout: 300_000 },
    async () => {
      const first = await openTracked(harness);
      const header = {
        corpusId: CORPUS_ID,
        at: "2026-01-01T00:00:00.000Z",
        session: "tab-x",
        deps: [],
      };
      await seedDatabase(first.page, 2, "decisions", [
        {
          ...header,
          id: "tab-x.1",
          nameKey: "ajay gupta",
          kind: "move",
          papers: "not a list",
          to: { id: "p" },
          from: [],
        },
        { corpusId: CORPUS_ID, nameKey: "jianping wang", id: "junk", garbage: { groups: "x" } },
      ]);
      await first.page.close();
      const tab = await openTracked(harness, "", first.context);
      await showReviewTab(tab.page);
      await tab.page.locator("[data-quarantined='ajay gupta']").waitFor();
      expect(await tab.page.locator("[data-quarantined]").count()).toBe(2);
      const ajayGupta = tab.page.locator("[data-quarantined='ajay gupta']");
      expect(await ajayGupta.textContent()).toMatch(/\.papers: expected Array/);
      // Every other name works: a decision on Tom Jacobs goes through.
      await tab.page.goto(harness.server.url + TOM);
      await waitReady(tab.page);
      await movePaper(tab.page, 0, "a new identity");
      expect(await identityCount(tab.page)).toBe(2);
      await tab.page.goto(`${harness.server.url}?name=ajay%20gupta`);
      await waitReady(tab.page);
      const notice = tab.page.locator("#decisions-panel [data-quarantine='ajay gupta']");
      await notice.waitFor({ timeout: 60_000 });
      const raw = await downloadText(tab.page, () =>
        notice.locator("[data-action='export-raw']").click(),
      );
      expect(raw.text).toContain("not a list");
      await notice.locator("[data-action='reset-quarantined']").click();
      await confirm(tab.page, "yes");
      await notice.waitFor({ state: "detached" });
      expectNoErrors(tab);
      await tab.context.close();
    },
  );

  it(
    "migrates version-1 review records, and quarantines one that fails its check",
    { timeout: 300_000 },
    async () => {
      const context = await harness.browser.newContext();
      const page = await context.newPage();
      await page.route("**/seed.html", (route) =>
        route.fulfill({ contentType: "text/html", body: "<p>seed</p>" }),
      );
      await page.goto(`${harness.server.url}seed.html`);
      await seedDatabase(page, 1, "reviews", [
        {
          corpusId: CORPUS_ID,
          nameKey: "tom jacobs",
          label: "Tom Jacobs",
          status: "accepted",
          groups: [
            ["seed-tom-jacobs-1", "seed-tom-jacobs-2"],
            ["seed-tom-jacobs-3", "seed-tom-jacobs-4", "seed-tom-jacobs-5"],
          ],
          updatedAt: "2026-01-01T00:00:00.000Z",
        },
        {
          corpusId: CORPUS_ID,
          nameKey: "lei wang",
          label: "Lei Wang",
          status: "edited",
          groups: "oops",
        },
      ]);
      await page.close();
      const tab = await openTracked(harness, TOM, context);
      expect(await identityCount(tab.page)).toBe(2);
      expect(await historyKinds(tab.page)).toEqual(["accept:in force"]);
      await showReviewTab(tab.page);
      await expect(
        tab.page.locator("[data-quarantined='lei wang']").textContent(),
      ).resolves.toContain("groups");
      expectNoErrors(tab);
      await context.close();
    },
  );

  it(
    "exports decisions, previews them in another corpus holding the same papers, applies and undoes",
    { timeout: 300_000 },
    async () => {
      const source = await openTracked(harness, TOM);
      await movePaper(source.page, 0, "a new identity");
      await showReviewTab(source.page);
      const exported = await downloadText(source.page, () =>
        source.page.locator("[data-action='export-json']").click(),
      );
      await source.context.close();

      const tab = await openTracked(harness);
      const { page } = tab;
      await page.locator("#file-input").setInputFiles({
        name: "other-export.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(secondCorpus())),
      });
      await page
        .locator("#load-text", { hasText: /^other-export\.json: / })
        .waitFor({ timeout: 90_000 });
      await waitReady(page);
      await showReviewTab(page);
      await page.locator("#decisions-import").setInputFiles({
        name: "decisions.json",
        mimeType: "application/json",
        buffer: Buffer.from(exported.text),
      });
      const row = page.locator("tr[data-plan='tom jacobs']");
      await row.waitFor();
      expect(await row.getAttribute("data-status")).toBe("added");
      // Nothing changes until confirmed.
      await page.locator("#search-input").fill("tom jaco");
      await page
        .locator("#search-results [role='option']", { hasText: "Tom Jacobs" })
        .first()
        .click();
      expect(await identityCount(page)).toBe(1);
      expect(await page.locator("#decisions-panel li[data-entry]").count()).toBe(0);
      await showReviewTab(page);
      await page.locator("[data-action='confirm-import']").click();
      await page.locator("#tab-button-name").click();
      expect(await identityCount(page)).toBe(2);
      await showReviewTab(page);
      await page.locator("[data-action='undo-import']").click();
      await page.locator("#tab-button-name").click();
      expect(await identityCount(page)).toBe(1);
      expectNoErrors(tab);
      await tab.context.close();
    },
  );

  it("exports the graph as GEXF, GraphML, SVG and PNG", { timeout: 300_000 }, async () => {
    const tab = await openTracked(harness, TOM);
    await showReviewTab(tab.page);
    const click = (format: string) => () =>
      tab.page.locator(`[data-action='export-${format}']`).click();
    const gexf = await downloadText(tab.page, click("gexf"));
    expect(gexf.name).toMatch(/\.gexf$/);
    expect(gexf.text).toMatch(/<gexf[^>]*>[\s\S]*<node /);
    const graphml = await downloadText(tab.page, click("graphml"));
    expect(graphml.text).toMatch(/<graphml[\s\S]*<node id=/);
    const svg = await downloadText(tab.page, click("svg"));
    expect(svg.text).toMatch(/<svg[\s\S]*<circle /);
    const png = await downloadText(tab.page, click("png"));
    expect(png.name).toMatch(/\.png$/);
    expect(png.text.length).toBeGreaterThan(1000);
    expectNoErrors(tab);
    await tab.context.close();
  });
});

/** Tom Jacobs's papers and 200 others under other ids, titles upper-cased. */
function secondCorpus(): { id: string; label: string; papers: unknown[] } {
  const corpus = JSON.parse(readFileSync(join(ROOT, "data/default-corpus.json"), "utf8")) as {
    papers: { id: string; title: string; authors: { name: string }[] }[];
  };
  const seed = corpus.papers.filter((p) => p.id.startsWith("seed-tom-jacobs-"));
  const others = corpus.papers.slice(0, 200);
  return {
    id: "other",
    label: "other export",
    papers: [...others, ...seed].map((p) => ({
      ...p,
      id: `W-${p.id}`,
      title: p.title.toUpperCase(),
    })),
  };
}
