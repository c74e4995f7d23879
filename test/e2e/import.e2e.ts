// Bringing your own corpus in the built app: dropping a BibTeX file shows its papers; a broken file
// is refused with its file and line while the corpus on screen and the review decisions stay; the
// file picker, the corpus switcher and cancelling a long import.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePath } from "../io/fixtures";
import { openApp, searchAndChoose, startHarness, type AppHarness } from "./appPage";
import { identityCount, movePaper } from "./decisionsPage";

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Drops a file with `content` on the page, as a user dragging it from their desktop would. */
async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name));
      return transfer;
    },
    { name, content },
  );
  await page.dispatchEvent("body", "dragenter", { dataTransfer });
  await page.dispatchEvent("body", "drop", { dataTransfer });
}

const loadText = (page: Page) => page.locator("#load-text");

async function waitForCorpus(page: Page, label: string): Promise<void> {
  await loadText(page)
    .filter({ hasText: new RegExp(`^${label}: [\\d,]+ papers`) })
    .waitFor({
      timeout: 90_000,
    });
  await page.waitForSelector("body[data-ready='true']", { timeout: 90_000 });
}

describe("bringing your own corpus", () => {
  it("opens a dropped BibTeX file and lists its papers under an author", async () => {
    const { context, page } = await openApp(harness);
    // The button and the drop overlay name the tagged formats too (before: not RIS, not PubMed).
    for (const hint of [
      page.locator("#open-files").getAttribute("title"),
      page.locator("#drop-overlay p").textContent(),
    ])
      await expect(hint).resolves.toMatch(/BibTeX, RIS, PubMed\/MEDLINE .*CSL JSON.*DBLP XML/);
    // One entry whose title only the TeX library reads: its chunk must load in the import Worker.
    const library = String.raw`@inproceedings{mmas2000, author = {St{\"u}tzle, Thomas and Hoos, Holger H.}, title = {\MaxMinAntSystem}, year = {2000}}`;
    const bib = `${readFileSync(fixturePath("bibtex/refs.bib"), "utf8")}\n${library}\n`;
    await dropFile(page, "refs.bib", bib);
    await waitForCorpus(page, "refs.bib");
    await expect(page.locator("#corpus-switcher option:checked").textContent()).resolves.toBe(
      "refs.bib",
    );
    await searchAndChoose(page, "jurgen mul", "Jürgen Müller");
    const titles = await page
      .locator("#tab-name [role='listbox'][aria-label='Papers of Jürgen Müller'] .paper-title")
      .allTextContents();
    expect(titles).toContain("Graph Neural Networks for Author Name Disambiguation");
    await searchAndChoose(page, "holger hoo", "Holger H. Hoos");
    await expect(
      page
        .locator("#tab-name [role='listbox'][aria-label='Papers of Holger H. Hoos'] .paper-title")
        .allTextContents(),
    ).resolves.toEqual(["MaxMinAntSystem"]);
    await context.close();
  });

  it("refuses a broken file with its name and line, keeping the corpus and the decisions", async () => {
    const { context, page } = await openApp(harness, "?name=tom%20jacobs");
    await page.locator("#identities-heading").waitFor();
    await movePaper(page, 0, "a new identity");
    await expect(identityCount(page)).resolves.toBe(2);

    // Nothing in it is usable (a file with some good records imports them and notes the rest).
    const feed =
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<id>http://arxiv.org/api/q</id>\n</feed>\n';
    await dropFile(page, "query.xml", feed);
    await loadText(page).filter({ hasText: "Could not import" }).waitFor({ timeout: 60_000 });
    const message = (await loadText(page).textContent()) ?? "";
    expect(message).toMatch(
      /^Could not import: query\.xml, line 1: this looks like an arXiv Atom feed/,
    );
    expect(message).toContain("Still showing Default corpus");
    await expect(page.locator("#corpus-switcher").inputValue()).resolves.toBe(
      "default-corpus.json",
    );
    await expect(page.locator("#name-heading").textContent()).resolves.toBe("Tom Jacobs");
    await expect(identityCount(page)).resolves.toBe(2);
    await context.close();
  });

  it("opens a CSV file from the picker, then switches back to the default corpus", async () => {
    const { context, page } = await openApp(harness);
    await page.locator("#file-input").setInputFiles(fixturePath("csv/papers.csv"));
    await waitForCorpus(page, "papers.csv");
    await page.locator("#corpus-switcher").selectOption("default-corpus.json");
    await waitForCorpus(page, "Default corpus \\(Arnetminer names \\+ Tom Jacobs\\)");
    await searchAndChoose(page, "tom jaco", "Tom Jacobs");
    await expect(page.locator("#tab-name .counts").textContent()).resolves.toMatch(/^5 papers/);
    await context.close();
  });

  it("cancels a long import and keeps showing the corpus it had", async () => {
    const { context, page } = await openApp(harness);
    const rows = ["title,authors,year,venue"];
    for (let i = 0; i < 400_000; i++) {
      rows.push(`Paper number ${i} on graphs,Author ${i % 5000}; Author ${(i * 7) % 5000},2020,V`);
    }
    await dropFile(page, "big.csv", rows.join("\n"));
    const cancel = page.locator("#load-cancel");
    await cancel.waitFor({ state: "visible", timeout: 30_000 });
    await cancel.click();
    await loadText(page).filter({ hasText: "Import cancelled" }).waitFor();
    await expect(page.locator("#corpus-switcher option").count()).resolves.toBe(1);
    await searchAndChoose(page, "tom jaco", "Tom Jacobs");
    await context.close();
  });
});
