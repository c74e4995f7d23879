// The toolbar over the graph: zoom in/out/reset (on the graph on screen), layout start/stop (the
// overview's), and the workspace toggle: the open name's identities, or the whole network.
import { h } from "../dom";
import type { Store } from "../state";
import type { LayoutControl } from "./layoutControl";

export interface CameraControls {
  zoom(factor: number): void;
  resetCamera(): void;
}

export function mountGraphControls(
  toolbar: HTMLElement,
  camera: CameraControls,
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
  const splitButton = button(
    "Name workspace: the open name's identities and their co-authors (Esc: back to the whole network)",
    "Workspace",
    () => setSplit(!store.state.split),
  );
  layout.onChange((running) => {
    layoutButton.textContent = running ? "■ Layout" : "▶ Layout";
    layoutButton.setAttribute("aria-label", running ? "Stop layout" : "Start layout");
    layoutButton.setAttribute("aria-pressed", String(running));
    layoutButton.title = running ? "Stop layout" : "Start layout";
  });
  const sync = (): void => {
    const { selected, split } = store.state;
    const workspace = split && selected !== undefined;
    splitButton.disabled = selected === undefined;
    splitButton.setAttribute("aria-pressed", String(workspace));
    // The layout moves the overview; the workspace has its own fixed layout.
    layoutButton.disabled = workspace;
  };
  store.subscribe((_state, changed) => {
    if (changed.has("selected") || changed.has("split")) sync();
  });
  sync();
  toolbar.replaceChildren(
    button("Zoom in", "+", () => camera.zoom(1.6)),
    button("Zoom out", "−", () => camera.zoom(1 / 1.6)),
    button("Reset zoom", "⤢", () => camera.resetCamera()),
    layoutButton,
    splitButton,
  );
}
