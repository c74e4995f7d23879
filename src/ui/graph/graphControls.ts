// The toolbar over the graph: zoom in/out/reset, layout start/stop, split view on/off.
import { h } from "../dom";
import type { Store } from "../state";
import type { GraphView } from "./graphView";
import type { LayoutControl } from "./layoutControl";

export function mountGraphControls(
  toolbar: HTMLElement,
  view: GraphView,
  layout: LayoutControl,
  store: Store,
  setSplit: (on: boolean) => void,
): void {
  const button = (label: string, text: string, onClick: () => void): HTMLButtonElement =>
    h(
      "button",
      { attrs: { type: "button", "aria-label": label, title: label }, on: { click: onClick } },
      text,
    );
  const layoutButton = button("Start layout", "▶ Layout", () => layout.toggle());
  const splitButton = button("Split view", "Split view", () => setSplit(!store.state.split));
  layout.onChange((running) => {
    layoutButton.textContent = running ? "■ Layout" : "▶ Layout";
    layoutButton.setAttribute("aria-label", running ? "Stop layout" : "Start layout");
    layoutButton.setAttribute("aria-pressed", String(running));
    layoutButton.title = running ? "Stop layout" : "Start layout";
  });
  const syncSplit = (): void => {
    const { selected, split } = store.state;
    splitButton.disabled = selected === undefined;
    splitButton.setAttribute("aria-pressed", String(split && selected !== undefined));
  };
  store.subscribe((_state, changed) => {
    if (changed.has("selected") || changed.has("split")) syncSplit();
  });
  syncSplit();
  toolbar.replaceChildren(
    button("Zoom in", "+", () => view.zoom(1.6)),
    button("Zoom out", "−", () => view.zoom(1 / 1.6)),
    button("Reset zoom", "⤢", () => view.resetCamera()),
    layoutButton,
    splitButton,
  );
}
