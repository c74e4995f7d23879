// Initial positions for the first frame, computed in the Worker in one linear pass: each community
// is a disc (area ∝ members) placed outward on a spiral, largest at the centre; inside a disc,
// members sit on a sunflower pattern, busiest authors in the middle. ForceAtlas2 refines it later.

export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Gap between discs, as a fraction of the smaller radius. */
const GAP = 0.15;

export interface SeedInput {
  community: Int32Array;
  papers: Uint32Array;
  communityCount: number;
}

export interface SeedPositions {
  x: Float32Array;
  y: Float32Array;
  /** Community c's disc (centre and radius): where an aggregated overview draws it. */
  discs: { cx: number; cy: number; r: number }[];
}

export function seedLayout({ community, papers, communityCount }: SeedInput): SeedPositions {
  const n = community.length;
  const members: number[][] = Array.from({ length: communityCount }, () => []);
  for (let i = 0; i < n; i++) members[community[i]!]!.push(i);
  const centres = packDiscs(members.map((m) => Math.sqrt(m.length)));
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  members.forEach((list, c) => {
    list.sort((a, b) => papers[b]! - papers[a]! || a - b);
    const { cx, cy, r } = centres[c]!;
    list.forEach((node, k) => {
      const rho = r * Math.sqrt((k + 0.5) / list.length);
      x[node] = cx + rho * Math.cos(k * GOLDEN_ANGLE);
      y[node] = cy + rho * Math.sin(k * GOLDEN_ANGLE);
    });
  });
  return { x, y, discs: centres };
}

/** Discs placed one by one on the spiral; the rest go on a sunflower around them. */
const PACKED = 400;

/**
 * Places discs (given radii, largest first) without overlaps: the largest outward along a spiral,
 * each checked against its neighbours in a grid; the tail (a large corpus has thousands of small
 * communities) on a golden-angle sunflower around them, spaced for the largest of the tail, so
 * the whole stays linear in the number of discs.
 */
export function packDiscs(radii: number[]): { cx: number; cy: number; r: number }[] {
  const placed = spiralPack(radii.slice(0, PACKED));
  if (radii.length <= PACKED) return placed;
  let outer = 0;
  for (const d of placed) outer = Math.max(outer, Math.hypot(d.cx, d.cy) + d.r);
  const tail = radii[PACKED]!;
  // Sunflower points r = c·√k keep neighbours at least ~1.5c apart.
  const c = (2 * tail * (1 + GAP)) / 1.4;
  const skip = ((outer + 2 * tail) / c) ** 2;
  for (let i = PACKED; i < radii.length; i++) {
    const k = skip + (i - PACKED);
    const rho = c * Math.sqrt(k);
    placed.push({
      cx: rho * Math.cos(k * GOLDEN_ANGLE),
      cy: rho * Math.sin(k * GOLDEN_ANGLE),
      r: radii[i]!,
    });
  }
  return placed;
}

function spiralPack(radii: number[]): Disc[] {
  const placed: Disc[] = [];
  const grid = new DiscGrid(radii);
  let angle = 0;
  for (const r of radii) {
    if (placed.length === 0) {
      placed.push({ cx: 0, cy: 0, r });
      grid.add(placed[0]!);
      continue;
    }
    let distance = placed[0]!.r + r;
    for (;;) {
      const disc = { cx: distance * Math.cos(angle), cy: distance * Math.sin(angle), r };
      if (grid.clear(disc)) {
        placed.push(disc);
        grid.add(disc);
        break;
      }
      angle += 0.35;
      distance += 0.02 * r + 0.05;
    }
  }
  return placed;
}

interface Disc {
  cx: number;
  cy: number;
  r: number;
}

/** Discs by the grid cells their box (with the gap) covers; cells sized to the median disc. */
class DiscGrid {
  private readonly cells = new Map<string, Disc[]>();
  private readonly size: number;

  constructor(radii: number[]) {
    const sorted = [...radii].sort((a, b) => a - b);
    this.size = 4 * Math.max(1e-6, sorted[Math.floor(sorted.length / 2)] ?? 1);
  }

  add(disc: Disc): void {
    this.forCells(disc, disc.r * (1 + GAP), (key) => {
      const list = this.cells.get(key);
      if (list) list.push(disc);
      else this.cells.set(key, [disc]);
    });
  }

  /** No placed disc closer than the sum of radii plus the gap. */
  clear(disc: Disc): boolean {
    let clear = true;
    this.forCells(disc, disc.r * (1 + GAP), (key) => {
      if (!clear) return;
      for (const d of this.cells.get(key) ?? []) {
        if (
          Math.hypot(d.cx - disc.cx, d.cy - disc.cy) <
          d.r + disc.r + GAP * Math.min(d.r, disc.r)
        ) {
          clear = false;
          return;
        }
      }
    });
    return clear;
  }

  private forCells(disc: Disc, reach: number, visit: (key: string) => void): void {
    const x0 = Math.floor((disc.cx - reach) / this.size);
    const x1 = Math.floor((disc.cx + reach) / this.size);
    const y0 = Math.floor((disc.cy - reach) / this.size);
    const y1 = Math.floor((disc.cy + reach) / this.size);
    for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) visit(`${gx},${gy}`);
  }
}
