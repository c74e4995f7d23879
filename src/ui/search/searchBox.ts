// The search box: an ARIA combobox over the corpus Worker's name search (asked by query, so the
// page holds no list of names). Arrow keys move, Enter chooses, Escape closes; choosing selects the
// name (which also moves the camera). An answer to an older query than the last typed is dropped.
import type { NameHit } from "../../worker/protocol";
import { h, plural } from "../dom";

/** Names matching `query`, or none while no corpus can be searched. */
export type SearchNames = (query: string) => Promise<NameHit[]>;

export function mountSearchBox(
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  search: SearchNames,
  choose: (key: string) => void,
): void {
  let hits: NameHit[] = [];
  let active = -1;
  let asked = 0;
  /** Enter pressed before the answer came: choose its first hit when it does. */
  let chooseFirst = false;

  const render = (): void => {
    listbox.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          {
            attrs: {
              role: "option",
              id: `search-option-${i}`,
              "aria-selected": String(i === active),
            },
            on: {
              mousedown: (event) => event.preventDefault(),
              click: () => pick(i),
            },
          },
          h("span", { class: "hit-label" }, hit.label),
          h("span", { class: "hit-count" }, plural(hit.papers, "paper")),
        ),
      ),
    );
    const open = hits.length > 0;
    listbox.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const close = (): void => {
    chooseFirst = false;
    hits = [];
    active = -1;
    render();
  };

  const pick = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    choose(hit.key);
  };

  input.addEventListener("input", () => {
    const query = input.value;
    const ask = ++asked;
    chooseFirst = false;
    if (query.trim() === "") return close();
    search(query).then(
      (found) => {
        if (ask !== asked || input.value !== query || document.activeElement !== input) return;
        hits = found;
        active = hits.length > 0 ? 0 : -1;
        render();
        if (chooseFirst) pick(0);
      },
      () => undefined, // a failed Worker is reported by the app; the list stays as it was
    );
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (hits.length === 0) chooseFirst = input.value.trim() !== "";
      else pick(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  close();
}
