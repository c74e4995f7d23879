// "All N papers" of the open name: the filter, the one move control and the virtualised listbox.
// The listbox lives as long as the name is open (its scroll and keyboard position survive a
// decision); the filter bar and the move control are rebuilt when what they show changes.
import { h, plural, replaceChildren } from "../dom";
import { identityColour, type Theme } from "../graph/appearance";
import type { State } from "../state";
import { filterBar, type FilterBarView } from "./filterBar";
import { keepingFocus } from "./focusKeeper";
import { MoveBar } from "./moveBar";
import type { NamePanelActions, ReviewCommands } from "./namePanel";
import { UNASSIGNED_KEY, type NameModel } from "./nameModel";
import { filterChoices, isEmptyFilter } from "./paperFilter";
import { PaperListbox } from "./paperListbox";
import { paperRows } from "./paperRows";
import { NO_SELECTION, selectAll } from "./paperSelection";

export class PapersSection {
  readonly element: HTMLElement;
  private readonly filterSlot = h("div", {});
  /** The filters fold away (many menus, hundreds of co-authors) until asked for or in use. */
  private readonly filters = h(
    "details",
    { class: "filters" },
    h(
      "summary",
      { attrs: { "data-focus-key": "filters" } },
      "Filter, or select by venue, year or co-author…",
    ),
    this.filterSlot,
  );
  private readonly moveBar = new MoveBar();
  private readonly moveSlot = h("div", { class: "move-slot" }, this.moveBar.element);
  private readonly heading = h("h3", { attrs: { id: "all-papers-heading" } });
  private readonly listbox: PaperListbox;
  private shownOrder: string[] = [];
  /** The filter bar on screen and the model it offers the choices of. */
  private filterView: { model: NameModel; bar: FilterBarView } | undefined;
  private state: State | undefined;

  constructor(
    private model: NameModel,
    private readonly actions: NamePanelActions,
    private readonly commands: () => ReviewCommands | undefined,
    private theme: Theme,
  ) {
    this.listbox = new PaperListbox(`Papers of ${model.details.label}`, {
      nameKey: model.details.key,
      groupLabel: (identity) => this.groupLabel(identity),
      selection: () => this.state?.paperSelection ?? NO_SELECTION,
      setSelection: (selection) => this.actions.setSelection(selection),
      open: (key) => this.actions.open(key),
    });
    this.element = h(
      "section",
      { class: "all-papers", attrs: { "aria-labelledby": "all-papers-heading" } },
      this.heading,
      this.filters,
      this.moveSlot,
      this.listbox.element,
    );
    this.filters.addEventListener("toggle", () => {
      if (this.filters.open && this.state) this.buildFilters(this.state);
    });
  }

  setModel(model: NameModel, theme: Theme): void {
    this.model = model;
    this.theme = theme;
    this.state = undefined;
  }

  update(state: State): void {
    const previous = this.state;
    this.state = state;
    const model = this.model;
    const rowsChanged = !previous || previous.paperFilter !== state.paperFilter;
    const pending = model.details.pendingPapers;
    if (rowsChanged && pending !== undefined) {
      // The answer came first; its papers are on their way (NameDetails.pendingPapers).
      this.shownOrder = [];
      this.listbox.setRows([], []);
      this.heading.textContent = `Loading its ${plural(pending, "paper")}…`;
      this.filters.hidden = true;
    } else if (rowsChanged) {
      this.filters.hidden = false;
      const { rows, order } = paperRows(model, state.paperFilter);
      this.shownOrder = order;
      this.listbox.setRows(rows, order);
      this.heading.textContent =
        order.length === model.details.papers.length
          ? `All ${plural(order.length, "paper")}`
          : `${plural(order.length, "paper")} of ${model.details.papers.length} shown`;
      if (!isEmptyFilter(state.paperFilter)) this.filters.open = true;
      if (this.filters.open) this.buildFilters(state);
      else {
        this.filterSlot.replaceChildren();
        this.filterView = undefined;
      }
    } else this.listbox.refresh();
    if (!previous || previous.paperSelection !== state.paperSelection || rowsChanged) {
      const commands = this.commands();
      this.moveBar.update([...state.paperSelection.ids], model.identities, model.details.label, {
        move: commands && ((ids, target) => commands.move(ids, target)),
        clear: () => this.actions.setSelection(NO_SELECTION),
      });
    }
  }

  private buildFilters(state: State): void {
    const model = this.model;
    if (this.filterView?.model === model) {
      this.filterView.bar.show(state.paperFilter, this.shownOrder.length);
      return;
    }
    const bar = filterBar(
      filterChoices(model.details.papers, model.details.key),
      model.identities,
      model.unassigned.length,
      model.details.label,
      {
        setFilter: this.actions.setFilter,
        selectShown: () =>
          this.actions.setSelection(selectAll(this.actions.selection(), this.shownOrder)),
      },
    );
    bar.show(state.paperFilter, this.shownOrder.length);
    this.filterView = { model, bar };
    keepingFocus(this.filterSlot, () => replaceChildren(this.filterSlot, bar.element));
  }

  scrollToGroup(identity: string): void {
    this.listbox.scrollToGroup(identity);
  }

  reveal(): void {
    this.element.scrollIntoView({ block: "start", behavior: "smooth" });
  }

  destroy(): void {
    this.listbox.destroy();
  }

  private groupLabel(identity: string): { name: string; colour: string } {
    if (identity === UNASSIGNED_KEY)
      return {
        name: `Unassigned: not this ${this.model.details.label}`,
        colour: this.theme.neutral,
      };
    const found = this.model.identities.find((i) => i.key === identity);
    return {
      name: found?.name ?? identity,
      colour: identityColour(found?.colour ?? -1, this.theme),
    };
  }
}
