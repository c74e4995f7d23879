// Ctrl+Z undoes the open name's last decision, Ctrl+Shift+Z (or Ctrl+Y) redoes; Cmd on macOS.
// Text fields keep their own undo.

export function bindUndoKeys(
  target: Document,
  actions: { undo(): void; redo(): void },
  active: () => boolean,
  signal: AbortSignal,
): void {
  target.addEventListener(
    "keydown",
    (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || !active()) return;
      if (isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) actions.undo();
      else if ((key === "z" && event.shiftKey) || key === "y") actions.redo();
      else return;
      event.preventDefault();
    },
    { signal },
  );
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !["checkbox", "radio", "range", "button", "submit", "file", "color"].includes(target.type)
  );
}
