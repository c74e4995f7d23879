// Which co-authors a name's workspace draws when it has more than the view can hold. A name of
// thousands of papers (a "Wei Wang" of a million-paper corpus: 1,337 identities, 13,791
// co-authors) would send and draw every one of them, seconds of work on the page for a haze nobody
// reads. Kept first: the co-authors shared by two identities (the evidence between them), then each
// identity's strongest in turn (its first, then everyone's second, …), so every identity keeps its
// closest co-authors before any identity gets its hundredth. Pure.

/** Co-authors a workspace draws at most (a 308-paper "Lei Wang" has 513). */
export const WORKSPACE_COAUTHORS = 1000;

export interface RankedCoauthor {
  key: string;
  links: readonly { identity: string; papers: number }[];
}

/**
 * At most `max` of `coauthors`, in their given order.
 * @param strongestFirst per identity key, its co-author keys, most shared papers first
 */
export function strongestCoauthors<T extends RankedCoauthor>(
  coauthors: readonly T[],
  strongestFirst: ReadonlyMap<string, readonly string[]>,
  max = WORKSPACE_COAUTHORS,
): T[] {
  if (!(max >= 0)) throw new RangeError(`max must be a number ≥ 0; got ${String(max)}`);
  if (coauthors.length <= max) return [...coauthors];
  const rank = new Map<string, number>();
  for (const keys of strongestFirst.values()) {
    keys.forEach((key, r) => {
      const seen = rank.get(key);
      if (seen === undefined || r < seen) rank.set(key, r);
    });
  }
  const papers = (c: T): number => c.links.reduce((sum, link) => sum + link.papers, 0);
  const order = coauthors
    .map((c, at) => ({
      at,
      shared: c.links.length > 1 ? 0 : 1,
      rank: rank.get(c.key) ?? Infinity,
      papers: papers(c),
      key: c.key,
    }))
    .sort(
      (a, b) =>
        a.shared - b.shared ||
        a.rank - b.rank ||
        b.papers - a.papers ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const kept = new Set(order.slice(0, max).map((o) => o.at));
  return coauthors.filter((_, at) => kept.has(at));
}
