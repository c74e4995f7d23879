// The suggested split in the name panel: heading, resolution slider, split-view toggle, review
// controls (accept, merge, move, reset) and one card per identity with its evidence.
import {
  EMPTY_STATE,
  nameView,
  type CuratedIdentity,
  type IdentityId,
  type MoveTarget,
  type NameDecisions,
} from "../../core/decisions";
import type { IdentitySuggestion } from "../../core/identity";
import type { NameDetails, PaperView } from "../../worker/protocol";
import { h, plural } from "../dom";
import { identityColour, type Theme } from "../graph/appearance";
import { RESOLUTION_RANGE } from "../urlState";
import { summarizeGroup, yearSpan } from "./groupSummary";
import { paperList } from "./paperList";

export interface ReviewActions {
  select(key: string): void;
  setResolution(resolution: number): void;
  setSplit(on: boolean): void;
  accept(): void;
  merge(survivor: IdentityId, others: IdentityId[]): void;
  move(paperIds: string[], target: MoveTarget): void;
  reset(): void;
}

/** One identity as shown: the decisions' view of it, and its suggested description. */
interface ShownIdentity extends CuratedIdentity {
  suggested: IdentitySuggestion | undefined;
}

const OPEN_CARDS = 3;
/** Cards shown at once; a name with dozens of identities keeps the smaller ones folded. */
const CARDS_BEFORE_FOLD = 12;

export function identitySection(
  details: NameDetails,
  decisions: NameDecisions | undefined,
  view: { split: boolean; resolution: number; theme: Theme },
  actions: ReviewActions,
): HTMLElement {
  const { suggestion } = details;
  const curated = nameView(
    suggestion.identities.map((i) => i.paperIds),
    decisions?.state ?? EMPTY_STATE,
    suggestion.unassigned,
  );
  const shown: ShownIdentity[] = curated.identities.map((identity, i) => ({
    ...identity,
    suggested: suggestion.identities[i],
  }));
  const reviewed =
    (decisions?.state.groupOf.size ?? 0) + (decisions?.state.unassigned.size ?? 0) > 0;
  const review = reviewed ? decisions : undefined;
  // The Worker is recomputing the split around a new decision: say so until its answer is in.
  const updating = (decisions?.constraintsKey ?? "") !== details.constraintsKey;
  const papers = new Map(details.papers.map((p) => [p.id, p]));
  const k = shown.length;
  const heading = review
    ? `${plural(k, "identity", "identities")} (reviewed)`
    : `${plural(k, "suggested identity", "suggested identities")}`;
  return h(
    "section",
    {
      class: "identities",
      attrs: {
        "aria-labelledby": "identities-heading",
        "aria-busy": updating ? "true" : undefined,
      },
    },
    h("h3", { attrs: { id: "identities-heading" } }, heading),
    h(
      "p",
      { class: "status-line", attrs: { "data-review-status": statusOf(review) ?? "none" } },
      updating ? "Updating the split around your decision…" : statusText(review),
    ),
    controls(review, view, actions),
    k >= 2 ? mergeControl(shown, actions) : null,
    ...shown
      .slice(0, CARDS_BEFORE_FOLD)
      .map((identity, i) =>
        identityCard(identity, i, shown, papers, details.key, view.theme, actions),
      ),
    k > CARDS_BEFORE_FOLD
      ? h(
          "details",
          { class: "more-identities" },
          h(
            "summary",
            {},
            `${plural(k - CARDS_BEFORE_FOLD, "more identity", "more identities")} (${plural(
              shown
                .slice(CARDS_BEFORE_FOLD)
                .reduce((sum, identity) => sum + identity.paperIds.length, 0),
              "paper",
            )})`,
          ),
          ...shown
            .slice(CARDS_BEFORE_FOLD)
            .map((identity, j) =>
              identityCard(
                identity,
                CARDS_BEFORE_FOLD + j,
                shown,
                papers,
                details.key,
                view.theme,
                actions,
              ),
            ),
        )
      : null,
  );
}

/** "accepted" when the latest placement in force is an accept, "edited" otherwise. */
function statusOf(review: NameDecisions | undefined): "accepted" | "edited" | undefined {
  if (!review) return undefined;
  const last = [...review.log].reverse().find((e) => e.kind !== "undo" && e.kind !== "import");
  return last?.kind === "accept" ? "accepted" : "edited";
}

function statusText(review: NameDecisions | undefined): string {
  if (!review) return "Not reviewed: this is the suggestion.";
  const when = new Date(review.log.at(-1)?.at ?? Date.now()).toLocaleString();
  return statusOf(review) === "accepted"
    ? `Accepted (${when}).`
    : `Edited by you (${when}), not accepted yet.`;
}

