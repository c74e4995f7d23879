// Narrowing the open name's paper list: by identity, venue, year or co-author, with "select all
// shown" next to it, so a curator selects by filter ("every ICPR paper of 2004") in two steps.
import { h, plural } from "../dom";
import { withoutName } from "./names";
import type { IdentityView } from "./nameModel";
import { UNASSIGNED_KEY } from "./nameModel";
import { isEmptyFilter, type FilterChoices, type PaperFilter } from "./paperFilter";

export interface FilterBarActions {
  setFilter(filter: PaperFilter): void;
  selectShown(): void;
}

export function filterBar(
  filter: PaperFilter,
  choices: FilterChoices,
  identities: readonly IdentityView[],
  unassigned: number,
  label: string,
  shown: number,
  actions: FilterBarActions,
): HTMLElement {
  const field = (
    key: keyof PaperFilter,
    text: string,
    options: { value: string; text: string }[],
    parse: (value: string) => PaperFilter[keyof PaperFilter],
  ): HTMLElement => {
    const current = filter[key] === undefined ? "" : String(filter[key]);
    const select = h(
      "select",
      {
        attrs: { id: `filter-${key}`, "data-focus-key": `filter-${key}` },
        on: {
          change: () =>
            actions.setFilter({
              ...filter,
              [key]: select.value === "" ? undefined : parse(select.value),
            }),
        },
      },
      h("option", { attrs: { value: "" } }, "any"),
      ...options.map((o) =>
        h("option", { attrs: { value: o.value, selected: o.value === current } }, o.text),
      ),
    );
    return h("label", { class: "filter-field" }, h("span", {}, text), select);
  };
  return h(
    "div",
    { class: "filter-bar", attrs: { role: "group", "aria-label": "Filter the papers" } },
    field(
      "identity",
      "Identity",
      [
        ...identities.map((i) => ({
          value: i.key,
          text: `${withoutName(i.name, label)} (${i.paperIds.length})`,
        })),
        ...(unassigned > 0 ? [{ value: UNASSIGNED_KEY, text: `Unassigned (${unassigned})` }] : []),
      ],
      (v) => v,
    ),
    field(
      "venue",
      "Venue",
      choices.venues.map((v) => ({ value: v.value, text: `${v.value} (${v.papers})` })),
      (v) => v,
    ),
    field(
      "year",
      "Year",
      choices.years.map((y) => ({ value: String(y.value), text: `${y.value} (${y.papers})` })),
      (v) => Number(v),
    ),
    field(
      "coauthor",
      "Co-author",
      choices.coauthors.map((c) => ({ value: c.value, text: `${c.label} (${c.papers})` })),
      (v) => v,
    ),
    h(
      "div",
      { class: "controls-row" },
      h(
        "button",
        {
          attrs: { type: "button", "data-focus-key": "select-shown", disabled: shown === 0 },
          on: { click: () => actions.selectShown() },
        },
        `Select ${isEmptyFilter(filter) ? "all" : "the"} ${plural(shown, "paper")} shown`,
      ),
      isEmptyFilter(filter)
        ? null
        : h(
            "button",
            {
              attrs: { type: "button", "data-focus-key": "filter-clear" },
              on: { click: () => actions.setFilter({}) },
            },
            "Show all papers",
          ),
    ),
  );
}
