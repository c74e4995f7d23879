// A short name for an identity by its content, for history lines and exported files:
// "Lei Wang · ICPR, CVPR · 2003–2009".
import type { CuratedIdentity } from "../../core/decisions";
import type { PaperView } from "../../worker/protocol";

export function identityName(
  label: string,
  identity: Pick<CuratedIdentity, "paperIds">,
  papers: ReadonlyMap<string, PaperView>,
): string {
  const venues = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const id of identity.paperIds) {
    const paper = papers.get(id);
    if (!paper) continue;
    if (paper.venue) venues.set(paper.venue, (venues.get(paper.venue) ?? 0) + 1);
    if (paper.year !== undefined) {
      first = Math.min(first, paper.year);
      last = Math.max(last, paper.year);
    }
  }
  const parts = [label];
  const where = top(venues, 2);
  if (where.length > 0) parts.push(where.join(", "));
  if (Number.isFinite(first)) parts.push(first === last ? `${first}` : `${first}–${last}`);
  if (parts.length === 1) parts.push(`${identity.paperIds.length} papers`);
  return parts.join(" · ");
}

function top(counts: Map<string, number>, n: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([name]) => name);
}
