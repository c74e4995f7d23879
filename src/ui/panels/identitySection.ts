// The suggested split in the name panel: how many people, the resolution slider, the workspace
// toggle, accept and reset, and one card per identity (the largest first; past a dozen, the rest
// are built when unfolded). Undo, redo and the history are the decisions panel's, mounted below.
import { h, plural } from "../dom";
import type { Theme } from "../graph/appearance";
import { RESOLUTION_RANGE } from "../urlState";
import { identityCard, type IdentityCardActions, type SharedCoauthors } from "./identityCard";
import type { IdentityView, NameModel } from "./nameModel";

const CARDS_BEFORE_FOLD = 12;

export interface IdentitySectionActions extends IdentityCardActions {
  setResolution(resolution: number): void;
  setSplit(on: boolean): void;
  accept(): void;
  reset(): void;
}

export interface IdentitySectionView {
  resolution: number;
  split: boolean;
  theme: Theme;
  /** Decisions are loaded and can be recorded. */
  canDecide: boolean;
  /** One line on the decisions in force, for the status line. */
  status: string;
  /** The Worker is recomputing the split around the latest decision. */
  busy: boolean;
}

export function identitySection(
  model: NameModel,
  view: IdentitySectionView,
  actions: IdentitySectionActions,
): HTMLElement {
  const k = model.identities.length;
  const shared = sharedCoauthors(model);
  const card = (identity: IdentityView): HTMLElement =>
    identityCard(
      identity,
      model.identities.filter((o) => o.key !== identity.key),
      shared.get(identity.key) ?? [],
      view.theme,
      actions,
      model.details.label,
    );
  const folded = model.identities.slice(CARDS_BEFORE_FOLD);
  const more = h("details", { class: "more-identities" });
  if (folded.length > 0) {
    more.append(
      h(
        "summary",
        {},
        `${plural(folded.length, "more identity", "more identities")} (${plural(
          folded.reduce((sum, identity) => sum + identity.paperIds.length, 0),
          "paper",
        )})`,
      ),
    );
    // Built when first unfolded: dozens of cards nobody opened cost the name's first frame.
    more.addEventListener("toggle", () => {
      if (more.open && more.children.length === 1) more.append(...folded.map(card));
    });
  }
  const unassigned = model.unassigned.length;
  return h(
    "section",
    {
      class: "identities",
      attrs: {
        "aria-labelledby": "identities-heading",
        "aria-busy": view.busy ? "true" : undefined,
      },
    },
    h(
      "h3",
      { attrs: { id: "identities-heading" } },
      plural(k, "suggested identity", "suggested identities"),
      unassigned > 0 ? ` · ${plural(unassigned, "paper")} unassigned` : "",
    ),
    h(
      "p",
      {
        class: "status-line",
        attrs: { tabindex: -1, "data-focus-fallback": "", role: "status" },
      },
      view.status,
    ),
    controls(view, actions),
    drawnCoauthors(model),
    ...model.identities.slice(0, CARDS_BEFORE_FOLD).map(card),
    folded.length > 0 ? more : null,
  );
}

function controls(view: IdentitySectionView, actions: IdentitySectionActions): HTMLElement {
  const output = h("output", { attrs: { for: "resolution-slider" } }, view.resolution.toFixed(1));
  const slider = h("input", {
    attrs: {
      id: "resolution-slider",
      "data-focus-key": "resolution",
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
  const button = (
    text: string,
    key: string,
    onClick: () => void,
    attrs: Record<string, string | boolean> = {},
  ): HTMLButtonElement =>
    h(
      "button",
      { attrs: { type: "button", "data-focus-key": key, ...attrs }, on: { click: onClick } },
      text,
    );
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
      "Higher splits more readily; 1 is the tuned default. Your decisions hold at every resolution.",
    ),
    h(
      "div",
      { class: "controls-row" },
      button(
        view.split ? "Show the whole network" : "Show the workspace",
        "split",
        () => actions.setSplit(!view.split),
        {
          "aria-pressed": String(!view.split),
        },
      ),
      button("Accept split", "accept", actions.accept, { disabled: !view.canDecide }),
      button("Reset…", "reset", actions.reset, {
        disabled: !view.canDecide,
        "aria-label": "Reset this name's decisions (asks first)",
      }),
    ),
  );
}

/** Says so when the workspace graph leaves co-authors out (a name of thousands of papers). */
function drawnCoauthors(model: NameModel): HTMLElement | null {
  const hidden = model.workspace.hiddenCoauthors ?? 0;
  if (hidden === 0) return null;
  const drawn = model.workspace.coauthors.length;
  return h(
    "p",
    { class: "muted", attrs: { id: "drawn-coauthors" } },
    `The workspace draws the ${drawn.toLocaleString("en")} strongest of ${plural(drawn + hidden, "co-author")}: those shared by two identities, then each identity's closest. The paper list has them all.`,
  );
}

/** Per identity, the other identities it shares co-authors with (most shared first). */
export function sharedCoauthors(model: NameModel): Map<string, SharedCoauthors[]> {
  const byKey = new Map(model.identities.map((i) => [i.key, i]));
  const pairs = new Map<string, Map<string, string[]>>();
  for (const coauthor of model.workspace.coauthors) {
    if (coauthor.links.length < 2) continue;
    for (const a of coauthor.links) {
      for (const b of coauthor.links) {
        if (a.identity === b.identity) continue;
        const row = pairs.get(a.identity) ?? new Map<string, string[]>();
        row.set(b.identity, [...(row.get(b.identity) ?? []), coauthor.label]);
        pairs.set(a.identity, row);
      }
    }
  }
  const result = new Map<string, SharedCoauthors[]>();
  for (const [key, row] of pairs) {
    result.set(
      key,
      [...row]
        .filter(([other]) => byKey.has(other))
        .map(([other, coauthors]) => ({ identity: byKey.get(other)!, coauthors }))
        .sort((a, b) => b.coauthors.length - a.coauthors.length),
    );
  }
  return result;
}
