// Which of the open name's papers the curator has selected, for one move acting on all of them.
// Click toggles a paper and makes it the anchor; shift-click adds the range from the anchor in the
// order shown; whole identities and filter results are added or removed at once. Pure.

export interface PaperSelection {
  readonly ids: ReadonlySet<string>;
  /** Where the next shift-click range starts. */
  readonly anchor: string | undefined;
}

export const NO_SELECTION: PaperSelection = { ids: new Set(), anchor: undefined };

export function toggle(selection: PaperSelection, id: string): PaperSelection {
  const ids = new Set(selection.ids);
  if (!ids.delete(id)) ids.add(id);
  return { ids, anchor: id };
}

/**
 * Selects every paper between the anchor and `id` in `order` (both ends included); the anchor
 * stays. Without an anchor shown in `order`, selects `id` alone and anchors there.
 */
export function selectRange(
  selection: PaperSelection,
  order: readonly string[],
  id: string,
): PaperSelection {
  const to = order.indexOf(id);
  const from = selection.anchor === undefined ? -1 : order.indexOf(selection.anchor);
  if (to < 0) return selection;
  if (from < 0) return { ids: new Set([...selection.ids, id]), anchor: id };
  const ids = new Set(selection.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i]!);
  return { ids, anchor: selection.anchor };
}

export function selectAll(selection: PaperSelection, ids: Iterable<string>): PaperSelection {
  return { ids: new Set([...selection.ids, ...ids]), anchor: selection.anchor };
}

export function deselectAll(selection: PaperSelection, ids: Iterable<string>): PaperSelection {
  const next = new Set(selection.ids);
  for (const id of ids) next.delete(id);
  return { ids: next, anchor: selection.anchor };
}

/** True when every one of `ids` (at least one) is selected. */
export function allSelected(selection: PaperSelection, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => selection.ids.has(id));
}

/** Drops ids no longer among the name's papers (another corpus, another name). */
export function retain(selection: PaperSelection, known: ReadonlySet<string>): PaperSelection {
  const ids = [...selection.ids].filter((id) => known.has(id));
  if (
    ids.length === selection.ids.size &&
    (selection.anchor === undefined || known.has(selection.anchor))
  )
    return selection;
  const anchor =
    selection.anchor !== undefined && known.has(selection.anchor) ? selection.anchor : undefined;
  return { ids: new Set(ids), anchor };
}
