// Pixel checks on the drawn graph: what colour is drawn at given points of the graph area, with
// sigma's 2D label layers hidden so only the WebGL layers (nodes, edges) count.
import type { Page } from "playwright-core";

const HIDE_LABELS =
  ".sigma-labels, .sigma-hovers, .sigma-hoverNodes, .sigma-edgeLabels, .sigma-mouse, #graph-toolbar { visibility: hidden !important; }";

export interface Probe {
  x: number;
  y: number;
  /** #rrggbb expected at (or within `radius` px of) the point. */
  colour: string;
}

/** For each probe, whether a pixel within `radius` px of it has its colour (within `tolerance`). */
export async function coloursPresent(
  page: Page,
  probes: Probe[],
  radius = 3,
  tolerance = 40,
): Promise<boolean[]> {
  const style = await page.addStyleTag({ content: HIDE_LABELS });
  await page.waitForTimeout(100);
  const png = await page.locator("#graph-area").screenshot();
  await style.evaluate((node) => (node as HTMLElement).remove());
  return page.evaluate(
    `(async () => {
      const probes = ${JSON.stringify(probes)};
      const image = new Image();
      image.src = "data:image/png;base64,${png.toString("base64")}";
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const hex = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
      return probes.map((p) => {
        const [r, g, b] = hex(p.colour);
        for (let dy = -${radius}; dy <= ${radius}; dy++) {
          for (let dx = -${radius}; dx <= ${radius}; dx++) {
            const x = Math.round(p.x + dx), y = Math.round(p.y + dy);
            if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
            const i = (y * image.width + x) * 4;
            if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= ${tolerance}) return true;
          }
        }
        return false;
      });
    })()`,
  );
}

/** The workspace's identities as drawn: key, colour and position in the graph area. */
export async function workspaceIdentities(
  page: Page,
): Promise<{ key: string; colour: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const probe = window.coauthorGraphProbe;
    return (probe?.workspaceIdentities?.() ?? []).map((identity) => ({
      ...identity,
      ...probe!.workspaceIdentity!(identity.key)!,
    }));
  });
}

/**
 * Where the overview draws `key`, once it stays there: the page may still settle after it says it
 * is ready (under load the overview was seen to move 17 px between reading a disc's place and
 * clicking it, so the click landed on the small node drawn there after the move).
 */
export async function overviewNode(page: Page, key: string): Promise<{ x: number; y: number }> {
  const read = () => page.evaluate((k) => window.coauthorGraphProbe?.overviewNode?.(k), key);
  let at = await read();
  for (let tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(250);
    const again = await read();
    if (at && again && Math.hypot(again.x - at.x, again.y - at.y) < 0.5) return again;
    at = again;
  }
  if (!at) throw new Error(`${key} is not drawn in the overview`);
  throw new Error(`${key} kept moving in the overview for 10 s`);
}

/** Clicks at a point of the graph area (the sigma containers fill it). */
export async function clickGraph(page: Page, at: { x: number; y: number }): Promise<void> {
  const box = await page.locator("#graph-area").boundingBox();
  if (!box) throw new Error("the graph area is not on screen");
  await page.mouse.click(box.x + at.x, box.y + at.y);
}
