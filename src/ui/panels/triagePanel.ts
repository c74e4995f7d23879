// The triage list: names ranked by how much splitting them would fix (expected pairs of papers
// wrongly grouped under the name), filled in as the Worker works through the corpus; each row
// opens the name.
import type { TriageProgress } from "../../worker/protocol";
import { formatCount, h, plural, replaceChildren } from "../dom";

export function renderTriagePanel(
  root: HTMLElement,
  progress: TriageProgress | undefined,
  reviewed: ReadonlySet<string>,
  open: (key: string) => void,
): void {
  const status = !progress
    ? "Ranking names…"
    : progress.done < progress.total
      ? `Checked ${formatCount(progress.done)} of ${plural(progress.total, "name")} with two or more papers…`
      : `Checked all ${plural(progress.total, "name")} with two or more papers.`;
  const rows = progress?.rows ?? [];
  const focused = (document.activeElement as HTMLElement | null)?.dataset.nameKey;
  replaceChildren(
    root,
    h("h2", {}, "Triage"),
    h(
      "p",
      { class: "muted" },
      "Names where exact-name grouping mixes up the most papers first: the bar is the chance that two of the name's papers are by different people; the ranking weighs it by how many papers the name has.",
    ),
    h("p", { class: "status-line", attrs: { role: "status", "aria-live": "polite" } }, status),
    h(
      "ol",
      { class: "triage-list", attrs: { "aria-label": "Names ranked by papers likely mixed up" } },
      ...rows.map((row) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              attrs: {
                type: "button",
                "data-name-key": row.nameKey,
                "aria-label": `${row.label}: ${plural(row.papers, "paper")}, ${plural(row.identities, "suggested identity", "suggested identities")}, ambiguity ${Math.round(row.ambiguity * 100)}%${reviewed.has(row.nameKey) ? ", reviewed" : ""}`,
                title: `${plural(row.papers, "paper")}, ${plural(row.identities, "suggested identity", "suggested identities")}; ${Math.round(row.ambiguity * 100)}% chance that two of its papers are by different people`,
              },
              on: { click: () => open(row.nameKey) },
            },
            h("span", { class: "grow" }, `${reviewed.has(row.nameKey) ? "✓ " : ""}${row.label}`),
            h(
              "span",
              { class: "muted" },
              `${plural(row.papers, "paper")} · ${plural(row.identities, "identity", "identities")}`,
            ),
            ambiguityBar(row.ambiguity),
          ),
        ),
      ),
    ),
  );
  if (focused !== undefined) {
    for (const button of root.querySelectorAll<HTMLElement>("[data-name-key]")) {
      if (button.dataset.nameKey === focused) button.focus();
    }
  }
}

function ambiguityBar(ambiguity: number): HTMLElement {
  const fill = h("span");
  fill.style.width = `${Math.round(ambiguity * 100)}%`;
  return h("span", { class: "bar", attrs: { "aria-hidden": "true" } }, fill);
}
