// The name panel: for the selected name, its paper count and author records, the reminder that an
// exact name is not a person, possible variants, quality, the suggested split, and all its papers.
import type { NameDetails } from "../../worker/protocol";
import { h, plural, replaceChildren } from "../dom";
import type { Theme } from "../graph/appearance";
import type { State } from "../state";
import { identitySection, type ReviewActions } from "./identityCards";
import { paperList } from "./paperList";
import { qualityView } from "./quality";

export function renderNamePanel(
  root: HTMLElement,
  state: State,
  theme: Theme,
  actions: ReviewActions,
): void {
  const { selected, details } = state;
  if (!selected) {
    replaceChildren(
      root,
      h("h2", {}, "No name selected"),
      h(
        "p",
        { class: "muted" },
        "Search a name above, click a node, or open a name from the Triage list to see how its papers may split into people.",
      ),
    );
    return;
  }
  if (!details || details.key !== selected) {
    replaceChildren(
      root,
      h("h2", {}, selected),
      h("p", { class: "muted", attrs: { role: "status" } }, "Splitting…"),
    );
    return;
  }
  replaceChildren(
    root,
    h("h2", { attrs: { id: "name-heading" } }, details.label),
    h("p", { class: "counts" }, ...countsLine(details)),
    h(
      "p",
      { class: "note" },
      "These papers share this exact name (ignoring case and spacing). Exact-name grouping is not identity: one name can be several people, and one person can write their name several ways.",
    ),
    ...recordRemarks(details),
    variantsView(details, actions.select),
    qualityView(details, (state.decisions?.log.length ?? 0) > 0),
    identitySection(
      details,
      state.decisions,
      { split: state.split, resolution: state.resolution, theme },
      actions,
    ),
    // Filled by the decisions panel (undo/redo, conflicts, history): src/ui/review/decisionsPanel.
    h("section", { attrs: { id: "decisions-panel", "aria-labelledby": "decisions-heading" } }),
    h(
      "h3",
      { attrs: { id: "all-papers-heading" } },
      `All ${plural(details.papers.length, "paper")}`,
    ),
    paperList(details.papers, {
      viewedKey: details.key,
      select: actions.select,
      label: `Papers of ${details.label}`,
    }),
  );
}

function countsLine(details: NameDetails): string[] {
  const parts = [plural(details.papers.length, "paper")];
  const records = details.suggestion.authorRecords.records;
  if (records > 0) parts.push(plural(records, "author record"));
  return [parts.join(" · ")];
}

function recordRemarks(details: NameDetails): HTMLElement[] {
  const remarks = details.suggestion.authorRecords.remarks;
  if (remarks.length === 0) return [];
  return [
    h(
      "ul",
      { class: "evidence", attrs: { "aria-label": "Author records" } },
      ...remarks.map((r) => h("li", {}, r)),
    ),
  ];
}

function variantsView(details: NameDetails, select: (key: string) => void): HTMLElement {
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
              on: { click: () => select(v.key) },
            },
            `${v.label} (${plural(v.papers, "paper")}, ${v.kind})`,
          ),
        ),
      ),
    ),
  );
}
