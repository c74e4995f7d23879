// The built app under its Content-Security-Policy: the policy and headers are served, the app
// works under them (load, a name, split view, the ForceAtlas2 layout Worker from a Blob URL), nothing
// it does is refused, and an injected inline script is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, waitReady, type AppHarness } from "./appPage";

let harness: AppHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface Violation {
  directive: string;
  blocked: string;
}

describe("content security policy", () => {
  it("is served as a <meta> in the page and as headers, with nosniff and no referrer", async () => {
    const response = await fetch(harness.server.url);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    // The build writes the meta's quotes as entities (&#39;), which the parser reads back as quotes.
    const html = (await response.text()).replaceAll("&#39;", "'");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/,
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("lets the app work and refuses only an injected inline script", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The name in the whole network (split=0): the layout runs on the overview, not the workspace.
    await page.goto(`${harness.server.url}?name=jianping+wang&split=0`);
    await waitReady(page);
    await page.locator("#name-heading", { hasText: "Jianping Wang" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Start layout" }).click();
    await page.waitForTimeout(1500);
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
    expect(await violations()).toEqual([]);

    const injected = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
      return (window as unknown as { injected?: boolean }).injected ?? false;
    });
    expect(injected).toBe(false);
    // The meta and the header are two policies; each reports the same refusal.
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    const distinct = new Set((await violations()).map((v) => `${v.directive} ${v.blocked}`));
    expect([...distinct]).toEqual(["script-src-elem inline"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
