// One identity of the open name: its content name, size, years and confidence, top co-authors,
// venues, the evidence that binds it, the co-authors it shares with other identities (evidence
// that they may be one person), and what to do with it: select its papers, list only them, merge.
import { h, plural } from "../dom";
import { identityColour, type Theme } from "../graph/appearance";
import { yearSpan } from "../../core/workspace/identityNames";
import type { IdentityView } from "./nameModel";
import { idFragment, withoutName } from "./names";

export interface SharedCoauthors {
  identity: IdentityView;
  coauthors: string[];
}

export interface IdentityCardActions {
  open(key: string): void;
  focus(identity: string): void;
  hover(identity: string | undefined): void;
  selectPapers(identity: string): void;
  showPapers(identity: string): void;
  /** Merges `other` with `identity`; `survivor` is the one whose id, name and colour stay. */
  merge(survivor: string, absorbed: string): void;
}

const TOP = 5;

export function identityCard(
  identity: IdentityView,
  others: readonly IdentityView[],
  shared: readonly SharedCoauthors[],
  theme: Theme,
  actions: IdentityCardActions,
  label: string,
): HTMLElement {
  const { facts, suggested } = identity;
  const years = yearSpan(facts.firstYear, facts.lastYear);
  const meta = [
    plural(identity.paperIds.length, "paper"),
    years,
    suggested ? `confidence ${Math.round(suggested.confidence * 100)}%` : undefined,
    identity.pinned > 0 ? `${plural(identity.pinned, "paper")} placed by you` : undefined,
  ].filter(Boolean);
  const card = h(
    "article",
    {
      class: "identity-card",
      attrs: { "data-identity": identity.key, "aria-label": identity.name },
      on: {
        mouseenter: () => actions.hover(identity.key),
        mouseleave: () => actions.hover(undefined),
      },
    },
    h(
      "h4",
      {},
      h("span", { class: "swatch", attrs: { "aria-hidden": "true" } }),
      h(
        "button",
        {
          class: "card-title",
          attrs: {
            type: "button",
            "data-focus-key": `card:${identity.key}`,
            title: "Show this identity in the workspace graph",
          },
          on: { click: () => actions.focus(identity.key) },
        },
        identity.name,
      ),
    ),
    h("div", { class: "muted" }, meta.join(" · ")),
    facts.coauthors.length > 0
      ? h(
          "div",
          { class: "top-coauthors" },
          "Top co-authors: ",
          ...facts.coauthors.slice(0, TOP).map((c) =>
            h(
              "button",
              {
                class: "link-button",
                attrs: { type: "button", title: `Open ${c.label}` },
                on: { click: () => actions.open(c.key) },
              },
              `${c.label} (${c.papers})`,
            ),
          ),
        )
      : null,
    facts.venues.length > 0
      ? h(
          "div",
          {},
          "Venues: ",
          facts.venues
            .slice(0, TOP)
            .map((v) => `${v.venue} (${plural(v.papers, "paper")})`)
            .join(", "),
        )
      : null,
    suggested && suggested.evidence.length > 0
      ? h(
          "ul",
          { class: "evidence", attrs: { "aria-label": "Evidence" } },
          ...suggested.evidence.map((e) => h("li", {}, e)),
        )
      : null,
    shared.length > 0 ? sharedView(shared, actions, label) : null,
    cardActions(identity, others, actions, label),
  );
  card.style.setProperty("--identity", identityColour(identity.colour, theme));
  return card;
}

function sharedView(
  shared: readonly SharedCoauthors[],
  actions: IdentityCardActions,
  label: string,
): HTMLElement {
  return h(
    "div",
    { class: "shared-evidence" },
    h("span", { class: "muted" }, "Shares co-authors with "),
    ...shared.flatMap((s, i) => [
      i > 0 ? "; " : "",
      h(
        "button",
        {
          class: "link-button",
          attrs: { type: "button" },
          on: { click: () => actions.focus(s.identity.key) },
        },
        withoutName(s.identity.name, label),
      ),
      ` (${s.coauthors.slice(0, 3).join(", ")}${s.coauthors.length > 3 ? ", …" : ""})`,
    ]),
  );
}

function cardActions(
  identity: IdentityView,
  others: readonly IdentityView[],
  actions: IdentityCardActions,
  label: string,
): HTMLElement {
  const row = h(
    "div",
    { class: "controls-row card-actions" },
    h(
      "button",
      {
        attrs: { type: "button", "data-focus-key": `select:${identity.key}` },
        on: { click: () => actions.selectPapers(identity.key) },
      },
      `Select its ${plural(identity.paperIds.length, "paper")}`,
    ),
    h(
      "button",
      {
        attrs: { type: "button", "data-focus-key": `show:${identity.key}` },
        on: { click: () => actions.showPapers(identity.key) },
      },
      "List only these",
    ),
  );
  if (others.length > 0) row.append(mergeForm(identity, others, actions, label));
  return row;
}

/** "Merge with [identity] — keep this one / the other": the survivor is chosen, never implied. */
function mergeForm(
  identity: IdentityView,
  others: readonly IdentityView[],
  actions: IdentityCardActions,
  label: string,
): HTMLElement {
  const form = h(
    "details",
    { class: "merge-form" },
    h("summary", { attrs: { "data-focus-key": `merge:${identity.key}` } }, "Merge…"),
  );
  // Built when opened: a menu of every other identity on each of dozens of cards is thousands
  // of nodes the name's first frame would lay out for nothing.
  form.addEventListener("toggle", () => {
    if (form.open && form.children.length === 1)
      form.append(mergeBody(identity, others, actions, label));
  });
  return form;
}

function mergeBody(
  identity: IdentityView,
  others: readonly IdentityView[],
  actions: IdentityCardActions,
  label: string,
): HTMLElement {
  const id = `merge-${idFragment(identity.key)}`;
  const other = h(
    "select",
    { attrs: { id: `${id}-with`, "data-focus-key": `merge-with:${identity.key}` } },
    ...others.map((o) =>
      h(
        "option",
        { attrs: { value: o.key } },
        `${withoutName(o.name, label)} (${o.paperIds.length})`,
      ),
    ),
  );
  const keepThis = h("input", {
    attrs: { type: "radio", name: `${id}-keep`, value: "this", checked: true, id: `${id}-this` },
  });
  const keepOther = h("input", {
    attrs: { type: "radio", name: `${id}-keep`, value: "other", id: `${id}-other` },
  });
  return h(
    "div",
    { class: "merge-body" },
    h("label", { attrs: { for: `${id}-with` } }, "Merge with"),
    other,
    h(
      "fieldset",
      {},
      h("legend", {}, "Which identity stays (keeps its name and colour)?"),
      h("label", {}, keepThis, " this one"),
      h("label", {}, keepOther, " the one chosen above"),
    ),
    h(
      "button",
      {
        attrs: { type: "button", "data-focus-key": `merge-go:${identity.key}` },
        on: {
          click: () =>
            keepThis.checked
              ? actions.merge(identity.key, other.value)
              : actions.merge(other.value, identity.key),
        },
      },
      "Merge",
    ),
  );
}
