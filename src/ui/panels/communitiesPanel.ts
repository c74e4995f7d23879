// The communities legend: global Louvain communities, largest first, with sizes and colours;
// choosing one filters the graph to it and lists the papers written inside it.
import type { CommunityDetails, GraphPayload } from "../../worker/protocol";
import { h, plural, replaceChildren } from "../dom";
import { communityColour, distinctCommunityColours, type Theme } from "../graph/appearance";
import { paperList } from "./paperList";

export interface CommunityInfo {
  index: number;
  size: number;
  /** The author with most papers in the community, to name it. */
  hub: string;
}

/** Communities with their sizes and a representative author (the Worker names them). Pure. */
export function communityInfo(payload: GraphPayload): CommunityInfo[] {
  return payload.communitySizes.map((size, index) => ({
    index,
    size,
    hub: payload.communityHubs[index] ?? "",
  }));
}

export interface CommunitiesView {
  communities: CommunityInfo[];
  active: number | undefined;
  details: CommunityDetails | undefined;
  theme: Theme;
  modularity: number;
}

export function renderCommunitiesPanel(
  root: HTMLElement,
  view: CommunitiesView,
  actions: { filter(community: number | undefined): void; select(key: string): void },
): void {
  const { communities, active, details, theme } = view;
  const tail = communities.length - distinctCommunityColours();
  replaceChildren(
    root,
    h("h2", {}, plural(communities.length, "community", "communities")),
    h(
      "p",
      { class: "muted" },
      `Louvain on the co-author graph (modularity ${view.modularity.toFixed(2)}). The ${Math.min(communities.length, distinctCommunityColours())} largest have their own colour${tail > 0 ? `; the other ${tail} are grey` : ""}.`,
    ),
    active !== undefined
      ? h(
          "button",
          { attrs: { type: "button" }, on: { click: () => actions.filter(undefined) } },
          "Show all communities",
        )
      : null,
    active !== undefined ? communityPapers(active, details, actions.select) : null,
    h("h3", {}, "Legend"),
    h(
      "ul",
      { class: "community-list", attrs: { "aria-label": "Communities, largest first" } },
      ...communities.map((c) => {
        const swatch = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
        swatch.style.background = communityColour(c.index, theme);
        return h(
          "li",
          {},
          h(
            "button",
            {
              attrs: {
                type: "button",
                "aria-pressed": String(active === c.index),
                "data-community": c.index,
              },
              on: { click: () => actions.filter(active === c.index ? undefined : c.index) },
            },
            swatch,
            legendLabel(c),
            h("span", { class: "muted" }, plural(c.size, "author")),
          ),
        );
      }),
    ),
  );
}

/** The community's name; the full text is in a tooltip when a long hub name is cut off. */
function legendLabel(c: CommunityInfo): HTMLElement {
  const text = `Community ${c.index + 1}${c.hub ? ` · around ${c.hub}` : ""}`;
  return h("span", { class: "grow", attrs: { title: text } }, text);
}

function communityPapers(
  active: number,
  details: CommunityDetails | undefined,
  select: (key: string) => void,
): HTMLElement {
  const heading = h(
    "h3",
    { attrs: { id: "community-papers-heading" } },
    `Papers inside community ${active + 1}`,
  );
  if (!details || details.community !== active) {
    return h(
      "section",
      {},
      heading,
      h("p", { class: "muted", attrs: { role: "status" } }, "Loading…"),
    );
  }
  return h(
    "section",
    { attrs: { "aria-labelledby": "community-papers-heading" } },
    heading,
    h(
      "p",
      { class: "muted" },
      `${plural(details.papers.length, "paper")} with at least two authors in this community (single-author papers count when their author is in it).`,
    ),
    h(
      "div",
      { class: "scroll-box" },
      paperList(details.papers, { select, label: `Papers inside community ${active + 1}` }),
    ),
  );
}
