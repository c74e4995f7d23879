// The Review tab: the names decided on, export of the decisions (JSON with history and paper keys,
// or CSV), import as a preview that changes nothing until confirmed, names whose saved record
// could not be read, and exports of the graph.
import type { DecisionEntry, NamePlan } from "../../core/decisions";
import { h, plural, replaceChildren } from "../dom";
import type { QuarantinedName } from "./decisionStore";
import type { ImportPreview } from "./decisionsTransfer";

export interface ReviewTabInput {
  decided: { nameKey: string; log: readonly DecisionEntry[] }[];
  quarantined: QuarantinedName[];
  preview: ImportPreview | undefined;
  lastImport: { file: string } | undefined;
  message: string;
  labelOf: (nameKey: string) => string;
}

export interface ReviewTabActions {
  open(nameKey: string): void;
  exportDecisions(format: "json" | "csv"): void;
  previewFile(file: File): void;
  confirmImport(): void;
  cancelImport(): void;
  undoImport(): void;
  exportRaw(nameKey: string): void;
  resetQuarantined(nameKey: string): void;
  exportGraph(format: "gexf" | "graphml" | "png" | "svg"): void;
}

export function renderReviewTab(
  root: HTMLElement,
  input: ReviewTabInput,
  actions: ReviewTabActions,
): void {
  const fileInput = h("input", {
    attrs: {
      type: "file",
      accept: ".json,.csv,.tsv,.txt,application/json,text/csv",
      id: "decisions-import",
    },
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) actions.previewFile(file);
    fileInput.value = "";
  });
  const sorted = [...input.decided].sort((a, b) =>
    (b.log.at(-1)?.at ?? "").localeCompare(a.log.at(-1)?.at ?? ""),
  );
  replaceChildren(
    root,
    h("h2", {}, "Review decisions"),
    h(
      "p",
      { class: "muted" },
      "Decisions are saved in this browser per corpus and name, shared live between tabs. Export them (with their history and stable paper keys) to keep them or to apply them to another export of the same papers.",
    ),
    h(
      "div",
      { class: "controls-row" },
      button("Export decisions (JSON)", () => actions.exportDecisions("json"), "export-json"),
      button("Export CSV", () => actions.exportDecisions("csv"), "export-csv"),
      h("label", { attrs: { for: "decisions-import" } }, "Import decisions: "),
      fileInput,
    ),
    h(
      "p",
      {
        class: "status-line",
        attrs: { role: "status", "aria-live": "polite", id: "review-status" },
      },
      input.message,
    ),
    input.lastImport
      ? h(
          "div",
          { class: "controls-row" },
          button(`Undo import of ${input.lastImport.file}`, actions.undoImport, "undo-import"),
        )
      : null,
    input.preview ? previewView(input.preview, input.labelOf, actions) : null,
    input.quarantined.length > 0 ? quarantineList(input, actions) : null,
    h("h3", {}, plural(sorted.length, "reviewed name")),
    h(
      "ul",
      { class: "review-list", attrs: { "aria-label": "Reviewed names" } },
      ...sorted.map(({ nameKey, log }) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              attrs: { type: "button", "data-name": nameKey },
              on: { click: () => actions.open(nameKey) },
            },
            h("span", { class: "grow" }, input.labelOf(nameKey)),
            h(
              "span",
              { class: "muted" },
              `${plural(log.length, "decision")} · ${new Date(log.at(-1)?.at ?? 0).toLocaleDateString()}`,
            ),
          ),
        ),
      ),
    ),
    h("h3", {}, "Export the graph"),
    h(
      "p",
      { class: "muted" },
      "The co-author graph as drawn (the open name's workspace when one is open): GEXF or GraphML for Gephi and other tools, or a picture.",
    ),
    h(
      "div",
      { class: "controls-row" },
      button("GEXF", () => actions.exportGraph("gexf"), "export-gexf"),
      button("GraphML", () => actions.exportGraph("graphml"), "export-graphml"),
      button("PNG", () => actions.exportGraph("png"), "export-png"),
      button("SVG", () => actions.exportGraph("svg"), "export-svg"),
    ),
  );
}

