// Quality in view: when the corpus carries ground-truth labels, how the identities on screen score
// for this name, by B-cubed and pairwise F1. The Worker computes the suggestion around the curator's
// decisions, so with decisions the score is that of the suggestion and the decisions together;
// papers held out ("not this person") count as singletons.
import { scoreClustering } from "../../core/metrics";
import type { NameDetails } from "../../worker/protocol";
import { h } from "../dom";

/** Truth per paper id (the label on this name's mention); empty when the corpus has no labels. */
export function truthOf(details: NameDetails): Map<string, string> {
  const truth = new Map<string, string>();
  for (const paper of details.papers) if (paper.truth) truth.set(paper.id, paper.truth);
  return truth;
}

export function qualityView(
  details: NameDetails,
  groups: readonly (readonly string[])[],
  unassigned: readonly string[],
  decided: boolean,
): HTMLElement | null {
  const truth = truthOf(details);
  if (truth.size === 0) return null;
  const score = scoreClustering(
    [...groups.map((g) => [...g]), ...unassigned.map((id) => [id])],
    truth,
  );
  const people = new Set(truth.values()).size;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return h(
    "section",
    { attrs: { "aria-labelledby": "quality-heading" } },
    h("h3", { attrs: { id: "quality-heading" } }, "Quality against ground truth"),
    h(
      "p",
      { class: "muted" },
      `${score.items} labelled papers by ${people} real ${people === 1 ? "person" : "people"}.`,
    ),
    h(
      "div",
      { class: "quality" },
      h("span", {}, decided ? "With your decisions" : "Suggestion"),
      h("span", { attrs: { "data-metric": "b3-f1" } }, `B³ F1 ${pct(score.b3.f1)}`),
      h(
        "span",
        { attrs: { "data-metric": "pairwise-f1" } },
        `pairwise F1 ${pct(score.pairwise.f1)}`,
      ),
    ),
  );
}
