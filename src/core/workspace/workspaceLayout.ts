// Places a name workspace: each identity in the middle of its own co-authors (rings, strongest
// inside), the identities packed apart as discs that never overlap (d3's front-chain circle
// packing), identities that share co-authors packed next to each other, and the shared co-authors
// in the gaps between the identities they join. Deterministic; sizes are in layout units, which the
// view draws to scale (node sizes follow the zoom), so "apart" here is apart on screen.
import { packSiblings } from "d3-hierarchy";

export interface LayoutIdentity {
  key: string;
  papers: number;
}

export interface LayoutCoauthor {
  key: string;
  links: { identity: string; papers: number }[];
}

export interface Placed {
  x: number;
  y: number;
  size: number;
}

export interface WorkspacePlacement {
  identities: Map<string, Placed>;
  coauthors: Map<string, Placed>;
  /** Each identity's disc (its node and exclusive co-authors), centre and radius. */
  discs: Map<string, { x: number; y: number; r: number }>;
}

export const LAYOUT = {
  /** Free band around every identity disc, where shared co-authors go. */
  gap: 8,
  coauthorMaxSize: 3,
  ringStep: 7.5,
  firstRingMargin: 6,
} as const;

export function identitySize(papers: number): number {
  return 3 + 1.6 * Math.sqrt(papers);
}

export function coauthorSize(papers: number): number {
  return Math.min(LAYOUT.coauthorMaxSize, 1.2 + 0.5 * Math.sqrt(papers));
}

export function layoutWorkspace(
  identities: readonly LayoutIdentity[],
  coauthors: readonly LayoutCoauthor[],
): WorkspacePlacement {
  const exclusive = new Map<string, LayoutCoauthor[]>(identities.map((i) => [i.key, []]));
  const shared: LayoutCoauthor[] = [];
  for (const coauthor of coauthors) {
    const known = coauthor.links.filter((l) => exclusive.has(l.identity));
    if (known.length === 1) exclusive.get(known[0]!.identity)!.push(coauthor);
    else if (known.length > 1) shared.push({ key: coauthor.key, links: known });
  }
  const placedCoauthors = new Map<string, Placed>();
  const rings = identities.map((identity) =>
    ringsAround(identity, exclusive.get(identity.key)!, placedCoauthors),
  );
  const order = adjacencyOrder(identities, shared);
  const circles = order.map((i) => ({ r: rings[i]!.radius + LAYOUT.gap, x: 0, y: 0, i }));
  packSiblings(circles);
  const discs = new Map<string, { x: number; y: number; r: number }>();
  const placedIdentities = new Map<string, Placed>();
  for (const circle of circles) {
    const identity = identities[circle.i]!;
    discs.set(identity.key, { x: circle.x, y: circle.y, r: rings[circle.i]!.radius });
    placedIdentities.set(identity.key, {
      x: circle.x,
      y: circle.y,
      size: identitySize(identity.papers),
    });
    for (const key of rings[circle.i]!.members) {
      const at = placedCoauthors.get(key)!;
      at.x += circle.x;
      at.y += circle.y;
    }
  }
  placeShared(shared, discs, placedCoauthors);
  return { identities: placedIdentities, coauthors: placedCoauthors, discs };
}

/** Exclusive co-authors on rings around the origin, most shared papers on the inner rings. */
function ringsAround(
  identity: LayoutIdentity,
  own: LayoutCoauthor[],
  placed: Map<string, Placed>,
): { radius: number; members: string[] } {
  const centre = identitySize(identity.papers);
  const sorted = [...own].sort(
    (a, b) => weight(b) - weight(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  let radius = centre + LAYOUT.firstRingMargin;
  let next = 0;
  let outer = centre;
  while (next < sorted.length) {
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / LAYOUT.ringStep));
    const ring = sorted.slice(next, next + capacity);
    // Each ring starts half a step further round, so neighbours on two rings do not line up.
    const offset = -Math.PI / 2 + ((next > 0 ? 0.5 : 0) * 2 * Math.PI) / capacity;
    ring.forEach((coauthor, j) => {
      const angle = offset + (2 * Math.PI * j) / ring.length;
      placed.set(coauthor.key, {
        x: radius * Math.cos(angle),
        y: radius * Math.sin(angle),
        size: coauthorSize(weight(coauthor)),
      });
    });
    next += ring.length;
    outer = radius + LAYOUT.coauthorMaxSize;
    radius += LAYOUT.ringStep;
  }
  return { radius: outer, members: sorted.map((c) => c.key) };
}

