// Keeping the keyboard where it was when a panel is rebuilt: controls carry a `data-focus-key`;
// after a rebuild the control with the same key gets the focus back, or, when it is gone or
// disabled, the panel's `data-focus-fallback` element (a status line). Without this, Accept or a
// move rebuilt the panel and dropped the focus to the page body.

export function focusKeyOf(root: HTMLElement): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return undefined;
  return active.closest<HTMLElement>("[data-focus-key]")?.dataset.focusKey ?? "";
}

/** Rebuilds `root` with `rebuild` and puts the focus back where it was (see above). */
export function keepingFocus(root: HTMLElement, rebuild: () => void): void {
  const key = focusKeyOf(root);
  rebuild();
  if (key === undefined) return;
  restoreFocus(root, key);
}

export function restoreFocus(root: HTMLElement, key: string): void {
  const again = key
    ? root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
    : null;
  // Focusing checks that the control is shown (not in a closed disclosure) from style alone; asking
  // `offsetParent` laid the whole panel out once more in the middle of a rebuild.
  if (again && !again.hasAttribute("disabled")) {
    // Still the focused element (kept through the rebuild): focusing it again would only lay out.
    if (document.activeElement === again) return;
    again.focus({ preventScroll: true });
    if (document.activeElement === again) return;
  }
  root.querySelector<HTMLElement>("[data-focus-fallback]")?.focus({ preventScroll: true });
}
