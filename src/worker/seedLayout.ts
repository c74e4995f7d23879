// Initial positions for the first frame, computed in the Worker in one linear pass: each community
// is a disc (area ∝ members) placed outward on a spiral, largest at the centre; inside a disc,
// members sit on a sunflower pattern, busiest authors in the middle. ForceAtlas2 refines it later.

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Gap between discs, as a fraction of the smaller radius. */
const GAP = 0.15;

export interface SeedInput {
  community: Int32Array;
  papers: Uint32Array;
  communityCount: number;
}

export function seedLayout({ community, papers, communityCount }: SeedInput): {
  x: Float32Array;
  y: Float32Array;
} {
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
  return { x, y };
}

/** Places discs (given radii, largest first) outward along a spiral without overlaps. */
export function packDiscs(radii: number[]): { cx: number; cy: number; r: number }[] {
  const placed: { cx: number; cy: number; r: number }[] = [];
  let angle = 0;
  for (const r of radii) {
    if (placed.length === 0) {
      placed.push({ cx: 0, cy: 0, r });
      continue;
    }
    let distance = placed[0]!.r + r;
    for (;;) {
      const cx = distance * Math.cos(angle);
      const cy = distance * Math.sin(angle);
      const clear = placed.every(
        (d) => Math.hypot(d.cx - cx, d.cy - cy) >= d.r + r + GAP * Math.min(d.r, r),
      );
      if (clear) {
        placed.push({ cx, cy, r });
        break;
      }
      angle += 0.35;
      distance += 0.02 * r + 0.05;
    }
  }
  return placed;
}
