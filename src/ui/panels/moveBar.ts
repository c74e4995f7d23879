// The one move control: acts on the selected papers. Choosing a target only chooses it (so an
// arrow key on the closed menu moves nothing); the Move button moves. Targets: an identity (named
// by content), a new identity, or "unassigned" (not this person).
// Built once per open name and updated in place: a selection change only rewrites the count and
// the buttons' states, and the menu's options are rebuilt only when the identities change. The
// controls stay the same elements, so the keyboard stays on them with nothing to focus again
// (focusing a new element lays out the whole panel in the middle of a rebuild).
import type { MoveTarget } from "../../core/decisions";
import { h, plural, replaceChildren } from "../dom";
import type { IdentityView } from "./nameModel";
import { withoutName } from "./names";

export interface MoveBarActions {
  /** Undefined until decisions can be recorded. */
  move: ((paperIds: string[], target: MoveTarget) => void) | undefined;
  clear(): void;
}

export class MoveBar {
  readonly element: HTMLElement;
  private readonly count = h("span", {
    class: "move-count",
    attrs: { id: "move-count", role: "status" },
  });
  private readonly target = h("select", {
    attrs: { id: "move-target", "data-focus-key": "move-target", "aria-describedby": "move-count" },
  });
  private readonly go: HTMLButtonElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly waiting = h(
    "span",
    { class: "muted" },
    "Moves are recorded once saved decisions are loaded.",
  );
  private selected: readonly string[] = [];
  private actions: MoveBarActions = { move: undefined, clear: () => undefined };
  private identities: readonly IdentityView[] | undefined;

  constructor() {
    this.go = h(
      "button",
      {
        attrs: { type: "button", "data-focus-key": "move-go" },
        on: { click: () => this.moveSelected() },
      },
      "Move",
    );
    this.clearButton = h(
      "button",
      {
        attrs: { type: "button", "data-focus-key": "move-clear" },
        on: { click: () => this.actions.clear() },
      },
      "Clear selection",
    );
    this.element = h(
      "div",
      { class: "move-bar", attrs: { role: "group", "aria-label": "Move the selected papers" } },
      this.count,
      h("label", { attrs: { for: "move-target" } }, "Move to"),
      this.target,
      this.go,
      this.clearButton,
    );
  }

  /** Shows `selected` and the targets of `identities` (options rebuilt only when they changed). */
  update(
    selected: readonly string[],
    identities: readonly IdentityView[],
    label: string,
    actions: MoveBarActions,
  ): void {
    this.selected = selected;
    this.actions = actions;
    if (identities !== this.identities) {
      this.identities = identities;
      replaceChildren(this.target, ...targetOptions(identities, label));
    }
    const count = selected.length;
    this.count.textContent = count > 0 ? `${plural(count, "paper")} selected` : "No paper selected";
    this.target.disabled = !actions.move;
    this.go.disabled = count === 0 || !actions.move;
    this.clearButton.disabled = count === 0;
    if (actions.move) this.waiting.remove();
    else this.element.append(this.waiting);
  }

  private moveSelected(): void {
    const chosen = readTarget(this.target.value);
    const move = this.actions.move;
    if (chosen === undefined || this.selected.length === 0 || !move) {
      this.target.focus();
      return;
    }
    move([...this.selected], chosen);
  }
}

function targetOptions(identities: readonly IdentityView[], label: string): HTMLElement[] {
  return [
    h("option", { attrs: { value: "" } }, "Choose where…"),
    h(
      "optgroup",
      { attrs: { label: `Identities of ${label}` } },
      ...identities.map((identity) =>
        h(
          "option",
          { attrs: { value: `identity:${identity.key}` } },
          `${withoutName(identity.name, label)} (${plural(identity.paperIds.length, "paper")})`,
        ),
      ),
    ),
    h("option", { attrs: { value: "new" } }, "A new identity"),
    h("option", { attrs: { value: "unassigned" } }, `Unassigned: not this ${label}`),
  ];
}

function readTarget(value: string): MoveTarget | undefined {
  if (value === "new" || value === "unassigned") return value;
  if (value.startsWith("identity:")) return value.slice("identity:".length);
  return undefined;
}
