// The rows of the open name's paper list: per identity (largest first, then the unassigned papers)
// a header and its papers, newest first, narrowed by the filter. The paper order is what a
// shift-click range runs along. Pure.
import type { PaperView } from "../../worker/protocol";
import { matchesFilter, type PaperFilter } from "./paperFilter";
import { UNASSIGNED_KEY, type NameModel } from "./nameModel";

export type PaperRow =
  | { kind: "header"; identity: string; shown: number; total: number }
  | { kind: "paper"; paper: PaperView; identity: string };

export interface PaperRows {
  rows: PaperRow[];
  /** Paper ids in the order shown. */
  order: string[];
}

export function paperRows(model: NameModel, filter: PaperFilter): PaperRows {
  const rows: PaperRow[] = [];
  const order: string[] = [];
  const groups = [
    ...model.identities.map((i) => ({ key: i.key, ids: i.paperIds })),
    { key: UNASSIGNED_KEY, ids: model.unassigned },
  ];
  for (const group of groups) {
    if (group.ids.length === 0) continue;
    const papers = group.ids
      .map((id) => model.papers.get(id))
      .filter((p): p is PaperView => p !== undefined && matchesFilter(p, group.key, filter))
      .sort(newestFirst);
    if (papers.length === 0) continue;
    rows.push({
      kind: "header",
      identity: group.key,
      shown: papers.length,
      total: group.ids.length,
    });
    for (const paper of papers) {
      rows.push({ kind: "paper", paper, identity: group.key });
      order.push(paper.id);
    }
  }
  return { rows, order };
}

function newestFirst(a: PaperView, b: PaperView): number {
  return (
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    a.title.localeCompare(b.title) ||
    (a.id < b.id ? -1 : 1)
  );
}

/**
 * `next`, with each paper row that shows the same paper in the same identity as a row of
 * `previous` replaced by that row. Headers are new each time (their names and counts change).
 */
export function reuseRows(previous: readonly PaperRow[], next: PaperRow[]): PaperRow[] {
  const before = new Map<string, PaperRow>();
  for (const row of previous) if (row.kind === "paper") before.set(row.paper.id, row);
  return next.map((row) => {
    if (row.kind !== "paper") return row;
    const old = before.get(row.paper.id);
    return old?.kind === "paper" && old.identity === row.identity ? old : row;
  });
}
