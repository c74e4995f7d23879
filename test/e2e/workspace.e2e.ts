// The name workspace in the built app: the open name drawn as its identities (pixels of their
// colours on the canvas), identity nodes and cards pointing at each other, selection of papers,
// Escape back to the overview, and the curator bugs of issue 9 (each pinned by a case here).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeChecked,
  drawnPixelShare,
  openApp,
  searchAndChoose,
  startHarness,
  type AppHarness,
} from "./appPage";
import { clickGraph, coloursPresent, overviewNode, workspaceIdentities } from "./graphPixels";

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const NEUTRAL = "#a3a8ae";

describe("name workspace", () => {
  it("draws the open name's identity nodes in their colours", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await expect(page.locator("#graph-area").getAttribute("data-view")).resolves.toBe("workspace");
    await page.waitForTimeout(500);
    // Jianping Wang is five people in the labels; the suggestion has several identities.
    const names = await page.locator(".identity-card h4").allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(3);
    const identities = await workspaceIdentities(page);
    expect(identities).toHaveLength(names.length);
    const coloured = identities.filter((i) => i.colour.toLowerCase() !== NEUTRAL);
    expect(coloured.length).toBeGreaterThanOrEqual(3);
    expect(await coloursPresent(page, coloured)).toEqual(coloured.map(() => true));
    // One card per identity, named by content, not by number.
    for (const name of names) expect(name).toMatch(/^Jianping Wang · .+ · \d{4}(–\d{4})?$/);
    await closeChecked(context, page);
  });

  it("clicking an identity node in split view lights its card, and the panel never hangs on Splitting…", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang&split=1");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const second = (await workspaceIdentities(page))[1]!;
    await clickGraph(page, second);
    const card = page.locator(`.identity-card.focused[data-identity="${second.key}"]`);
    await card.waitFor({ timeout: 5_000 });
    await page.waitForTimeout(1_000);
    await expect(page.locator("#name-step").count()).resolves.toBe(0);
    await expect(page.locator("#name-heading").textContent()).resolves.toBe("Jianping Wang");
    await closeChecked(context, page);
  });

  it("hovering an identity's card lights it in the graph and fades the others", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const [first, second] = await workspaceIdentities(page);
    // Empty layers stay out of the layout (software compositing reads back every canvas drawn);
    // the hover layers come in while something is lit, as the lit node is drawn on them.
    const layers = (): Promise<string[]> =>
      page.evaluate(() =>
        [".sigma-edgeLabels", ".sigma-hovers", ".sigma-hoverNodes"].map(
          (layer) => getComputedStyle(document.querySelector(`#workspace-graph ${layer}`)!).display,
        ),
      );
    await expect(layers()).resolves.toEqual(["none", "none", "none"]);
    await page.locator(`.identity-card[data-identity="${first!.key}"]`).hover();
    await page.waitForTimeout(300);
    const faded = "#e6e8eb";
    expect(await coloursPresent(page, [{ ...second!, colour: faded }, first!])).toEqual([
      true,
      true,
    ]);
    await expect(layers()).resolves.toEqual(["none", "block", "block"]);
    await closeChecked(context, page);
  });

  it("Escape goes back from a focused identity to the name, then to the overview and the search box", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    // From the keyboard, as a curator does: the card's title button keeps the focus.
    await page.locator(".identity-card .card-title").first().click();
    await page.locator(".identity-card.focused").waitFor();
    await page.keyboard.press("Escape");
    await expect(page.locator(".identity-card.focused").count()).resolves.toBe(0);
    await page.keyboard.press("Escape");
    await expect(page.locator("#graph-area").getAttribute("data-view")).resolves.toBe("overview");
    await page.locator("#tab-name h2", { hasText: "No name selected" }).waitFor();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("name"));
    // The button went with the name's panel; the keyboard lands where the next name is found
    // (before, on the page body).
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-input");
    await closeChecked(context, page);
  });

  it("selects papers by click, shift-click range, a whole identity and a filter", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    const count = page.locator("#move-count");
    const rows = page.locator(".paper-listbox [role='option']");
    await rows.nth(0).click();
    await expect(count.textContent()).resolves.toBe("1 paper selected");
    await rows.nth(3).click({ modifiers: ["Shift"] });
    await expect(count.textContent()).resolves.toBe("4 papers selected");
    await expect(page.locator(".paper-listbox [aria-selected='true']").count()).resolves.toBe(4);
    await page.locator("button", { hasText: "Clear selection" }).click();
    await page
      .locator(".identity-card")
      .nth(1)
      .locator("button", { hasText: /^Select its/ })
      .click();
    await expect(count.textContent()).resolves.toMatch(/^\d+ papers? selected$/);
    await page.locator("button", { hasText: "Clear selection" }).click();
    await page.locator(".filters summary").click();
    await page.locator("#filter-year").selectOption({ index: 1 });
    const shown = page.locator("button", { hasText: /^Select the \d+ papers? shown$/ });
    const n = Number(/(\d+)/.exec((await shown.textContent()) ?? "")?.[1]);
    await shown.click();
    await expect(count.textContent()).resolves.toBe(`${n} paper${n === 1 ? "" : "s"} selected`);
    // Keyboard: the list is one tab stop; Space toggles, Shift+Down extends, Escape clears.
    await page.locator(".paper-listbox").focus();
    await page.keyboard.press("Escape");
    await expect(count.textContent()).resolves.toBe("No paper selected");
    await page.keyboard.press("Space");
    await page.keyboard.press("Shift+ArrowDown");
    await expect(count.textContent()).resolves.toBe("2 papers selected");
    await closeChecked(context, page);
  });
});

