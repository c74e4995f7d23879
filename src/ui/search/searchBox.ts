// The search box: an ARIA combobox over NameSearch. Arrow keys move, Enter chooses, Escape closes;
// choosing selects the name (which also moves the camera).
import { h, plural } from "../dom";
import type { NameHit, NameSearch } from "./nameSearch";

export function mountSearchBox(
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  search: () => NameSearch | undefined,
  choose: (key: string) => void,
): void {
  let hits: NameHit[] = [];
  let active = -1;

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
    hits = search()?.search(input.value) ?? [];
    active = hits.length > 0 ? 0 : -1;
    render();
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
      pick(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  close();
}
