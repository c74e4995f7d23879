// The view in the address bar: `?name=<key>&split=0&community=<n>&resolution=<r>` (plus `corpus`),
// so a link, a reload or back/forward restores the same view. A name opens on its workspace unless
// the link says `split=0` (the name seen in the whole network). Communities are numbered from 1, as
// the Communities tab names them. Pure, unit-tested.
import { nameKey } from "../core/nameKey";
import type { ViewState } from "./state";

const MIN_RESOLUTION = 0.2;
const MAX_RESOLUTION = 3;

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  // Links written by hand say "Jianping Wang"; the view keys names as the graph does.
  const name = nameKey(params.get("name") ?? "");
  const community = numberParam(params, "community");
  const resolution = numberParam(params, "resolution");
  return {
    selected: name ? name : undefined,
    split: params.get("split") !== "0" && Boolean(name),
    community: Number.isInteger(community) && community >= 1 ? community - 1 : undefined,
    resolution: Number.isFinite(resolution)
      ? Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, resolution))
      : 1,
  };
}

/** The parameter as a number; NaN when missing or blank (Number("") would be 0). */
function numberParam(params: URLSearchParams, key: string): number {
  const value = params.get(key)?.trim();
  return value ? Number(value) : NaN;
}

/** The query string for `view`, keeping parameters this module does not own (such as `corpus`). */
export function writeViewState(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of ["name", "split", "community", "resolution"]) params.delete(key);
  if (view.selected) params.set("name", view.selected);
  if (view.selected && !view.split) params.set("split", "0");
  if (view.community !== undefined) params.set("community", String(view.community + 1));
  if (view.resolution !== 1) params.set("resolution", String(view.resolution));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return (
    a.selected === b.selected &&
    a.split === b.split &&
    a.community === b.community &&
    a.resolution === b.resolution
  );
}

export const RESOLUTION_RANGE = { min: MIN_RESOLUTION, max: MAX_RESOLUTION };