describe("review actions on a big name (the panel updates what changed)", () => {
  it("a resolution change marks the split busy at once and shows the new split when it comes", async () => {
    const { context, page } = await openApp(harness, "?name=lei+wang");
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await settled(page);
    const before = await page.locator("#identities-heading").textContent();
    // Read in the same task as the change: the Worker's answer cannot have come yet.
    const busy = await page.evaluate(`(() => {
      const slider = document.querySelector("#resolution-slider");
      slider.value = "2.5";
      slider.dispatchEvent(new Event("change", { bubbles: true }));
      const section = document.querySelector("section.identities");
      return [section.getAttribute("aria-busy"), section.querySelector(".status-line").textContent];
    })()`);
    expect(busy).toEqual(["true", "Splitting again at resolution 2.5…"]);
    await settled(page);
    await expect(page.locator("#resolution-slider").inputValue()).resolves.toBe("2.5");
    await expect(
      page.locator("section.identities .status-line").textContent(),
    ).resolves.not.toMatch(/Splitting again/);
    // More identities at a higher resolution (Lei Wang splits further), from the new answer.
    const count = (text: string | null): number => Number(/^(\d+)/.exec(text ?? "")?.[1]);
    const after = await page.locator("#identities-heading").textContent();
    expect(count(after)).toBeGreaterThan(count(before));
    await closeChecked(context, page);
  });

  it("filters combine, keep their menus' values, and clear back to every paper", async () => {
    const { context, page } = await openApp(harness, "?name=lei+wang");
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await settled(page);
    const heading = page.locator("#all-papers-heading");
    await expect(heading.textContent()).resolves.toBe("All 308 papers");
    await page.locator(".filters summary").click();
    await page.locator("#filter-year").selectOption({ index: 1 });
    const year = await page.locator("#filter-year").inputValue();
    const byYear = Number(/^(\d+)/.exec((await heading.textContent()) ?? "")?.[1]);
    expect(byYear).toBeGreaterThan(0);
    expect(byYear).toBeLessThan(308);
    await page.locator("#filter-venue").selectOption({ index: 1 });
    const both = Number(/^(\d+)/.exec((await heading.textContent()) ?? "")?.[1]);
    expect(both).toBeLessThanOrEqual(byYear);
    // The year menu still says the year chosen before the venue.
    await expect(page.locator("#filter-year").inputValue()).resolves.toBe(year);
    // The list shows papers exactly when the combination has some (it may have none).
    const listed = await page.locator(".paper-listbox [role='option']").count();
    expect(listed > 0).toBe(both > 0);
    await page.locator("button", { hasText: "Show all papers" }).click();
    await expect(heading.textContent()).resolves.toBe("All 308 papers");
    await expect(page.locator("#filter-year").inputValue()).resolves.toBe("");
    await expect(page.locator("#filter-venue").inputValue()).resolves.toBe("");
    await expect(page.locator("button", { hasText: "Show all papers" }).isVisible()).resolves.toBe(
      false,
    );
    await closeChecked(context, page);
  });
});