function controls(
  review: NameDecisions | undefined,
  view: { split: boolean; resolution: number },
  actions: ReviewActions,
): HTMLElement {
  const output = h("output", { attrs: { for: "resolution-slider" } }, view.resolution.toFixed(1));
  const slider = h("input", {
    attrs: {
      id: "resolution-slider",
      type: "range",
      min: RESOLUTION_RANGE.min,
      max: RESOLUTION_RANGE.max,
      step: 0.1,
      value: view.resolution,
      "aria-describedby": "resolution-help",
    },
  });
  slider.addEventListener("input", () => (output.textContent = Number(slider.value).toFixed(1)));
  slider.addEventListener("change", () => actions.setResolution(Number(slider.value)));
  return h(
    "div",
    {},
    h(
      "div",
      { class: "controls-row" },
      h("label", { attrs: { for: "resolution-slider" } }, "Split resolution"),
      slider,
      output,
    ),
    h(
      "p",
      { class: "muted", attrs: { id: "resolution-help" } },
      "Higher splits more readily; 1 is the tuned default.",
    ),
    h(
      "div",
      { class: "controls-row" },
      button(
        view.split ? "Hide split view" : "Show split view",
        () => actions.setSplit(!view.split),
        {
          "aria-pressed": String(view.split),
        },
      ),
      button(statusOf(review) === "accepted" ? "Accepted ✓" : "Accept split", actions.accept, {
        disabled: statusOf(review) === "accepted",
      }),
      button("Reset", actions.reset, {
        disabled: !review,
        "aria-label": "Reset to the suggestion",
      }),
    ),
  );
}

function mergeControl(shown: ShownIdentity[], actions: ReviewActions): HTMLElement {
  const options = (selected: number): HTMLOptionElement[] =>
    shown.map((identity, i) =>
      h("option", { attrs: { value: identity.id, selected: i === selected } }, `identity ${i + 1}`),
    );
  const from = h("select", { attrs: { "aria-label": "Identity to merge" } }, ...options(1));
  const into = h("select", { attrs: { "aria-label": "Identity to merge into" } }, ...options(0));
  return h(
    "div",
    { class: "controls-row" },
    "Merge",
    from,
    "into",
    into,
    button("Merge", () => {
      if (from.value !== into.value) actions.merge(into.value, [from.value]);
    }),
  );
}

function identityCard(
  identity: ShownIdentity,
  i: number,
  shown: ShownIdentity[],
  papers: Map<string, PaperView>,
  viewedKey: string,
  theme: Theme,
  actions: ReviewActions,
): HTMLElement {
  const summary = summarizeGroup(identity.paperIds, papers, viewedKey, identity.suggested);
  const card = h(
    "article",
    {
      class: "identity-card",
      attrs: {
        "aria-label": `Identity ${i + 1}`,
        "data-identity": i,
        "data-identity-id": identity.id,
      },
    },
    h(
      "h4",
      {},
      h("span", { class: "swatch", attrs: { "aria-hidden": "true" } }),
      `Identity ${i + 1} · ${plural(identity.paperIds.length, "paper")} · ${yearSpan(summary.firstYear, summary.lastYear)}`,
    ),
    h(
      "div",
      { class: "muted" },
      summary.confidence === undefined
        ? "Confidence: not computed for curator groups"
        : `Confidence ${Math.round(summary.confidence * 100)}%`,
    ),
    summary.topCoauthors.length > 0
      ? h(
          "div",
          { class: "top-coauthors" },
          "Top co-authors: ",
          ...summary.topCoauthors.map((c) =>
            h(
              "button",
              {
                class: "link-button",
                attrs: { type: "button" },
                on: { click: () => actions.select(c.key) },
              },
              `${c.label} (${c.papers})`,
            ),
          ),
        )
      : null,
    summary.venues.length > 0
      ? h("div", {}, "Venues: ", summary.venues.map((v) => `${v.venue} (${v.papers})`).join(", "))
      : null,
    h(
      "ul",
      { class: "evidence", attrs: { "aria-label": "Evidence" } },
      ...summary.evidence.map((e) => h("li", {}, e)),
    ),
    h(
      "details",
      { attrs: { open: i < OPEN_CARDS } },
      h("summary", {}, `Papers of identity ${i + 1}`),
      paperList(
        identity.paperIds.map((id) => papers.get(id)).filter((p): p is PaperView => !!p),
        {
          viewedKey,
          select: actions.select,
          label: `Papers of identity ${i + 1}`,
          extra: (paper) => moveSelect(paper, i, shown, actions),
        },
      ),
    ),
  );
  card.style.setProperty("--identity", identityColour(i, theme));
  return card;
}

function moveSelect(
  paper: PaperView,
  current: number,
  shown: ShownIdentity[],
  actions: ReviewActions,
): HTMLElement {
  const select = h(
    "select",
    { attrs: { "aria-label": `Move “${paper.title}” to identity`, "data-move-paper": paper.id } },
    ...shown.map((identity, i) =>
      h("option", { attrs: { value: identity.id, selected: i === current } }, `identity ${i + 1}`),
    ),
    h("option", { attrs: { value: "new" } }, "a new identity"),
    h("option", { attrs: { value: "unassigned" } }, "not this person"),
  );
  select.addEventListener("change", () => actions.move([paper.id], select.value));
  return h("label", { class: "paper-meta" }, "Belongs to ", select);
}

function button(
  text: string,
  onClick: () => void,
  attrs: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  return h("button", { attrs: { type: "button", ...attrs }, on: { click: onClick } }, text);
}
