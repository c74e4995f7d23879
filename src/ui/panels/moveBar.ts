// The one move control: acts on the selected papers. Choosing a target only chooses it (so an
// arrow key on the closed menu moves nothing); the Move button moves. Targets: an identity (named
// by content), a new identity, or "unassigned" (not this person).
import type { MoveTarget } from "../../core/decisions";
import { h, plural } from "../dom";
import type { IdentityView } from "./nameModel";
import { withoutName } from "./names";

export interface MoveBarActions {
  /** Undefined until decisions can be recorded. */
  move: ((paperIds: string[], target: MoveTarget) => void) | undefined;
  clear(): void;
}

export function moveBar(
  selected: readonly string[],
  identities: readonly IdentityView[],
  label: string,
  actions: MoveBarActions,
): HTMLElement {
  const move = actions.move;
  const count = selected.length;
  const target = h(
    "select",
    {
      attrs: {
        id: "move-target",
        "data-focus-key": "move-target",
        "aria-describedby": "move-count",
        disabled: !move,
      },
    },
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
  );
  const go = h(
    "button",
    {
      attrs: { type: "button", "data-focus-key": "move-go", disabled: count === 0 || !move },
      on: {
        click: () => {
          const chosen = readTarget(target.value);
          if (chosen === undefined || count === 0 || !move) {
            target.focus();
            return;
          }
          move([...selected], chosen);
        },
      },
    },
    "Move",
  );
  return h(
    "div",
    { class: "move-bar", attrs: { role: "group", "aria-label": "Move the selected papers" } },
    h(
      "span",
      { class: "move-count", attrs: { id: "move-count", role: "status" } },
      count > 0 ? `${plural(count, "paper")} selected` : "No paper selected",
    ),
    h("label", { attrs: { for: "move-target" } }, "Move to"),
    target,
    go,
    h(
      "button",
      {
        attrs: { type: "button", "data-focus-key": "move-clear", disabled: count === 0 },
        on: { click: () => actions.clear() },
      },
      "Clear selection",
    ),
    move
      ? null
      : h("span", { class: "muted" }, "Moves are recorded once saved decisions are loaded."),
  );
}

function readTarget(value: string): MoveTarget | undefined {
  if (value === "new" || value === "unassigned") return value;
  if (value.startsWith("identity:")) return value.slice("identity:".length);
  return undefined;
}
