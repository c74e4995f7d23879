// The Review tab: names the curator has decided on, and export/import of those decisions as JSON
// or CSV (one row per paper mention: name, paper id, title, identity).
import { h, plural, replaceChildren } from "../dom";
import type { ReviewRecord } from "../reviewModel";

export interface ReviewPanelActions {
  open(key: string): void;
  exportJson(): void;
  exportCsv(): void;
  importFile(file: File): void;
}

export function renderReviewPanel(
  root: HTMLElement,
  records: ReviewRecord[],
  message: string,
  actions: ReviewPanelActions,
): void {
  const fileInput = h("input", {
    attrs: { type: "file", accept: ".json,.csv,application/json,text/csv", id: "review-import" },
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) actions.importFile(file);
    fileInput.value = "";
  });
  const sorted = [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  replaceChildren(
    root,
    h("h2", {}, "Review decisions"),
    h(
      "p",
      { class: "muted" },
      "Decisions are saved in this browser per corpus and name. Export them to share or keep them.",
    ),
    h(
      "div",
      { class: "controls-row" },
      h("button", { attrs: { type: "button" }, on: { click: actions.exportJson } }, "Export JSON"),
      h("button", { attrs: { type: "button" }, on: { click: actions.exportCsv } }, "Export CSV"),
      h("label", { attrs: { for: "review-import" } }, "Import JSON or CSV: "),
      fileInput,
    ),
    h("p", { class: "status-line", attrs: { role: "status", "aria-live": "polite" } }, message),
    h("h3", {}, plural(records.length, "reviewed name")),
    h(
      "ul",
      { class: "review-list", attrs: { "aria-label": "Reviewed names" } },
      ...sorted.map((record) =>
        h(
          "li",
          {},
          h(
            "button",
            { attrs: { type: "button" }, on: { click: () => actions.open(record.nameKey) } },
            h("span", { class: "grow" }, record.label),
            h(
              "span",
              { class: "muted" },
              `${plural(record.groups.length, "identity", "identities")} · ${record.status}`,
            ),
          ),
        ),
      ),
    ),
  );
}
