// The typed view state every panel and the sigma reducers read, and the only place it changes.
// Panels render from it; nothing keeps its own copy of the selection or filters.
import type { NameDecisions } from "../core/decisions";
import type { PaperFilter } from "./panels/paperFilter";
import { NO_SELECTION, type PaperSelection } from "./panels/paperSelection";
import type { NameDetails, QueryStep } from "../worker/protocol";

export interface ViewState {
  /** Selected name key. */
  selected: string | undefined;
  /** Split view: the selected node drawn as one node per identity. */
  split: boolean;
  /** Community filter (index, 0 = largest). */
  community: number | undefined;
  /** SplitOptions.resolution for the selected name. */
  resolution: number;
}

export interface State extends ViewState {
  hovered: string | undefined;
  /** Details of `selected` at `resolution`, once the Worker has answered. */
  details: NameDetails | undefined;
  /** The curator's decisions on `selected` (log, folded state, constraints, conflicts). */
  decisions: NameDecisions | undefined;
  /** Papers of `selected` picked for the next move. */
  paperSelection: PaperSelection;
  /** What the paper list of `selected` shows. */
  paperFilter: PaperFilter;
  /** Identity (key) under the pointer in the workspace graph or the panel. */
  identityHover: string | undefined;
  /** Identity (key) the curator clicked: lit in the graph, its card in view. */
  identityFocus: string | undefined;
  /** What the Worker is doing for the name asked for, until its answer comes. */
  nameStep: (QueryStep & { key: string }) | undefined;
}

export const initialState: State = {
  selected: undefined,
  split: false,
  community: undefined,
  resolution: 1,
  hovered: undefined,
  details: undefined,
  decisions: undefined,
  paperSelection: NO_SELECTION,
  paperFilter: {},
  identityHover: undefined,
  identityFocus: undefined,
  nameStep: undefined,
};

/** What belongs to one open name and goes when another name is opened. */
export const NAME_SCOPED: Pick<
  State,
  "paperSelection" | "paperFilter" | "identityHover" | "identityFocus" | "nameStep"
> = {
  paperSelection: NO_SELECTION,
  paperFilter: {},
  identityHover: undefined,
  identityFocus: undefined,
  nameStep: undefined,
};

type Listener = (state: State, changed: ReadonlySet<keyof State>) => void;

/** What panels and views get: read the state, patch it, listen to changes. */
export interface Store {
  readonly state: State;
  set(patch: Partial<State>): void;
  subscribe(listener: Listener): () => void;
}

export class RootStore implements Store {
  private current: State;
  private readonly listeners = new Set<Listener>();

  constructor(initial: State = initialState) {
    this.current = initial;
  }

  get state(): State {
    return this.current;
  }

  set(patch: Partial<State>): void {
    const changed = new Set<keyof State>();
    for (const key of Object.keys(patch) as (keyof State)[]) {
      if (!Object.is(patch[key], this.current[key])) changed.add(key);
    }
    if (changed.size === 0) return;
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) {
      if (this.listeners.has(listener)) listener(this.current, changed);
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A view of this store whose listeners all go away with `dispose()` (one per loaded corpus). */
  scope(): ScopedStore {
    return new ScopedStore(this);
  }
}

export class ScopedStore implements Store {
  private readonly unsubscribers: (() => void)[] = [];

  constructor(private readonly root: Store) {}

  get state(): State {
    return this.root.state;
  }

  set(patch: Partial<State>): void {
    this.root.set(patch);
  }

  subscribe(listener: Listener): () => void {
    const unsubscribe = this.root.subscribe(listener);
    this.unsubscribers.push(unsubscribe);
    return unsubscribe;
  }

  dispose(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
  }
}