/**
 * Largest identity first, then repeatedly the one sharing most co-authors with those already
 * placed (ties: the larger), so front-chain packing puts related identities side by side.
 */
function adjacencyOrder(identities: readonly LayoutIdentity[], shared: LayoutCoauthor[]): number[] {
  const indexOf = new Map(identities.map((identity, i) => [identity.key, i]));
  const ties = new Map<number, Map<number, number>>();
  for (const coauthor of shared) {
    const members = coauthor.links.map((l) => indexOf.get(l.identity)!);
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        const row = ties.get(a) ?? new Map<number, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        ties.set(a, row);
      }
    }
  }
  const byPapers = identities
    .map((identity, i) => ({ i, papers: identity.papers }))
    .sort((a, b) => b.papers - a.papers || a.i - b.i)
    .map((e) => e.i);
  const score = new Map<number, number>(byPapers.map((i) => [i, 0]));
  const order: number[] = [];
  while (score.size > 0) {
    let best = -1;
    let bestScore = -1;
    for (const i of byPapers) {
      const s = score.get(i);
      if (s !== undefined && s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    order.push(best);
    score.delete(best);
    for (const [j, n] of ties.get(best) ?? []) if (score.has(j)) score.set(j, score.get(j)! + n);
  }
  return order;
}

/**
 * Shared co-authors start at the papers-weighted centre of the identities they join and are pushed
 * out of every identity's disc and off each other, into the gaps the packing left.
 */
function placeShared(
  shared: LayoutCoauthor[],
  discs: Map<string, { x: number; y: number; r: number }>,
  placed: Map<string, Placed>,
): void {
  const nodes = shared.map((coauthor) => {
    let x = 0;
    let y = 0;
    let total = 0;
    for (const link of coauthor.links) {
      const disc = discs.get(link.identity)!;
      x += disc.x * link.papers;
      y += disc.y * link.papers;
      total += link.papers;
    }
    const node = {
      key: coauthor.key,
      x: x / total,
      y: y / total,
      size: coauthorSize(weight(coauthor)),
    };
    placed.set(coauthor.key, node);
    return node;
  });
  const allDiscs = [...discs.values()];
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (const [n, node] of nodes.entries()) {
      for (const disc of allDiscs) {
        const dx = node.x - disc.x;
        const dy = node.y - disc.y;
        const d = Math.hypot(dx, dy);
        const min = disc.r + node.size + 1;
        if (d >= min) continue;
        const angle = d > 1e-9 ? Math.atan2(dy, dx) : goldenAngle(n);
        node.x = disc.x + min * Math.cos(angle);
        node.y = disc.y + min * Math.sin(angle);
        moved = true;
      }
      for (let m = n + 1; m < nodes.length; m++) {
        const other = nodes[m]!;
        const dx = other.x - node.x;
        const dy = other.y - node.y;
        const d = Math.hypot(dx, dy);
        const min = node.size + other.size + 1;
        if (d >= min) continue;
        const angle = d > 1e-9 ? Math.atan2(dy, dx) : goldenAngle(n + m);
        const push = (min - d) / 2;
        node.x -= push * Math.cos(angle);
        node.y -= push * Math.sin(angle);
        other.x += push * Math.cos(angle);
        other.y += push * Math.sin(angle);
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/** A fixed direction per index, spread round the circle. */
function goldenAngle(i: number): number {
  return i * 2.399963229728653;
}

function weight(coauthor: LayoutCoauthor): number {
  let sum = 0;
  for (const link of coauthor.links) sum += link.papers;
  return sum;
}
