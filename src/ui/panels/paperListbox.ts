// The open name's papers as one multi-select listbox, grouped by identity, virtualised. Click
// toggles a paper, shift-click selects the range from the last one clicked, a group's header
// selects or clears the group; keys: arrows move (with Shift they extend the selection), Space
// toggles, Ctrl+A selects every paper shown, Home/End, Escape clears the selection.
import type { PaperView } from "../../worker/protocol";
import { h } from "../dom";
import { reuseRows, type PaperRow } from "./paperRows";
import {
  allSelected,
  deselectAll,
  NO_SELECTION,
  selectAll,
  selectRange,
  toggle,
  type PaperSelection,
} from "./paperSelection";
import { idFragment } from "./names";
import { VirtualList } from "./virtualList";

const COAUTHORS_SHOWN = 6;

export interface PaperListboxContext {
  /** The name whose papers these are (left out of the co-authors). */
  nameKey: string;
  /** Identity key → what its header says, and its colour. */
  groupLabel(identity: string): { name: string; colour: string };
  selection(): PaperSelection;
  setSelection(selection: PaperSelection): void;
  open(key: string): void;
}

export class PaperListbox {
  readonly element: HTMLElement;
  private readonly list: VirtualList<PaperRow>;
  private rows: PaperRow[] = [];
  private order: string[] = [];
  /** Index (into rows) of the keyboard's current paper. */
  private active = -1;

  constructor(
    label: string,
    private readonly context: PaperListboxContext,
  ) {
    this.element = h("div", {
      class: "paper-listbox",
      attrs: {
        role: "listbox",
        tabindex: 0,
        "aria-multiselectable": "true",
        "aria-label": label,
        "data-focus-key": "paper-list",
      },
      on: { keydown: (event) => this.onKey(event), focus: () => this.ensureActive() },
    });
    this.list = new VirtualList<PaperRow>({
      element: this.element,
      estimate: (row) => (row.kind === "header" ? 34 : 62),
      key: (row) => (row.kind === "header" ? `h\u0000${row.identity}` : `p\u0000${row.paper.id}`),
      build: (row) =>
        row.kind === "header" ? this.header(row) : this.paperRow(row.paper, row.identity),
      restyle: (element, row, index) => this.restyleRow(element, row, index),
    });
  }

  setRows(rows: PaperRow[], order: string[]): void {
    const activeId = this.activePaperId();
    // A paper still in the same identity keeps its row (and so its element and measured height):
    // after a decision or another resolution most rows in view are unchanged.
    this.rows = reuseRows(this.rows, rows);
    this.order = order;
    this.active = activeId === undefined ? -1 : this.indexOfPaper(activeId);
    this.list.setRows(this.rows);
    this.syncActive();
  }

  /** Selection or active row changed: restyle what is built. */
  refresh(): void {
    this.list.restyle();
  }

  /** Brings the first paper of `identity` into view. */
  scrollToGroup(identity: string): void {
    const index = this.rows.findIndex((r) => r.kind === "header" && r.identity === identity);
    if (index >= 0) this.list.scrollToIndex(index);
  }

  destroy(): void {
    this.list.destroy();
  }

  private header(row: Extract<PaperRow, { kind: "header" }>): HTMLElement {
    const { name, colour } = this.context.groupLabel(row.identity);
    const count = row.shown === row.total ? `${row.total}` : `${row.shown} of ${row.total}`;
    const element = h(
      "div",
      {
        class: "paper-group",
        attrs: {
          role: "presentation",
          "data-group": row.identity,
          title: "Select or clear these papers",
        },
        on: { click: () => this.toggleGroup(row.identity) },
      },
      h("span", { class: "check", attrs: { "aria-hidden": "true" } }),
      h("span", { class: "swatch", attrs: { "aria-hidden": "true" } }),
      h("span", { class: "grow" }, name),
      h("span", { class: "muted" }, count),
    );
    element.style.setProperty("--identity", colour);
    return element;
  }

