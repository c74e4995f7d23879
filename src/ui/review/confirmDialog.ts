// A modal question with two buttons (a <dialog>, so focus is trapped and Esc cancels); resolves
// true only on the confirming button. Text is set as text, never markup.
import { h } from "../dom";

export function confirmDialog(
  question: string,
  detail: string,
  confirmLabel: string,
): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h("button", { attrs: { type: "button", "data-confirm": "yes" } }, confirmLabel);
    const no = h("button", { attrs: { type: "button", "data-confirm": "no" } }, "Cancel");
    const dialog = h(
      "dialog",
      { class: "confirm-dialog", attrs: { "aria-labelledby": "confirm-question" } },
      h("p", { attrs: { id: "confirm-question" } }, h("strong", {}, question)),
      h("p", { class: "muted" }, detail),
      h("div", { class: "controls-row" }, yes, no),
    );
    const opener =
      document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const close = (answer: boolean): void => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(answer);
    };
    yes.addEventListener("click", () => close(true));
    no.addEventListener("click", () => close(false));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}
