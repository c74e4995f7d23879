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

/** The bar, built once per model; `show` sets what it shows for each filter in turn. */
export interface FilterBarView {
  element: HTMLElement;
  show(filter: PaperFilter, shown: number): void;
}

/**
 * The filter menus of one model. Built once per answer: a name's co-author menu holds hundreds
 * of options, and rebuilding it on each filter change laid them all out again.
 */
export function filterBar(
  choices: FilterChoices,
  identities: readonly IdentityView[],
  unassigned: number,
  label: string,
  actions: FilterBarActions,
): FilterBarView {
  let filter: PaperFilter = {};
  const selects = new Map<keyof PaperFilter, HTMLSelectElement>();
  const field = (
    key: keyof PaperFilter,
    text: string,
    options: { value: string; text: string }[],
    parse: (value: string) => PaperFilter[keyof PaperFilter],
  ): HTMLElement => {
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
      ...options.map((o) => h("option", { attrs: { value: o.value } }, o.text)),
    );
    selects.set(key, select);
    return h("label", { class: "filter-field" }, h("span", {}, text), select);
  };
  const selectShown = h("button", {
    attrs: { type: "button", "data-focus-key": "select-shown" },
    on: { click: () => actions.selectShown() },
  });
  const clear = h(
    "button",
    {
      attrs: { type: "button", "data-focus-key": "filter-clear" },
      on: { click: () => actions.setFilter({}) },
    },
    "Show all papers",
  );
  const element = h(
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
    h("div", { class: "controls-row" }, selectShown, clear),
  );
  const show = (next: PaperFilter, shown: number): void => {
    filter = next;
    for (const [key, select] of selects) {
      const value = next[key] === undefined ? "" : String(next[key]);
      if (select.value !== value) select.value = value;
      // A value no longer offered (an identity gone after a recompute) reads as "any".
      if (select.selectedIndex < 0) select.value = "";
    }
    selectShown.disabled = shown === 0;
    selectShown.textContent = `Select ${isEmptyFilter(next) ? "all" : "the"} ${plural(shown, "paper")} shown`;
    clear.hidden = isEmptyFilter(next);
  };
  return { element, show };
}
