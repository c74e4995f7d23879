// CPU time per action of the name workspace (issue 9.7), by process and thread, read from /proc:
// on a loaded machine wall time stretches with everyone else's work, CPU time much less. Opens Lei
// Wang, changes the resolution, selects 20 papers (click, Shift+ArrowDown) and moves them; per action the CPU ms of each Chromium process
// type (renderer, GPU, browser) and its busiest threads. Linux only.
// Run: npx tsx scripts/workspaceCpu.ts [--dist DIR] [--baseline DIR] [--runs N]
import type { Browser, Page } from "playwright-core";
import { ensureBuilt, launchChromium, serveStatic } from "./browserHarness";
import { cpuSince, sampleCpu, type CpuSample as Sample } from "./threadCpu";

async function measure(act: () => Promise<void>): Promise<Sample> {
  const before = sampleCpu();
  await act();
  return cpuSince(sampleCpu(), before);
}

const shown = (page: Page): Promise<number> =>
  page.evaluate(`performance.getEntriesByName("details-shown").length`) as Promise<number>;

/**
 * Waits until the Worker's background triage has checked every name: until then its slices (and
 * the garbage they leave, swept on the V8 thread pool) run between the curator's actions and are
 * counted in whichever action they fall into.
 */
async function triageDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      /^Checked all/.test(document.querySelector("#tab-triage .status-line")?.textContent ?? ""),
    undefined,
    { timeout: 300_000 },
  );
}

async function oneRun(browser: Browser, url: string): Promise<Record<string, Sample>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 180_000 });
  await page.waitForTimeout(1_500);
  if (process.argv.includes("--after-triage")) await triageDone(page);
  await page.locator("#search-input").fill("lei wan");
  const option = page.locator("#search-results [role='option']", { hasText: "Lei Wang" }).first();
  await option.waitFor();
  const out: Record<string, Sample> = {};
  const settle = 300;
  out.idle = await measure(() => page.waitForTimeout(settle + 500));
  out.open = await measure(async () => {
    await option.click();
    await page.waitForFunction(() => performance.getEntriesByName("name-shown").length > 0);
    await page.waitForTimeout(settle);
  });
  let before = 0;
  for (const [action, value] of [
    ["resolution", "1.5"],
    ["resolution again", "2"],
  ] as const) {
    before = await shown(page);
    out[action] = await measure(async () => {
      await page.evaluate(
        `(() => { const s = document.querySelector("#resolution-slider"); s.value = "${value}"; s.dispatchEvent(new Event("change", { bubbles: true })); })()`,
      );
      await page.waitForFunction(
        (n) => performance.getEntriesByName("details-shown").length > n,
        before,
      );
      await page.waitForTimeout(settle);
    });
  }
  const rows = page.locator(".paper-listbox [role='option']");
  out["select 20"] = await measure(async () => {
    await rows.nth(0).locator(".paper-title").click();
    await page.locator(".paper-listbox").focus();
    for (let i = 0; i < 19; i++) await page.keyboard.press("Shift+ArrowDown");
    await page.waitForTimeout(settle);
  });
  await page.locator("#move-target").selectOption("new");
  await page.waitForTimeout(300);
  before = await shown(page);
  out.move = await measure(async () => {
    await page.locator("[data-focus-key='move-go']").click();
    await page.waitForFunction(
      (n) => performance.getEntriesByName("details-shown").length > n,
      before,
    );
    await page.waitForTimeout(settle);
  });
  await context.close();
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function report(label: string, runs: Record<string, Sample>[]): string[] {
  const lines = [label];
  for (const action of Object.keys(runs[0]!)) {
    const keys = new Set(runs.flatMap((r) => [...r[action]!.keys()]));
    const med = new Map([...keys].map((k) => [k, median(runs.map((r) => r[action]!.get(k) ?? 0))]));
    const kinds = new Map<string, number>();
    for (const [k, v] of med) kinds.set(k.split("/")[0]!, (kinds.get(k.split("/")[0]!) ?? 0) + v);
    const threads = [...med]
      .filter(([, v]) => v >= 5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`);
    lines.push(
      `  ${action}: ` +
        [...kinds].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ") +
        ` CPU ms (medians); threads: ${threads.join(", ")}`,
    );
  }
  return lines;
}

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const dist = arg("--dist");
if (dist === undefined) ensureBuilt(true);
const server = await serveStatic(dist);
const base = arg("--baseline") ? await serveStatic(arg("--baseline")) : undefined;
const browser = await launchChromium();
const runs = Number(arg("--runs") ?? 3);
const mine: Record<string, Sample>[] = [];
const theirs: Record<string, Sample>[] = [];
try {
  for (let i = 0; i < runs; i++) {
    if (base) theirs.push(await oneRun(browser, base.url));
    mine.push(await oneRun(browser, server.url));
  }
} finally {
  await browser.close();
  await server.close();
  await base?.close();
}
if (base) console.log(report(`Baseline (${arg("--baseline")}):`, theirs).join("\n"));
console.log(report(`This build${dist ? ` (${dist})` : ""}:`, mine).join("\n"));
