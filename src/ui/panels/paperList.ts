// A list of papers: title, venue and year, and co-authors as buttons that select them. Long lists
// render in pages so a big community does not build thousands of rows at once.
import type { PaperView } from "../../worker/protocol";
import { h } from "../dom";

const PAGE = 100;

export interface PaperListOptions {
  /** The name being viewed: left out of the co-author buttons. */
  viewedKey?: string;
  select: (key: string) => void;
  /** Extra controls per paper (e.g. "move to identity"). */
  extra?: (paper: PaperView) => Node | undefined;
  label: string;
}

export function paperList(papers: PaperView[], options: PaperListOptions): HTMLElement {
  const list = h("ul", { class: "papers", attrs: { "aria-label": options.label } });
  const wrapper = h("div", {}, list);
  let shown = 0;
  const more = h("button", { attrs: { type: "button" }, on: { click: () => showMore() } });
  const showMore = (): void => {
    const next = papers.slice(shown, shown + PAGE);
    for (const paper of next) list.append(paperItem(paper, options));
    shown += next.length;
    const left = papers.length - shown;
    more.textContent = `Show ${Math.min(PAGE, left)} more of ${left}`;
    if (left <= 0) more.remove();
    else if (!more.isConnected) wrapper.append(more);
  };
  showMore();
  return wrapper;
}

function paperItem(paper: PaperView, options: PaperListOptions): HTMLLIElement {
  const coauthors = paper.authors.filter((a) => a.key !== options.viewedKey);
  const meta = [paper.venue, paper.year].filter((x) => x !== undefined && x !== "").join(" · ");
  return h(
    "li",
    { attrs: { "data-paper-id": paper.id } },
    h("div", { class: "paper-title" }, paper.title || "(untitled)"),
    meta ? h("div", { class: "paper-meta" }, meta) : null,
    coauthors.length > 0
      ? h(
          "div",
          { class: "paper-authors" },
          h("span", { class: "muted" }, "with "),
          ...coauthors.map((author) =>
            h(
              "button",
              {
                class: "link-button",
                attrs: { type: "button", "aria-label": `Select ${author.name}` },
                on: { click: () => options.select(author.key) },
              },
              author.name,
            ),
          ),
        )
      : null,
    options.extra?.(paper),
  );
}