/** Waits until the split on screen is computed around the latest decision. */
async function settled(page: Page): Promise<void> {
  await page.locator("section.identities:not([aria-busy])").waitFor({ timeout: 90_000 });
}

/** Every paper of the (virtualised) list: id → identity and whether it is selected, read by scrolling through it. */
async function listedPapers(
  page: Page,
): Promise<Map<string, { identity: string; selected: boolean }>> {
  return new Map(
    await page.evaluate(`(async () => {
      const list = document.querySelector(".paper-listbox");
      const seen = new Map();
      list.scrollTop = 0;
      for (let guard = 0; guard < 500; guard++) {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (const o of list.querySelectorAll("[role='option']"))
          seen.set(o.dataset.paperId, { identity: o.dataset.identity, selected: o.getAttribute("aria-selected") === "true" });
        if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
        list.scrollTop += list.clientHeight * 0.8;
      }
      list.scrollTop = 0;
      return [...seen.entries()];
    })()`),
  );
}

async function identitiesOf(page: Page, paperIds: string[]): Promise<Set<string>> {
  const listed = await listedPapers(page);
  return new Set(paperIds.map((id) => listed.get(id)?.identity ?? "missing"));
}

describe("moves", () => {
  it("bulk-moves 20 papers of Lei Wang to a new identity; the move holds at another resolution", async () => {
    const { context, page } = await openApp(harness, "?name=lei+wang");
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await settled(page);
    const rows = page.locator(".paper-listbox [role='option']");
    await rows.nth(0).click();
    await page.locator(".paper-listbox").focus();
    for (let i = 0; i < 19; i++) await page.keyboard.press("Shift+ArrowDown");
    await expect(page.locator("#move-count").textContent()).resolves.toBe("20 papers selected");
    const before = await listedPapers(page);
    const moved = [...before].filter(([, p]) => p.selected).map(([id]) => id);
    expect(moved).toHaveLength(20);
    const previous = new Set([...before.values()].map((p) => p.identity));
    await page.locator("#move-target").selectOption("new");
    const go = page.locator("[data-focus-key='move-go']");
    await go.click();
    await settled(page);
    // One identity holds the twenty papers and nothing else.
    const together = await identitiesOf(page, moved);
    expect(together.size).toBe(1);
    // …and it is a new person, none of the identities shown before the move.
    const [identity] = [...together];
    expect(previous.has(identity!)).toBe(false);
    // The keyboard stays on the Move button, not on the page body.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute("data-focus-key")),
    ).resolves.toBe("move-go");
    // Another resolution: the engine recomputes around the decision and the twenty stay one person.
    await page.locator("#resolution-slider").fill("2");
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get("resolution") === "2",
    );
    await settled(page);
    await page.waitForFunction(
      () => document.querySelector("#resolution-slider output, output")?.textContent === "2.0",
    );
    const held = await identitiesOf(page, moved);
    expect(held.size).toBe(1);
    expect([...held]).toEqual([identity]);
    await closeChecked(context, page);
  });

  it("a move keeps the list rows still in their identity and the move controls (same elements)", async () => {
    const { context, page } = await openApp(harness, "?name=lei+wang");
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await settled(page);
    // One paper of the first identity selected; the list scrolled to its end (small identities,
    // which a move at the top leaves as they are).
    await page.locator(".paper-listbox [role='option']").first().click();
    await page.locator(".paper-listbox").focus();
    await page.keyboard.press("End");
    await settled(page);
    const marked = (await page.evaluate(`(() => {
      const rows = [...document.querySelectorAll(".paper-listbox [role='option']")];
      rows.forEach((row) => (row.keptMark = row.dataset.identity));
      window.identityBefore = new Map(rows.map((row) => [row.dataset.paperId, row.dataset.identity]));
      document.querySelector("[data-focus-key='move-go']").keptMark = "go";
      return rows.length;
    })()`)) as number;
    expect(marked).toBeGreaterThan(3);
    const second = (await page.locator("#move-target option").nth(2).getAttribute("value"))!;
    await page.locator("#move-target").selectOption(second);
    await page.locator("[data-focus-key='move-go']").click();
    await page.locator("#decisions-panel li[data-entry]").first().waitFor({ timeout: 30_000 });
    await settled(page);
    const after = (await page.evaluate(`(() => {
      const rows = [...document.querySelectorAll(".paper-listbox [role='option']")];
      const stayed = rows.filter(
        (row) => window.identityBefore.get(row.dataset.paperId) === row.dataset.identity,
      );
      const same = stayed.filter((row) => row.keptMark === row.dataset.identity);
      return {
        inView: rows.length,
        kept: same.length,
        go: document.querySelector("[data-focus-key='move-go']").keptMark,
        focused: document.activeElement?.getAttribute("data-focus-key"),
        stayed: stayed.length,
      };
    })()`)) as { inView: number; kept: number; go: string; focused: string; stayed: number };
    // Rows in view whose paper is still in the same identity are the elements built before; before
    // this, every row was built anew (and measured, a forced layout) after each decision.
    expect(after.kept).toBeGreaterThan(0);
    expect(after.kept).toBe(after.stayed);
    // The Move button is the one pressed, and keeps the keyboard without being focused again.
    expect(after.go).toBe("go");
    expect(after.focused).toBe("move-go");
    await closeChecked(context, page);
  });

  it("Arrow-Down on the closed move menu only chooses; the Move button moves", async () => {
    const { context, page } = await openApp(harness, "?name=tom+jacobs");
    await page.locator("#name-heading", { hasText: "Tom Jacobs" }).waitFor({ timeout: 60_000 });
    await settled(page);
    await page.locator(".paper-listbox [role='option']").first().click();
    await page.locator("#move-target").focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(500);
    await expect(page.locator(".identity-card").count()).resolves.toBe(1);
    await expect(page.locator("#decisions-panel li[data-entry]").count()).resolves.toBe(0);
    await closeChecked(context, page);
  });

  it("keeps the keyboard on Accept after accepting", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await settled(page);
    await page.locator("[data-focus-key='accept']").focus();
    await page.keyboard.press("Enter");
    await page.locator("#decisions-panel li[data-entry]").first().waitFor({ timeout: 30_000 });
    await settled(page);
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute("data-focus-key")),
    ).resolves.toBe("accept");
    await closeChecked(context, page);
  });

  it("a merge keeps the identity the curator picks, with its id and colour", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang");
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await settled(page);
    const cards = page.locator(".identity-card");
    const before = await cards.count();
    const big = cards.nth(0);
    const small = cards.nth(1);
    const [bigKey, smallKey] = [
      await big.getAttribute("data-identity"),
      await small.getAttribute("data-identity"),
    ];
    const smallColour = await small.evaluate((c) =>
      getComputedStyle(c).getPropertyValue("--identity"),
    );
    // Merge the big identity into the small one: the small one survives.
    await big.locator(".merge-form summary").click();
    await big.locator(".merge-form select").selectOption(smallKey!);
    await big.locator(".merge-form input[value='other']").check();
    await big.locator(".merge-form button", { hasText: "Merge" }).click();
    await settled(page);
    await expect(cards.count()).resolves.toBe(before - 1);
    const survivor = page.locator(`.identity-card[data-identity='${smallKey}']`);
    await expect(survivor.count()).resolves.toBe(1);
    await expect(page.locator(`.identity-card[data-identity='${bigKey}']`).count()).resolves.toBe(
      0,
    );
    await expect(
      survivor.evaluate((c) => getComputedStyle(c).getPropertyValue("--identity")),
    ).resolves.toBe(smallColour);
    await closeChecked(context, page);
  });
});

