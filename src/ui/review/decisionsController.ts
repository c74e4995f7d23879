// The curator's decisions for one corpus, wired to the state, IndexedDB and the other tabs. Every
// action becomes one log entry (pure commands in core/decisions), shown at once, appended to
// storage and announced to the other tabs, which merge it into their copy. The selected name's
// decisions are published as `State.decisions`; nothing else keeps a copy.
import {
  acceptView,
  DecisionError,
  makeEntry,
  mergeIdentities,
  mergeLogs,
  movePapers,
  nameDecisions,
  nameView,
  redoLast,
  resetName,
  undoLast,
  type Decision,
  type DecisionEntry,
  type IdentityId,
  type MoveTarget,
  type NameView,
} from "../../core/decisions";
import type { Store } from "../state";
import type { DecisionStore, LoadedDecisions, QuarantinedName } from "./decisionStore";
import { DecisionSync } from "./decisionSync";

/** What the name workspace calls; every action is one undoable step. */
export interface DecisionActions {
  move(paperIds: string[], target: MoveTarget): void;
  merge(survivor: IdentityId, others: IdentityId[]): void;
  accept(): void;
  /** Asks first; undoable. */
  reset(): void;
  undo(): void;
  redo(): void;
  /** Settles a conflict: records `target` for these papers even where they already are. */
  settle(paperIds: string[], target: MoveTarget): void;
}

export interface DecisionsUi {
  confirm(question: string, detail: string, confirmLabel: string): Promise<boolean>;
  /** Display label of a name key. */
  labelOf(nameKey: string): string;
}

export class DecisionsController {
  readonly session = `tab-${randomId()}`;
  private readonly logs = new Map<string, DecisionEntry[]>();
  private readonly quarantined = new Map<string, QuarantinedName>();
  private readonly listeners = new Set<() => void>();
  private readonly sync: DecisionSync;
  /** The last thing that happened, for the status lines ("Not saved: …"). */
  message = "";

  constructor(
    private readonly store: Store,
    readonly db: DecisionStore,
    readonly corpusId: string,
    readonly ui: DecisionsUi,
    signal: AbortSignal,
  ) {
    this.sync = new DecisionSync(
      this.session,
      (change) => change.corpusId === corpusId && void this.reloadName(change.nameKey),
      () => void this.reloadAll(),
      signal,
    );
    store.subscribe((state, changed) => {
      if (changed.has("selected")) this.publish(state.selected);
    });
  }

  /** Reads every stored log of the corpus; never rejects (a failure is reported, the app goes on). */
  async loadAll(): Promise<void> {
    try {
      this.absorb(await this.db.load(this.corpusId), true);
    } catch (error) {
      this.message = `Saved decisions could not be read: ${(error as Error).message}`;
    }
    this.publish(this.store.state.selected);
  }

  /** Reads everything again and merges it in (another tab may have written while this one slept). */
  async reloadAll(): Promise<void> {
    try {
      this.absorb(await this.db.load(this.corpusId), false);
      this.publish(this.store.state.selected);
    } catch (error) {
      this.report(`Saved decisions could not be read: ${(error as Error).message}`);
    }
  }

  private async reloadName(nameKey: string): Promise<void> {
    try {
      this.absorb(await this.db.loadName(this.corpusId, nameKey), false);
      this.publish(this.store.state.selected);
    } catch (error) {
      this.report(`Decisions of another tab could not be read: ${(error as Error).message}`);
    }
  }

