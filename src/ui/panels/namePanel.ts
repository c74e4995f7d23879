// The name panel: for the open name, its paper count, the reminder that an exact name is not a
// person, variants, quality, the source's author records, the suggested identities, and all its
// papers in one selectable list with one move control. Rebuilt when a new answer arrives (keeping
// the keyboard focus where it was); a decision or a resolution the Worker is still computing only
// marks the split busy (the answer around it follows at once, and rebuilding twice cost a frame);
// selection, filter and hover only touch what shows them.
import type { MoveTarget } from "../../core/decisions";
import { reconcileRecords } from "../../core/workspace/sourceRecords";
import type { NameDetails, QueryStep } from "../../worker/protocol";
import { h, plural, replaceChildren } from "../dom";
import type { Theme } from "../graph/appearance";
import type { State } from "../state";
import { timed } from "../timing";
import { keepingFocus } from "./focusKeeper";
import { identitySection } from "./identitySection";
import { nameModel, type NameModel } from "./nameModel";
import type { PaperFilter } from "./paperFilter";
import { selectAll, type PaperSelection } from "./paperSelection";
import { PapersSection } from "./papersSection";
import { qualityView } from "./quality";
import { sourceRecordsView } from "./sourceRecordsView";
import type { CuratedState } from "../../core/decisions";

/** What the panel asks of the decisions (core/decisions via the decisions controller). */
export interface ReviewCommands {
  move(paperIds: string[], target: MoveTarget): void;
  merge(survivor: string, others: string[]): void;
  accept(): void;
  reset(): void;
}

export interface NamePanelActions {
  /** The selection now (controls built earlier must not act on the one they were built with). */
  selection(): PaperSelection;
  open(key: string): void;
  setResolution(resolution: number): void;
  setSplit(on: boolean): void;
  setSelection(selection: PaperSelection): void;
  setFilter(filter: PaperFilter): void;
  hoverIdentity(key: string | undefined): void;
  focusIdentity(key: string | undefined): void;
}

const REBUILD_KEYS: (keyof State)[] = ["selected", "details", "split"];
/** Rebuilt too, unless the answer they call for is on its way (then the split is marked busy). */
const PENDING_KEYS: (keyof State)[] = ["decisions", "resolution"];

/** The decisions in force on the open name (none: the plain suggestion). */
function curatedOf(state: State): CuratedState | undefined {
  const { decisions, selected } = state;
  return decisions && decisions.nameKey === selected && !decisions.quarantine
    ? decisions.state
    : undefined;
}

/** The model the panel shows for the state (none until the selected name's answer is in). */
export function panelModel(state: State): NameModel | undefined {
  const { selected, details } = state;
  if (!selected || !details || details.key !== selected) return undefined;
  return nameModel(details, curatedOf(state));
}

/**
 * The answer on screen was computed before the latest decision or at another resolution (its
 * refetch is on the way).
 */
function updating(state: State): boolean {
  const { decisions, details, selected } = state;
  if (details === undefined || details.key !== selected) return false;
  if (details.suggestion.resolution !== state.resolution) return true;
  return (
    decisions !== undefined &&
    decisions.nameKey === selected &&
    decisions.constraintsKey !== details.constraintsKey
  );
}

function updatingStatus(state: State): string {
  return state.details && state.details.suggestion.resolution !== state.resolution
    ? `Splitting again at resolution ${state.resolution.toFixed(1)}…`
    : "Updating the split around your decision…";
}

