// On a narrow window the side panel collapses behind a toggle; choosing a name opens it again.
import { byId } from "./dom";

export class PanelToggle {
  private readonly toggle = byId<HTMLButtonElement>("panel-toggle");
  private readonly panel = byId("panel");
  private readonly narrow = window.matchMedia("(max-width: 760px)");

  constructor() {
    this.toggle.addEventListener("click", () =>
      this.set(this.panel.classList.contains("collapsed")),
    );
    this.set(!this.narrow.matches);
    this.narrow.addEventListener("change", () => this.set(!this.narrow.matches));
  }

  open(): void {
    this.set(true);
  }

  private set(open: boolean): void {
    const changed = this.panel.classList.contains("collapsed") === open;
    this.panel.classList.toggle("collapsed", !open);
    this.toggle.setAttribute("aria-expanded", String(open));
    this.toggle.textContent = open ? "Hide panel" : "Show panel";
    // On a narrow window the graph shares the height with the panel: sigma resizes on this event.
    if (changed) window.dispatchEvent(new Event("resize"));
  }
}
