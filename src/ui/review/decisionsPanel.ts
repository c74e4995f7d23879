// Under a name's identities: undo / redo / reset, the conflicts between tabs or an import that
// need a look, a quarantine notice when the stored record could not be read, and the history of
// decisions (what, when, which tab, which papers), newest first.
import { groupConflicts, historyRows, type NameDecisions } from "../../core/decisions";
import type { PaperView } from "../../worker/protocol";
import { h, plural, replaceChildren } from "../dom";
import { keepingFocus } from "../panels/focusKeeper";
import type { DecisionActions } from "./decisionsController";

export interface DecisionsPanelInput {
  decisions: NameDecisions | undefined;
  papers: ReadonlyMap<string, PaperView>;
  /** Content name of an identity id. */
  identityLabel: (id: string) => string;
  session: string;
  message: string;
}

export interface DecisionsPanelActions extends DecisionActions {
  exportRaw(nameKey: string): void;
  resetQuarantined(nameKey: string): void;
}

const HISTORY_SHOWN = 50;

export function renderDecisionsPanel(
  root: HTMLElement,
  input: DecisionsPanelInput,
  actions: DecisionsPanelActions,
): void {
  // Undo or Redo rebuilds this panel: the focus stays on the button pressed (or, once it is
  // disabled, on the status line), never dropped to the page body.
  keepingFocus(root, () => renderPanel(root, input, actions));
}

function renderPanel(
  root: HTMLElement,
  input: DecisionsPanelInput,
  actions: DecisionsPanelActions,
): void {
  const { decisions } = input;
  replaceChildren(
    root,
    h("h3", { attrs: { id: "decisions-heading" } }, "Your decisions"),
    decisions?.quarantine !== undefined ? quarantineNotice(decisions, actions) : null,
    h(
      "div",
      { class: "controls-row" },
      button("Undo", actions.undo, !decisions?.canUndo, "Undo the last decision (Ctrl+Z)", "undo"),
      button("Redo", actions.redo, !decisions?.canRedo, "Redo (Ctrl+Shift+Z)", "redo"),
      button(
        "Reset…",
        actions.reset,
        !decisions || decisions.state.groupOf.size + decisions.state.unassigned.size === 0,
        "Reset to the suggestion (asks first; undoable)",
        "reset",
      ),
    ),
    h(
      "p",
      {
        class: "status-line",
        attrs: {
          role: "status",
          "aria-live": "polite",
          id: "decisions-status",
          tabindex: -1,
          "data-focus-fallback": "",
          "data-focus-key": "decisions-status",
        },
      },
      input.message,
    ),
    decisions && decisions.conflicts.length > 0 ? conflictList(input, actions) : null,
    decisions && decisions.log.length > 0 ? historyList(input) : null,
  );
}

function quarantineNotice(decisions: NameDecisions, actions: DecisionsPanelActions): HTMLElement {
  return h(
    "div",
    { class: "notice", attrs: { role: "alert", "data-quarantine": decisions.nameKey } },
    h(
      "p",
      {},
      `The saved decisions on this name could not be read (${decisions.quarantine ?? ""}). They are set aside, not applied: the split below is the plain suggestion. Other names are not affected.`,
    ),
    h(
      "div",
      { class: "controls-row" },
      button(
        "Export the unreadable record",
        () => actions.exportRaw(decisions.nameKey),
        false,
        undefined,
        "export-raw",
      ),
      button(
        "Reset this name…",
        () => actions.resetQuarantined(decisions.nameKey),
        false,
        undefined,
        "reset-quarantined",
      ),
    ),
  );
}

function conflictList(input: DecisionsPanelInput, actions: DecisionsPanelActions): HTMLElement {
  const groups = groupConflicts(input.decisions!.conflicts);
  const where = (placement: string): string =>
    placement === "unassigned" ? "not this person" : input.identityLabel(placement);
  return h(
    "section",
    { class: "conflicts", attrs: { "aria-labelledby": "conflicts-heading" } },
    h(
      "h4",
      { attrs: { id: "conflicts-heading" } },
      `${plural(
        groups.reduce((n, g) => n + g.papers.length, 0),
        "paper",
      )} decided differently at the same time`,
    ),
    h(
      "p",
      { class: "muted" },
      "Two tabs (or an import) placed these papers differently without seeing each other's decision. The later one applies; keep it or take the other.",
    ),
    h(
      "ul",
      {},
      ...groups.map((group) => {
        const first = group.conflicts[0]!;
        const other = first.overridden[0]!;
        const titles = group.papers.map((p) => input.papers.get(p)?.title ?? p);
        return h(
          "li",
          { attrs: { "data-conflict": group.papers.join(" ") } },
          h(
            "div",
            {},
            `${titles.slice(0, 3).join("; ")}${titles.length > 3 ? ` and ${titles.length - 3} more` : ""}`,
          ),
          h(
            "div",
            { class: "muted" },
            `Applies: ${where(first.standing.placement)} (${tabOf(first.standing.entry.session, input.session)}) · other: ${where(other.placement)} (${tabOf(other.entry.session, input.session)})`,
          ),
          h(
            "div",
            { class: "controls-row" },
            button(
              "Keep",
              () => actions.settle(group.papers, first.standing.placement),
              false,
              "Keep where it is now",
              "keep",
            ),
            button(
              `Use ${where(other.placement)}`,
              () => actions.settle(group.papers, other.placement),
              false,
              undefined,
              "use-other",
            ),
          ),
        );
      }),
    ),
  );
}

function historyList(input: DecisionsPanelInput): HTMLElement {
  const rows = historyRows(input.decisions!.log, input.identityLabel);
  return h(
    "details",
    { class: "history", attrs: { open: true } },
    h(
      "summary",
      { attrs: { id: "history-heading" } },
      `History (${plural(rows.length, "entry", "entries")})`,
    ),
    h(
      "ol",
      { attrs: { "aria-labelledby": "history-heading", reversed: true } },
      ...rows.slice(0, HISTORY_SHOWN).map((row) =>
        h(
          "li",
          {
            attrs: {
              "data-entry": row.entry.id,
              "data-kind": row.entry.kind,
              "data-status": row.status,
            },
          },
          h("span", { class: row.status === "in force" ? "" : "struck" }, row.text),
          h(
            "span",
            { class: "muted" },
            ` · ${new Date(row.entry.at).toLocaleString()} · ${tabOf(row.entry.session, input.session)}${row.status === "in force" ? "" : ` · ${row.status}`}`,
          ),
          row.papers.length > 0 && row.papers.length <= 20
            ? h(
                "div",
                { class: "muted history-papers" },
                row.papers.map((p) => input.papers.get(p)?.title ?? p).join("; "),
              )
            : null,
        ),
      ),
    ),
    rows.length > HISTORY_SHOWN
      ? h(
          "p",
          { class: "muted" },
          `${rows.length - HISTORY_SHOWN} older entries are in the exported file.`,
        )
      : null,
  );
}

function tabOf(session: string, mine: string): string {
  if (session === mine) return "this tab";
  if (session.startsWith("migrated")) return "saved by an earlier version";
  return session.startsWith("tab-") ? "another tab" : "imported";
}

function button(
  text: string,
  onClick: () => void,
  disabled: boolean,
  title?: string,
  name?: string,
): HTMLButtonElement {
  return h(
    "button",
    {
      attrs: {
        type: "button",
        disabled,
        title,
        "data-action": name,
        "data-focus-key": name && `decisions-${name}`,
      },
      on: { click: onClick },
    },
    text,
  );
}