  private paperRow(paper: PaperView, identity: string): HTMLElement {
    const coauthors = paper.authors.filter((a) => a.key !== this.context.nameKey);
    const meta = [paper.venue, paper.year].filter((x) => x !== undefined && x !== "").join(" · ");
    const element = h(
      "div",
      {
        class: "paper-row",
        attrs: {
          role: "option",
          id: optionId(paper.id),
          "data-paper-id": paper.id,
          "data-identity": identity,
        },
        on: { click: (event) => this.onRowClick(event, paper.id) },
      },
      h("span", { class: "check", attrs: { "aria-hidden": "true" } }),
      h(
        "div",
        { class: "paper-body" },
        h("div", { class: "paper-title" }, paper.title || "(untitled)"),
        h(
          "div",
          { class: "paper-meta" },
          meta,
          coauthors.length > 0 ? `${meta ? " · " : ""}with ` : "",
          ...coauthors.slice(0, COAUTHORS_SHOWN).flatMap((author, i) => [
            i > 0 ? ", " : "",
            h(
              "button",
              {
                class: "link-button",
                attrs: { type: "button", tabindex: -1, title: `Open ${author.name}` },
                on: {
                  click: (event) => {
                    event.stopPropagation();
                    this.context.open(author.key);
                  },
                },
              },
              author.name,
            ),
          ]),
          coauthors.length > COAUTHORS_SHOWN ? ` +${coauthors.length - COAUTHORS_SHOWN} more` : "",
        ),
      ),
    );
    return element;
  }

  private restyleRow(element: HTMLElement, row: PaperRow, index: number): void {
    const selection = this.context.selection();
    if (row.kind === "paper") {
      element.setAttribute("aria-selected", String(selection.ids.has(row.paper.id)));
      element.setAttribute("aria-setsize", String(this.order.length));
      element.setAttribute("aria-posinset", String(this.order.indexOf(row.paper.id) + 1));
      element.classList.toggle("active", index === this.active);
    } else {
      const ids = this.groupIds(row.identity);
      element.dataset.state = allSelected(selection, ids)
        ? "all"
        : ids.some((id) => selection.ids.has(id))
          ? "some"
          : "none";
    }
  }

  private onRowClick(event: MouseEvent, id: string): void {
    const selection = this.context.selection();
    this.active = this.indexOfPaper(id);
    this.context.setSelection(
      event.shiftKey ? selectRange(selection, this.order, id) : toggle(selection, id),
    );
    this.syncActive();
  }

  private toggleGroup(identity: string): void {
    const ids = this.groupIds(identity);
    const selection = this.context.selection();
    this.context.setSelection(
      allSelected(selection, ids) ? deselectAll(selection, ids) : selectAll(selection, ids),
    );
  }

  private groupIds(identity: string): string[] {
    const ids: string[] = [];
    for (const row of this.rows)
      if (row.kind === "paper" && row.identity === identity) ids.push(row.paper.id);
    return ids;
  }

  private onKey(event: KeyboardEvent): void {
    const selection = this.context.selection();
    const move = (to: number): void => {
      if (to < 0) return;
      this.active = to;
      const id = this.activePaperId()!;
      if (event.shiftKey) this.context.setSelection(selectRange(selection, this.order, id));
      this.syncActive();
    };
    switch (event.key) {
      case "ArrowDown":
        move(this.nextPaper(this.active, 1));
        break;
      case "ArrowUp":
        move(this.nextPaper(this.active, -1));
        break;
      case "Home":
        move(this.nextPaper(-1, 1));
        break;
      case "End":
        move(this.nextPaper(this.rows.length, -1));
        break;
      case " ": {
        const id = this.activePaperId();
        if (id === undefined) return;
        this.context.setSelection(
          event.shiftKey ? selectRange(selection, this.order, id) : toggle(selection, id),
        );
        break;
      }
      case "a":
      case "A":
        if (!(event.ctrlKey || event.metaKey)) return;
        this.context.setSelection(selectAll(selection, this.order));
        break;
      case "Escape":
        if (selection.ids.size === 0) return;
        this.context.setSelection(NO_SELECTION);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private ensureActive(): void {
    if (this.active < 0) this.active = this.nextPaper(-1, 1);
    this.syncActive();
  }

  private syncActive(): void {
    if (this.active >= 0) this.list.scrollToIndex(this.active);
    const id = this.activePaperId();
    if (id === undefined) this.element.removeAttribute("aria-activedescendant");
    else this.element.setAttribute("aria-activedescendant", optionId(id));
    this.list.restyle();
  }

  private nextPaper(from: number, step: 1 | -1): number {
    for (let i = from + step; i >= 0 && i < this.rows.length; i += step)
      if (this.rows[i]!.kind === "paper") return i;
    return from >= 0 && from < this.rows.length ? from : -1;
  }

  private activePaperId(): string | undefined {
    const row = this.rows[this.active];
    return row?.kind === "paper" ? row.paper.id : undefined;
  }

  private indexOfPaper(id: string): number {
    return this.rows.findIndex((r) => r.kind === "paper" && r.paper.id === id);
  }
}

function optionId(paperId: string): string {
  return `paper-option-${idFragment(paperId)}`;
}