describe("curator bugs of issue 9", () => {
  it("at 420 px wide the graph is drawn right after choosing a name (no ⤢ needed)", async () => {
    const { context, page } = await openApp(harness, "", { width: 420, height: 800 });
    await searchAndChoose(page, "jianping wa", "Jianping Wang");
    await page.waitForTimeout(1_000);
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.005);
    await closeChecked(context, page);
  });

  it("at 420 px wide a link to a name in the whole network frames it (the camera once aimed at stale data)", async () => {
    const { context, page } = await openApp(harness, "?name=jianping+wang&split=0", {
      width: 420,
      height: 800,
    });
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_500);
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.005);
    await closeChecked(context, page);
  });

  it("draws no label under the graph toolbar (Lei Wang at 1200×700: a college's label under ⤢)", async () => {
    const { context, page } = await openApp(harness, "?name=lei+wang", {
      width: 1200,
      height: 700,
    });
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_000);
    // Ink on the label canvas: under the toolbar's buttons, and (a blank layer passes nothing) in all.
    const ink = (under: boolean): Promise<number> =>
      page.evaluate((under) => {
        const canvas = document.querySelector<HTMLCanvasElement>("#workspace-graph .sigma-labels")!;
        const at = canvas.getBoundingClientRect();
        const scale = canvas.width / at.width;
        const boxes = under
          ? [...document.querySelectorAll("#graph-toolbar button")].map((b) =>
              b.getBoundingClientRect(),
            )
          : [at];
        let inked = 0;
        for (const box of boxes) {
          const { data } = canvas
            .getContext("2d")!
            .getImageData(
              (box.x - at.x) * scale,
              (box.y - at.y) * scale,
              box.width * scale,
              box.height * scale,
            );
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
        }
        return inked;
      }, under);
    expect(await ink(false)).toBeGreaterThan(10_000);
    expect(await ink(true)).toBe(0);
    await closeChecked(context, page);
  });

  it("clicking the big Lei Wang disc in the overview opens Lei Wang, not a small name drawn over it", async () => {
    const { context, page } = await openApp(harness);
    await page.waitForTimeout(500);
    await clickGraph(page, await overviewNode(page, "lei wang"));
    await page.locator("#name-heading").waitFor({ timeout: 60_000 });
    await expect(page.locator("#name-heading").textContent()).resolves.toBe("Lei Wang");
    await closeChecked(context, page);
  });

  it("community links number communities as the legend does", async () => {
    const { context, page } = await openApp(harness);
    await page.locator("#tab-button-communities").click();
    await page.locator("[data-community='2']").click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("community") === "3");
    await expect(page.locator("#community-papers-heading").textContent()).resolves.toBe(
      "Papers inside community 3",
    );
    await page.reload();
    await page.locator("[data-community='2'][aria-pressed='true']").waitFor({ timeout: 90_000 });
    await closeChecked(context, page);
  });

  it("venues read 'ICPR (3 papers)', never 'ICPR (3) (2)' (a volume beside a count)", async () => {
    const { context, page } = await openApp(harness, "?name=lei+wang");
    await page.locator("#name-heading", { hasText: "Lei Wang" }).waitFor({ timeout: 60_000 });
    const text = (await page.locator("#tab-name").textContent()) ?? "";
    expect(text).toMatch(/Venues: [^\n]+ \(\d+ papers?\)/);
    expect(text).not.toMatch(/\(\d+\) \(\d+\)/);
    await closeChecked(context, page);
  });

  it("shows the seed's source records for Tom Jacobs and how to reconcile them", async () => {
    const { context, page } = await openApp(harness, "?name=tom+jacobs");
    await page.locator("#name-heading", { hasText: "Tom Jacobs" }).waitFor({ timeout: 60_000 });
    const records = page.locator(".source-records");
    await expect(records.getAttribute("data-verdict")).resolves.toBe("merge-records");
    await expect(records.textContent()).resolves.toContain(
      "lists 2 author records; the suggestion says 1 person: merge them",
    );
    await expect(page.locator(".counts").textContent()).resolves.toBe(
      "5 papers · 2 author records reported",
    );
    await closeChecked(context, page);
  });

  it("has a favicon", async () => {
    const { context, page } = await openApp(harness);
    const href = await page.locator("link[rel='icon']").getAttribute("href");
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    await closeChecked(context, page);
  });
});