  private absorb(loaded: LoadedDecisions, replace: boolean): void {
    if (replace) this.quarantined.clear();
    for (const [nameKey, name] of loaded.quarantined) {
      this.quarantined.set(nameKey, name);
      this.logs.delete(nameKey);
    }
    for (const [nameKey, log] of loaded.logs) {
      if (this.quarantined.has(nameKey)) continue;
      this.logs.set(nameKey, mergeLogs(this.logs.get(nameKey) ?? [], log));
    }
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** Names with decisions (any entry), for the Review tab. */
  decided(): { nameKey: string; log: readonly DecisionEntry[] }[] {
    return [...this.logs]
      .filter(([, log]) => log.length > 0)
      .map(([nameKey, log]) => ({ nameKey, log }));
  }

  logOf(nameKey: string): readonly DecisionEntry[] {
    return this.logs.get(nameKey) ?? [];
  }

  quarantine(): QuarantinedName[] {
    return [...this.quarantined.values()];
  }

  reviewedKeys(): Set<string> {
    return new Set(this.decided().map((d) => d.nameKey));
  }

  readonly actions: DecisionActions = {
    move: (paperIds, target) => this.decide((view) => movePapers(view, paperIds, target)),
    merge: (survivor, others) => this.decide((view) => mergeIdentities(view, survivor, others)),
    accept: () => this.decide((view) => acceptView(view, this.store.state.resolution)),
    reset: () => void this.confirmReset(),
    undo: () => this.decide((_view, log) => undoLast(log), false),
    redo: () => this.decide((_view, log) => redoLast(log), false),
    settle: (paperIds, target) =>
      this.decide((view) => {
        // The other side's identity may be gone (its papers all moved): then they start a new one.
        const known = target === "unassigned" || view.identities.some((i) => i.id === target);
        return movePapers(view, paperIds, known ? target : "new", { again: true });
      }),
  };

  private async confirmReset(): Promise<void> {
    const key = this.store.state.selected;
    if (key === undefined || !resetName(this.logOf(key))) return;
    const label = this.ui.labelOf(key);
    const yes = await this.ui.confirm(
      `Reset ${label} to the suggestion?`,
      "Your decisions on this name stop applying. They stay in the history, and Undo (Ctrl+Z) brings them back.",
      "Reset",
    );
    if (yes && this.store.state.selected === key)
      this.decide((_view, log) => resetName(log), false);
  }

  /** The selected name as on screen (the engine's answer under the decisions in force). */
  view(): NameView | undefined {
    const { details, selected, decisions } = this.store.state;
    if (!details || details.key !== selected || !decisions) return undefined;
    const { identities, unassigned } = details.suggestion;
    return nameView(
      identities.map((i) => i.paperIds),
      decisions.state,
      unassigned,
    );
  }

  private decide(
    make: (view: NameView, log: readonly DecisionEntry[]) => Decision | undefined,
    needsView = true,
  ): void {
    const key = this.store.state.selected;
    if (key === undefined || this.quarantined.has(key)) return;
    const view = this.view();
    if (needsView && !view) return;
    const log = this.logOf(key);
    let decision: Decision | undefined;
    try {
      decision = make(
        view ?? { identities: [], unassigned: [], state: nameDecisions(key, log).state },
        log,
      );
    } catch (error) {
      if (!(error instanceof DecisionError)) throw error;
      this.report(error.message);
      return;
    }
    if (decision) this.commit(key, [makeEntry(log, decision, this.context(key))]);
  }

  context(nameKey: string): { corpusId: string; nameKey: string; session: string; now: Date } {
    return { corpusId: this.corpusId, nameKey, session: this.session, now: new Date() };
  }

  /** Shows entries at once, then stores and announces them. */
  commit(nameKey: string, entries: DecisionEntry[]): Promise<void> {
    this.logs.set(nameKey, mergeLogs(this.logOf(nameKey), entries));
    this.message = "";
    this.publish(this.store.state.selected);
    return this.db.append(entries).then(
      () => this.sync.announce(this.corpusId, nameKey),
      (error: unknown) =>
        this.report(`Not saved: ${(error as Error).message}; export your decisions`),
    );
  }

  /** Sets a quarantined (or any) name's stored records aside; the name starts afresh. */
  async resetQuarantined(nameKey: string): Promise<void> {
    const yes = await this.ui.confirm(
      `Reset the saved decisions of ${this.ui.labelOf(nameKey)}?`,
      "The unreadable record is kept aside in this browser (export it first if you want it); the name shows the suggestion again. Other names are not touched.",
      "Reset this name",
    );
    if (!yes) return;
    try {
      const problem = this.quarantined.get(nameKey)?.problem ?? "reset by the curator";
      await this.db.setAside(this.corpusId, nameKey, problem);
      this.quarantined.delete(nameKey);
      this.logs.delete(nameKey);
      this.message = `${this.ui.labelOf(nameKey)}: saved decisions set aside; the name starts afresh.`;
      this.publish(this.store.state.selected);
      this.sync.announce(this.corpusId, nameKey);
    } catch (error) {
      this.report(`Could not reset ${this.ui.labelOf(nameKey)}: ${(error as Error).message}`);
    }
  }

  report(message: string): void {
    this.message = message;
    this.emit();
  }

  private publish(key: string | undefined): void {
    if (key !== undefined) {
      const quarantine = this.quarantined.get(key)?.problem;
      const current = this.store.state.decisions;
      const next = nameDecisions(key, this.logOf(key), quarantine);
      const same =
        current?.nameKey === key &&
        current.log.length === next.log.length &&
        current.log.every((e, i) => e.id === next.log[i]!.id) &&
        current.quarantine === next.quarantine;
      if (!same) this.store.set({ decisions: next });
    } else if (this.store.state.decisions) this.store.set({ decisions: undefined });
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function randomId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
