// The open name's workspace: its panel (NamePanel) and its graph (WorkspaceView, made the first
// time a name is opened), kept on one derived model, and which graph is on screen: the workspace
// while a name is open and split view is on, else the overview. Escape steps back: first out of
// a focused identity, then out of the name, to the overview.
import { byId } from "./dom";
import type { Theme } from "./graph/appearance";
import { WorkspaceView } from "./graph/workspaceView";
import { NamePanel, panelModel, type ReviewCommands } from "./panels/namePanel";
import "./panels/workspace.css";
import type { PaperFilter } from "./panels/paperFilter";
import type { PaperSelection } from "./panels/paperSelection";
import { NAME_SCOPED, type State, type Store } from "./state";

export interface NameWorkspaceOptions {
  store: Store;
  theme: Theme;
  /** Opens another name (a co-author, a variant). */
  open(key: string): void;
  /** Records decisions (the decisions controller's actions). */
  commands: ReviewCommands;
  /** Called after each panel rebuild (the decisions panel fills its slot in it). */
  afterRebuild(): void;
}

export class NameWorkspace {
  readonly panel: NamePanel;
  private view: WorkspaceView | undefined;
  private theme: Theme;
  private readonly area = byId("graph-area");
  private readonly onKey = (event: KeyboardEvent): void => this.escape(event);
  /** A name was asked for and its first answer is not on screen yet. */
  private opening = false;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly options: NameWorkspaceOptions) {
    this.theme = options.theme;
    const store = options.store;
    this.panel = new NamePanel(
      byId("tab-name"),
      {
        selection: () => store.state.paperSelection,
        open: options.open,
        setResolution: (resolution) => store.set({ resolution }),
        setSplit: (split) => store.set({ split: split && store.state.selected !== undefined }),
        setSelection: (paperSelection: PaperSelection) => store.set({ paperSelection }),
        setFilter: (paperFilter: PaperFilter) => store.set({ paperFilter }),
        hoverIdentity: (identityHover) => store.set({ identityHover }),
        focusIdentity: (identityFocus) => store.set({ identityFocus }),
      },
      options.commands,
      this.theme,
      options.afterRebuild,
    );
    document.addEventListener("keydown", this.onKey);
    this.panel.show(store.state);
    this.sync(store.state);
  }

  /** The graph on screen now: the workspace's or the overview's. */
  get showingWorkspace(): boolean {
    return this.area.dataset.view === "workspace";
  }

  get workspaceView(): WorkspaceView | undefined {
    return this.view;
  }

  onChange(state: State, changed: ReadonlySet<keyof State>): void {
    if (changed.has("selected")) {
      this.opening = state.selected !== undefined;
      if (this.opening) performance.mark("name-requested");
      this.options.store.set({ ...NAME_SCOPED });
    }
    if (changed.has("details") && !changed.has("selected") && !changed.has("split"))
      return this.answered(state, changed);
    this.panel.update(state, changed);
    if (changed.has("selected") || changed.has("details") || changed.has("split")) {
      // The graph in a task of its own, after the panel's, so neither holds the page long.
      const shown = changed.has("details") && state.details?.key === state.selected;
      const opening = shown && this.opening;
      if (shown) this.opening = false;
      this.syncSoon(() => {
        if (shown) markShown(opening);
      });
    }
  }

  /**
   * A new answer for the name open: its graph first, so the GPU process draws it (software WebGL
   * here: the frame's commit waits for that) while the panel is built, then the panel, in one task
   * and so one frame. In two tasks, a frame came between them and the answer took two commits.
   */
  private answered(state: State, changed: ReadonlySet<keyof State>): void {
    clearTimeout(this.syncTimer);
    const shown = state.details?.key === state.selected;
    const opening = shown && this.opening;
    if (shown) this.opening = false;
    this.sync(state);
    this.view?.flush();
    this.panel.update(state, changed);
    if (shown) markShown(opening);
  }

  /** Makes the workspace view while the page is idle, so opening the first name does not wait for it. */
  prepare(): void {
    const make = (): void => this.ensureView().warmUp();
    if ("requestIdleCallback" in window) requestIdleCallback(make, { timeout: 5_000 });
    else setTimeout(make, 1_000);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.view?.setTheme(theme);
    this.panel.setTheme(theme, this.options.store.state);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.syncTimer);
    document.removeEventListener("keydown", this.onKey);
    this.view?.kill();
    this.area.dataset.view = "overview";
  }

  private syncSoon(then: () => void): void {
    clearTimeout(this.syncTimer);
    this.syncTimer = setTimeout(() => {
      if (this.disposed) return;
      this.sync(this.options.store.state);
      then();
    }, 0);
  }

  private sync(state: State): void {
    // The panel's own model (memoised): the graph may be drawn before the panel is rebuilt.
    const model = panelModel(state);
    const workspace = state.split && state.selected !== undefined;
    this.area.dataset.view = workspace ? "workspace" : "overview";
    if (!workspace || !model || model.details.key !== state.selected) return;
    this.ensureView().show(model.workspace);
  }

  private ensureView(): WorkspaceView {
    this.view ??= new WorkspaceView(byId("workspace-graph"), this.options.store, this.theme, {
      open: this.options.open,
      hoverIdentity: (identityHover) => this.options.store.set({ identityHover }),
      focusIdentity: (identityFocus) => this.options.store.set({ identityFocus }),
      hoverCoauthor: (hovered) => this.options.store.set({ hovered }),
    });
    return this.view;
  }

  private escape(event: KeyboardEvent): void {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      target.closest("input, select, textarea, [role='listbox']")
    )
      return;
    const store = this.options.store;
    if (store.state.identityFocus !== undefined) store.set({ identityFocus: undefined });
    else if (store.state.selected !== undefined) {
      store.set({ selected: undefined, details: undefined, split: false, hovered: undefined });
      // The control that had the focus went with the name's panel; the search box is where the
      // next name is found (before, the focus fell to the page body).
      if (!hasFocus()) byId("search-input").focus();
    } else return;
    event.preventDefault();
  }
}

/** Whether some control holds the keyboard (not the page body, not a removed element). */
function hasFocus(): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body && active.isConnected;
}

/**
 * Marks "details-shown" once the frame showing a new answer (panel and graph) is presented, and
 * "name-shown" the first time for a requested name: what the browser bench times.
 */
function markShown(opening: boolean): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark("details-shown");
      if (opening) performance.mark("name-shown");
    }),
  );
}