const STATUS_TEXT: Record<NamePlan["status"], string> = {
  added: "new here",
  changed: "changes decisions here",
  unchanged: "nothing new",
  "not in this corpus": "name not in this corpus",
};

function previewView(
  preview: ImportPreview,
  labelOf: (key: string) => string,
  actions: ReviewTabActions,
): HTMLElement {
  const applies = preview.plans.filter((p) => p.status === "added" || p.status === "changed");
  return h(
    "section",
    {
      class: "import-preview",
      attrs: { "aria-labelledby": "preview-heading", "data-preview": preview.file },
    },
    h("h3", { attrs: { id: "preview-heading" } }, `Import preview: ${preview.file}`),
    h(
      "p",
      { class: "muted" },
      `${preview.corpusId === undefined ? "The file does not say which corpus it comes from" : `Exported from corpus "${preview.corpusId}"`}. Nothing changes until you apply it; applying can be undone in one step.`,
    ),
    h(
      "table",
      { class: "preview-table" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...[
            "Name",
            "Effect",
            "Papers changed",
            "Conflicts with decisions here",
            "Papers not in this corpus",
          ].map((t) => h("th", { attrs: { scope: "col" } }, t)),
        ),
      ),
      h(
        "tbody",
        {},
        ...preview.plans.map((plan) =>
          h(
            "tr",
            { attrs: { "data-plan": plan.nameKey, "data-status": plan.status } },
            h("td", {}, plan.label || labelOf(plan.nameKey)),
            h("td", {}, STATUS_TEXT[plan.status]),
            h("td", {}, String(plan.changed.length)),
            h("td", {}, String(plan.conflicts.length)),
            h(
              "td",
              {
                attrs: {
                  title: [...plan.missing, ...plan.ambiguous]
                    .map((p) => p.title || p.id)
                    .slice(0, 20)
                    .join("\n"),
                },
              },
              String(plan.missing.length + plan.ambiguous.length),
            ),
          ),
        ),
      ),
    ),
    preview.skipped.length > 0
      ? h(
          "details",
          {},
          h(
            "summary",
            {},
            `${plural(preview.skipped.length, "part")} of the file could not be read and will be skipped`,
          ),
          h("ul", {}, ...preview.skipped.map((s) => h("li", {}, s))),
        )
      : null,
    h(
      "div",
      { class: "controls-row" },
      h(
        "button",
        {
          attrs: {
            type: "button",
            disabled: applies.length === 0,
            "data-action": "confirm-import",
          },
          on: { click: actions.confirmImport },
        },
        applies.length === 0 ? "Nothing to apply" : `Apply to ${plural(applies.length, "name")}`,
      ),
      button("Cancel", actions.cancelImport, "cancel-import"),
    ),
  );
}

function quarantineList(input: ReviewTabInput, actions: ReviewTabActions): HTMLElement {
  return h(
    "section",
    { class: "notice", attrs: { role: "alert", "aria-labelledby": "quarantine-heading" } },
    h(
      "h3",
      { attrs: { id: "quarantine-heading" } },
      `${plural(input.quarantined.length, "name")} with unreadable saved decisions`,
    ),
    h(
      "p",
      {},
      "These records failed their check and are set aside; the names show the plain suggestion. Everything else works as usual.",
    ),
    h(
      "ul",
      {},
      ...input.quarantined.map((q) =>
        h(
          "li",
          { attrs: { "data-quarantined": q.nameKey } },
          h("div", {}, h("strong", {}, input.labelOf(q.nameKey)), `: ${q.problem}`),
          h(
            "div",
            { class: "controls-row" },
            button("Export the record", () => actions.exportRaw(q.nameKey), "export-raw"),
            button(
              "Reset this name…",
              () => actions.resetQuarantined(q.nameKey),
              "reset-quarantined",
            ),
          ),
        ),
      ),
    ),
  );
}

function button(text: string, onClick: () => void, name: string): HTMLButtonElement {
  return h(
    "button",
    { attrs: { type: "button", "data-action": name }, on: { click: onClick } },
    text,
  );
}