export class NamePanel {
  private model: NameModel | undefined;
  private top: HTMLElement | undefined;
  private papers: PapersSection | undefined;
  private theme: Theme;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: NamePanelActions,
    private readonly commands: ReviewCommands,
    theme: Theme,
    /** Called after each rebuild (the decisions panel fills its slot). */
    private readonly afterRebuild: () => void = () => undefined,
  ) {
    this.theme = theme;
  }

  /** Builds the panel for the state (the first time, or after the corpus changed). */
  show(state: State): void {
    this.rebuild(state);
  }

  setTheme(theme: Theme, state: State): void {
    this.theme = theme;
    this.rebuild(state);
  }

  update(state: State, changed: ReadonlySet<keyof State>): void {
    if (REBUILD_KEYS.some((key) => changed.has(key))) return this.rebuild(state);
    if (changed.has("nameStep") && state.details?.key !== state.selected)
      return this.waiting(state);
    if (PENDING_KEYS.some((key) => changed.has(key))) {
      if (this.model && updating(state)) this.markBusy(state);
      else return this.rebuild(state);
    }
    if (!this.model || !this.papers) return;
    if (changed.has("paperFilter") || changed.has("paperSelection")) this.papers.update(state);
    if (changed.has("identityHover") || changed.has("identityFocus"))
      this.highlight(state, changed.has("identityFocus"));
  }

  /** The model shown now (the graph draws the same one). */
  get current(): NameModel | undefined {
    return this.model;
  }

  /** The name asked for, while the Worker reads, splits and lays it out (it says which). */
  private waiting(state: State): void {
    const { selected, nameStep } = state;
    if (!selected) return;
    const step = nameStep?.key === selected ? nameStep : undefined;
    this.clear();
    replaceChildren(
      this.root,
      h("h2", {}, step?.label ?? selected),
      h(
        "p",
        { class: "muted", attrs: { role: "status", id: "name-step", "data-stage": step?.stage } },
        stepText(step),
      ),
    );
  }

  private rebuild(state: State): void {
    timed("name-panel", () => this.rebuildNow(state));
  }

  private rebuildNow(state: State): void {
    const { selected, details } = state;
    if (!selected) {
      this.clear();
      replaceChildren(
        this.root,
        h("h2", {}, "No name selected"),
        h(
          "p",
          { class: "muted" },
          "Search a name above, click a node, or open a name from the Triage list to see how its papers may split into people.",
        ),
      );
      return;
    }
    if (!details || details.key !== selected) return this.waiting(state);
    const curated = curatedOf(state);
    const model = timed("name-model", () => nameModel(details, curated));
    const sameName = this.model?.details.key === details.key && this.papers !== undefined;
    this.model = model;
    keepingFocus(this.root, () => {
      const top = this.buildTop(model, state);
      if (!sameName) {
        this.papers?.destroy();
        this.papers = new PapersSection(model, this.actions, () => this.commands, this.theme);
      } else this.papers!.setModel(model, this.theme);
      this.papers!.update(state);
      if (this.top && this.top.parentNode === this.root && sameName) this.top.replaceWith(top);
      else replaceChildren(this.root, top, this.papers!.element);
      this.top = top;
      this.afterRebuild();
    });
    this.highlight(state, false);
  }

  private clear(): void {
    this.papers?.destroy();
    this.papers = undefined;
    this.model = undefined;
    this.top = undefined;
  }

  private buildTop(model: NameModel, state: State): HTMLElement {
    const { details } = model;
    const curated = curatedOf(state);
    const decided = curated ? curated.groupOf.size + curated.unassigned.size : 0;
    const records = reconcileRecords(
      model.identities.map((i) => ({
        key: i.key,
        name: i.name,
        sourceIds: i.suggested?.sourceIds ?? [],
      })),
      details.reportedRecords,
    );
    return h(
      "div",
      { class: "name-top" },
      h("h2", { attrs: { id: "name-heading" } }, details.label),
      h("p", { class: "counts" }, countsLine(details)),
      h(
        "p",
        { class: "note" },
        "These papers share this exact name (ignoring case and spacing). Exact-name grouping is not identity: one name can be several people, and one person can write their name several ways.",
      ),
      variantsView(details, this.actions.open),
      this.qualityLater(model, decided > 0),
      sourceRecordsView(records, model, (key) => this.actions.focusIdentity(key)),
      identitySection(
        model,
        {
          resolution: state.resolution,
          split: state.split,
          theme: this.theme,
          canDecide: state.decisions?.quarantine === undefined,
          busy: updating(state),
          status: updating(state)
            ? updatingStatus(state)
            : decided === 0
              ? "The suggestion, not reviewed yet. Select papers below and move them, or merge identities on their cards."
              : `Your decisions hold here: ${plural(curated!.groupOf.size, "paper")} placed${
                  curated!.unassigned.size > 0
                    ? `, ${plural(curated!.unassigned.size, "paper")} not this person`
                    : ""
                }.`,
        },
        {
          open: this.actions.open,
          focus: (key) => this.actions.focusIdentity(key),
          hover: (key) => this.actions.hoverIdentity(key),
          selectPapers: (key) => {
            const identity = model.identities.find((i) => i.key === key);
            if (identity)
              this.actions.setSelection(selectAll(this.actions.selection(), identity.paperIds));
            this.papers?.scrollToGroup(key);
          },
          showPapers: (key) => {
            this.actions.setFilter({ identity: key });
            this.papers?.reveal();
          },
          merge: (survivor, absorbed) => this.commands.merge(survivor, [absorbed]),
          setResolution: this.actions.setResolution,
          setSplit: this.actions.setSplit,
          accept: () => this.commands.accept(),
          reset: () => this.commands.reset(),
        },
      ),
      h("section", { attrs: { id: "decisions-panel", "aria-label": "Decisions on this name" } }),
    );
  }

  /**
   * Quality against ground truth, in a task of its own after the frame that shows the answer: it
   * scores every paper of the name (a third of a second on 33,607), and needs them all in.
   */
  private qualityLater(model: NameModel, decided: boolean): HTMLElement {
    const slot = h("div", { class: "quality-slot" });
    if (model.details.pendingPapers !== undefined) return slot;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.model !== model || !slot.isConnected) return;
        const groups = model.identities.map((i) => i.paperIds);
        const view = timed("name-quality", () =>
          qualityView(model.details, groups, model.unassigned, decided),
        );
        if (view) slot.replaceChildren(view);
      }, 0),
    );
    return slot;
  }

  /** The split on screen is about to be replaced: says so, without rebuilding what will go. */
  private markBusy(state: State): void {
    const section = this.root.querySelector<HTMLElement>("section.identities");
    if (!section) return;
    section.setAttribute("aria-busy", "true");
    const status = section.querySelector(".status-line");
    if (status) status.textContent = updatingStatus(state);
  }

  /** Marks the hovered and focused identity's card; brings a newly focused one into view. */
  private highlight(state: State, scroll: boolean): void {
    for (const card of this.root.querySelectorAll<HTMLElement>(".identity-card")) {
      const key = card.dataset.identity;
      card.classList.toggle("hovered", key === state.identityHover);
      card.classList.toggle("focused", key === state.identityFocus);
    }
    if (!scroll || state.identityFocus === undefined) return;
    let card = this.root.querySelector<HTMLElement>(
      `.identity-card[data-identity="${CSS.escape(state.identityFocus)}"]`,
    );
    if (!card) {
      // A folded card: unfold the rest so it can be shown.
      const more = this.root.querySelector<HTMLDetailsElement>(".more-identities");
      if (more && !more.open) {
        more.open = true;
        more.dispatchEvent(new Event("toggle"));
      }
      card = this.root.querySelector<HTMLElement>(
        `.identity-card[data-identity="${CSS.escape(state.identityFocus)}"]`,
      );
      card?.classList.add("focused");
    }
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}

