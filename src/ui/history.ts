// Keeps the address bar and the view state in step: selection, split view and the community filter
// push a history entry (so back/forward walk through views); resolution replaces the current one.
import type { State, Store, ViewState } from "./state";
import { readViewState, sameView, writeViewState } from "./urlState";

function viewOf(state: State): ViewState {
  const { selected, split, community, resolution } = state;
  return { selected, split, community, resolution };
}

export function syncHistory(store: Store): void {
  let applying = false;
  store.subscribe((state, changed) => {
    if (applying) return;
    const view = viewOf(state);
    const current = readViewState(location.search);
    if (sameView(view, current)) return;
    const url = `${location.pathname}${writeViewState(view, location.search)}${location.hash}`;
    const onlyResolution =
      changed.has("resolution") && sameView({ ...current, resolution: view.resolution }, view);
    if (onlyResolution) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  });
  window.addEventListener("popstate", () => {
    applying = true;
    try {
      store.set({ ...readViewState(location.search), hovered: undefined });
    } finally {
      applying = false;
    }
  });
}
