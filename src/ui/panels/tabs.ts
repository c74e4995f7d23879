// The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, one tab stop).
import { byId, h } from "../dom";

export type TabId = "name" | "triage" | "communities" | "review";

const TABS: { id: TabId; label: string }[] = [
  { id: "name", label: "Name" },
  { id: "triage", label: "Triage" },
  { id: "communities", label: "Communities" },
  { id: "review", label: "Review" },
];

export class Tabs {
  private readonly buttons = new Map<TabId, HTMLButtonElement>();
  private readonly listeners = new Set<(tab: TabId) => void>();
  current: TabId = "name";

  constructor(list: HTMLElement) {
    for (const tab of TABS) {
      const button = h(
        "button",
        {
          attrs: {
            type: "button",
            role: "tab",
            id: `tab-button-${tab.id}`,
            "aria-controls": `tab-${tab.id}`,
          },
          on: { click: () => this.show(tab.id), keydown: (event) => this.onKey(event, tab.id) },
        },
        tab.label,
      );
      this.buttons.set(tab.id, button);
      list.append(button);
    }
    this.show("name", false);
  }

  show(id: TabId, focus = false): void {
    this.current = id;
    for (const tab of TABS) {
      const selected = tab.id === id;
      const button = this.buttons.get(tab.id)!;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      byId(`tab-${tab.id}`).hidden = !selected;
    }
    if (focus) this.buttons.get(id)!.focus();
    for (const listener of this.listeners) listener(id);
  }

  onShow(listener: (tab: TabId) => void): void {
    this.listeners.add(listener);
  }

  private onKey(event: KeyboardEvent, id: TabId): void {
    const i = TABS.findIndex((t) => t.id === id);
    let next = -1;
    if (event.key === "ArrowRight") next = (i + 1) % TABS.length;
    else if (event.key === "ArrowLeft") next = (i - 1 + TABS.length) % TABS.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = TABS.length - 1;
    if (next < 0) return;
    event.preventDefault();
    this.show(TABS[next]!.id, true);
  }
}