/** What the Worker is doing for a name asked for, in words. */
export function stepText(step: QueryStep | undefined): string {
  switch (step?.stage) {
    case "read":
      return "Reading its papers…";
    case "split":
      return `Suggesting how ${plural(step.papers ?? 0, "paper")} split into people…`;
    case "workspace":
      return `Laying out ${plural(step.identities ?? 0, "identity", "identities")} and their co-authors…`;
    default:
      return "Splitting…";
  }
}

function countsLine(details: NameDetails): string {
  const parts = [plural(details.suggestion.paperIds.length, "paper")];
  const records = details.suggestion.authorRecords.records;
  if (records > 0) parts.push(plural(records, "author record"));
  else if (details.reportedRecords)
    parts.push(`${plural(details.reportedRecords.records, "author record")} reported`);
  return parts.join(" · ");
}

function variantsView(details: NameDetails, open: (key: string) => void): HTMLElement {
  if (details.variants.length === 0) {
    return h("p", { class: "muted" }, "No other spelling of this name in the corpus.");
  }
  return h(
    "div",
    {},
    h("h3", {}, "Possible variants of this name"),
    h(
      "ul",
      { class: "chips", attrs: { "aria-label": "Possible variants" } },
      ...details.variants.map((v) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              attrs: { type: "button", title: `Same ${v.kind}` },
              on: { click: () => open(v.key) },
            },
            `${v.label} (${plural(v.papers, "paper")}, ${v.kind})`,
          ),
        ),
      ),
    ),
  );
}
