// Quality in view: when the corpus carries ground-truth labels, how the split on screen (the
// suggestion, computed around the curator's decisions if any) scores, by B-cubed and pairwise F1.
import { scoreClustering, type ClusteringScore } from "../../core/metrics";
import type { NameDetails } from "../../worker/protocol";
import { h } from "../dom";

/** Truth per paper id (the label on this name's mention); empty when the corpus has no labels. */
export function truthOf(details: NameDetails): Map<string, string> {
  const truth = new Map<string, string>();
  for (const paper of details.papers) if (paper.truth) truth.set(paper.id, paper.truth);
  return truth;
}

export function qualityScores(
  details: NameDetails,
): { suggestion: ClusteringScore; people: number } | undefined {
  const truth = truthOf(details);
  if (truth.size === 0) return undefined;
  const held = details.suggestion.unassigned.map((id) => [id]);
  const suggestion = scoreClustering(
    [...details.suggestion.identities.map((i) => i.paperIds), ...held],
    truth,
  );
  return { suggestion, people: new Set(truth.values()).size };
}

/** `decided`: the split includes the curator's decisions (the row says so). */
export function qualityView(details: NameDetails, decided: boolean): HTMLElement | null {
  const scores = qualityScores(details);
  if (!scores) return null;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const row = (label: string, score: ClusteringScore): HTMLElement[] => [
    h("span", {}, label),
    h("span", { attrs: { "data-metric": "b3-f1" } }, `B³ F1 ${pct(score.b3.f1)}`),
    h("span", { attrs: { "data-metric": "pairwise-f1" } }, `pairwise F1 ${pct(score.pairwise.f1)}`),
  ];
  return h(
    "section",
    { attrs: { "aria-labelledby": "quality-heading" } },
    h("h3", { attrs: { id: "quality-heading" } }, "Quality against ground truth"),
    h(
      "p",
      { class: "muted" },
      `${scores.suggestion.items} labelled papers by ${scores.people} real ${scores.people === 1 ? "person" : "people"}.`,
    ),
    h(
      "div",
      { class: "quality" },
      ...row(decided ? "With your decisions" : "Suggestion", scores.suggestion),
    ),
  );
}
