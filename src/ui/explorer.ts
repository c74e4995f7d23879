// One loaded corpus on screen: network view, layout, search index and panels, all reading one
// Store. Actions here are the only writers of the view state. Everything it sets up (store
// listeners, sigma, the layout Worker) goes away with `dispose()` when another corpus is shown.
import {
  communityOfNodeKey,
  type CommunityDetails,
  type GraphPayload,
  type NameDetails,
  type NameHit,
  type PaperView,
  type QueryStep,
  type TriageProgress,
} from "../worker/protocol";
import { byId } from "./dom";
import type { Theme } from "./graph/appearance";
import { mountGraphControls } from "./graph/graphControls";
import { GraphView, type OverviewSigma } from "./graph/graphView";
import { LayoutControl } from "./graph/layoutControl";
import { isSoftwareWebGL } from "./graph/softwareWebgl";
import { buildFullGraph, buildNodeGraph } from "./graph/viewGraph";
import { AggregatedOverview } from "./overview/aggregatedOverview";
import type { PanelToggle } from "./panelToggle";
import {
  communityInfo,
  renderCommunitiesPanel,
  type CommunityInfo,
} from "./panels/communitiesPanel";
import { fetchNamePapers } from "./namePapers";
import { NameWorkspace } from "./nameWorkspace";
import { identityLabel } from "./panels/nameModel";
import type { Tabs } from "./panels/tabs";
import { renderTriagePanel } from "./panels/triagePanel";
import { confirmDialog } from "./review/confirmDialog";
import { DecisionsController } from "./review/decisionsController";
import { renderDecisionsPanel } from "./review/decisionsPanel";
import { DecisionStore } from "./review/decisionStore";
import { DecisionsTransfer } from "./review/decisionsTransfer";
import { exportGraph } from "./review/graphExport";
import { renderReviewTab } from "./review/reviewTab";
import { bindUndoKeys } from "./review/undoKeys";
import { NAME_SCOPED, type RootStore, type ScopedStore, type State } from "./state";
import type { WorkerClient } from "./workerClient";

const LAYOUT_ON_LOAD_MS = 4000;

export interface ExplorerShell {
  store: RootStore;
  worker: WorkerClient;
  tabs: Tabs;
  panel: PanelToggle;
  theme: Theme;
  /** Called once search and saved reviews are in (the app marks itself ready). */
  onSettled: () => void;
  /** The overview's sigma made ahead while the first corpus loads, if it is ready (taken once). */
  takeWarmOverview?: () => OverviewSigma | undefined;
}

export class Explorer {
  readonly corpusId: string;
  /** Above the drawing budget: communities that open, the open name (once the graph is in). */
  private overview: AggregatedOverview | undefined;
  private readonly store: ScopedStore;
  private readonly worker: WorkerClient;
  private readonly view: GraphView;
  private layout: LayoutControl | undefined;
  private readonly reviews: DecisionsController;
  private readonly transfer: DecisionsTransfer;
  private readonly labels: Map<string, string>;
  private readonly communities: CommunityInfo[];
  private readonly workspace: NameWorkspace;
  private readonly lifetime = new AbortController();
  private theme: Theme;
  private triage: TriageProgress | undefined;
  private communityDetails: CommunityDetails | undefined;
  private readonly pendingParts = new Set(["reviews"]);
  /** The open name's papers being paged in after its answer (a store name's). */
  private paging: { key: string; papers?: PaperView[] } | undefined;

  constructor(
    private readonly payload: GraphPayload,
    private readonly shell: ExplorerShell,
  ) {
    this.corpusId = payload.corpus.id;
    this.store = shell.store.scope();
    this.worker = shell.worker;
    this.theme = shell.theme;
    performance.mark("graph-received");
    this.view = new GraphView(
      byId("graph"),
      buildNodeGraph(payload),
      this.store,
      this.theme,
      (key) => this.clickNode(key),
      shell.takeWarmOverview?.(),
    );
    markAfterFrame("first-frame");
    this.communities = communityInfo(payload);
    this.labels = new Map(payload.keys.map((key, i) => [key, payload.labels[i]!]));
    this.reviews = new DecisionsController(
      this.store,
      new DecisionStore(),
      this.corpusId,
      { confirm: confirmDialog, labelOf: (key) => this.labels.get(key) ?? key },
      this.lifetime.signal,
    );
    this.transfer = new DecisionsTransfer(this.reviews, this.worker, payload.corpus.label, () =>
      this.renderReviewSide(),
    );
    this.reviews.onChange(() => {
      this.renderReviewSide();
      this.renderDecisions();
    });
    bindUndoKeys(
      document,
      this.reviews.actions,
      () => this.store.state.selected !== undefined,
      this.lifetime.signal,
    );
    this.workspace = new NameWorkspace({
      store: this.store,
      theme: this.theme,
      open: this.select,
      commands: this.reviews.actions,
      afterRebuild: () => this.renderDecisions(),
    });
    this.store.subscribe((state, changed) => this.onChange(state, changed));
    if (this.store.state.selected === undefined)
      shell.tabs.show(this.store.state.community !== undefined ? "communities" : "triage");
    this.renderAll();
    void this.afterFirstFrame();
  }

  /** The full graph, layout, and search come after the first frame, in small tasks. */
  private async afterFirstFrame(): Promise<void> {
    const signal = this.lifetime.signal;
    // In a task of its own, once the first frame is out: a graph small enough to build at once
    // (an aggregated overview) was drawn a second time in the task that made sigma.
    await nextFrame();
    const graph = await buildFullGraph(this.payload, signal);
    if (signal.aborted) return;
    this.view.setGraph(graph);
    performance.mark("graph-complete");
    this.layout = new LayoutControl(graph);
    const camera = () =>
      (this.workspace.showingWorkspace ? this.workspace.workspaceView : undefined) ?? this.view;
    mountGraphControls(
      byId("graph-toolbar"),
      { zoom: (f) => camera().zoom(f), resetCamera: () => camera().resetCamera() },
      this.layout,
      this.store,
      (on) => this.setSplit(on),
    );
    if (this.payload.aggregated) {
      this.overview = new AggregatedOverview(
        this.view,
        graph,
        this.payload,
        this.worker,
        this.corpusId,
        signal,
      );
      this.overview.showName(this.store.state.selected);
    }
    if (this.store.state.selected) this.view.focusOn(this.store.state.selected);
    if (!isSoftwareWebGL(Object.values(this.view.sigma.getCanvases())))
      this.layout.start(LAYOUT_ON_LOAD_MS);
  }

  /** The Worker has indexed the corpus: splits, triage and saved reviews can be used. */
  ready(): void {
    this.workspace.prepare();
    void this.reviews.loadAll().then(() => {
      this.settle("reviews");
      this.fetchDetails();
    });
    this.worker.startTriage(this.corpusId);
    this.fetchCommunity();
  }

  showTriage(progress: TriageProgress): void {
    this.triage = progress;
    this.renderTriage();
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.view.setTheme(theme);
    this.workspace.setTheme(theme);
    this.renderAll();
  }

  onTabShown(tab: string): void {
    if (this.lifetime.signal.aborted) return;
    if (tab === "triage") this.renderTriage();
    if (tab === "review") this.renderReviewTab();
    if (tab === "communities") this.renderCommunities();
  }

  dispose(): void {
    this.lifetime.abort();
    this.workspace.dispose();
    this.store.dispose();
    this.layout?.kill();
    this.view.kill();
    // The toolbar's buttons act on this corpus's view; the next explorer mounts its own.
    byId("graph-toolbar").replaceChildren();
  }

  /** Names matching a typed query: the Worker searches, the page holds no list of names. */
  searchNames(query: string): Promise<NameHit[]> {
    return this.worker.query(this.corpusId, "search", { query, limit: 8 });
  }

  private settle(part: "reviews"): void {
    this.pendingParts.delete(part);
    if (this.pendingParts.size === 0 && !this.lifetime.signal.aborted) this.shell.onSettled();
  }

  /** A click on the overview: a community node opens into its authors, an author opens. */
  private clickNode(key: string): void {
    if (communityOfNodeKey(key) === undefined) this.select(key);
    else this.overview?.click(key);
  }

  // Actions: the only writers of the view state.
  /** Opens a name on its workspace; the name already open stays as it is (its answer too). */
  select = (key: string): void => {
    // The name's tab first: the triage list (hidden then) is not rebuilt as the name's decisions
    // load, which held the name's query back 200 ms on a big store's 300 rows.
    this.shell.tabs.show("name");
    this.shell.panel.open();
    if (key === this.store.state.selected) this.store.set({ split: true });
    else
      this.store.set({
        selected: key,
        details: undefined,
        resolution: 1,
        hovered: undefined,
        split: true,
        ...NAME_SCOPED,
      });
  };

  private setSplit(on: boolean): void {
    this.store.set({ split: on && this.store.state.selected !== undefined });
  }

  private filterCommunity(community: number | undefined): void {
    this.store.set({ community });
  }

  private onChange(state: State, changed: ReadonlySet<keyof State>): void {
    const constraintsMoved =
      changed.has("decisions") &&
      state.decisions?.constraintsKey !== state.details?.constraintsKey &&
      state.details?.key === state.selected;
    if (changed.has("selected") || changed.has("resolution") || constraintsMoved)
      this.fetchDetails();
    if (changed.has("selected")) this.overview?.showName(state.selected);
    if (changed.has("community")) this.fetchCommunity();
    // Above the budget, choosing a community in the legend also opens its node into its authors.
    if (changed.has("community") && state.community !== undefined)
      this.overview?.openCommunity(state.community);
    if (changed.has("community") && state.community !== undefined && !state.selected) {
      const community = state.community;
      requestAnimationFrame(() => this.view.focusOnCommunity(community));
    }
    this.workspace.onChange(state, changed);
    if (changed.has("community")) this.renderCommunities();
    if (changed.has("selected") || changed.has("details"))
      document.title =
        `${state.details?.label ?? state.selected ?? ""} — Co-author explorer`.replace(/^ — /, "");
    // In the overview, the camera flies to the name; its workspace frames itself.
    const moved = changed.has("selected") || changed.has("split");
    if (moved && state.selected && !state.split) {
      const key = state.selected;
      requestAnimationFrame(() => this.view.focusOn(key));
    }
  }

  private fetchDetails(): void {
    const { selected, resolution, decisions } = this.store.state;
    if (selected === undefined) return;
    // Until the saved decisions are read, a name is not shown: it would flash the plain suggestion.
    if (this.pendingParts.has("reviews")) return;
    const constraints = decisions?.nameKey === selected ? decisions.constraints : undefined;
    // The name open already (another resolution, a decision): its papers are the same, not sent again.
    const known = this.papersOf(selected);
    const args = {
      key: selected,
      resolution,
      ...(constraints ? { constraints } : {}),
      ...(known ? { papersKnown: true } : {}),
    };
    // The marks time each step for the browser bench (reading, split, layout, drawing).
    const onStep = (step: QueryStep): void => {
      performance.mark(`name-step-${step.stage}`);
      if (!this.lifetime.signal.aborted && this.store.state.selected === selected)
        this.store.set({ nameStep: { ...step, key: selected } });
    };
    const asked = performance.now();
    this.worker.query(this.corpusId, "name", args, onStep).then(
      (answer) => {
        performance.mark("name-answered");
        performance.measure("name-query", { start: asked });
        const now = this.store.state;
        if (this.lifetime.signal.aborted) return;
        if (now.selected !== selected || now.resolution !== resolution) return;
        const wanted = now.decisions?.nameKey === selected ? now.decisions.constraintsKey : "";
        if (answer && answer.constraintsKey !== wanted) return;
        if (!answer) return this.showMissing(selected);
        const papers = answer.papers ?? known ?? this.papersOf(selected);
        if (papers) return this.store.set({ details: { ...answer, papers } });
        // Without its papers (a store name): the workspace now, the papers as they come.
        const pendingPapers = answer.suggestion.paperIds.length;
        this.store.set({ details: { ...answer, papers: [], pendingPapers } });
        this.fetchPapers(selected);
      },
      (error: Error) => this.showMissing(selected, error.message, () => this.fetchDetails()),
    );
  }

  /** The papers of `key` the page holds (on screen, or paged in for it), if all are in. */
  private papersOf(key: string): PaperView[] | undefined {
    const shown = this.store.state.details;
    if (shown?.key === key && shown.pendingPapers === undefined) return shown.papers;
    return this.paging?.key === key ? this.paging.papers : undefined;
  }

  /** Pages in the papers of `key` (once while it is open), then shows them with its answer. */
  private fetchPapers(key: string): void {
    if (this.paging?.key === key) return;
    const paging: { key: string; papers?: PaperView[] } = { key };
    this.paging = paging;
    fetchNamePapers(this.worker, this.corpusId, key).then(
      (papers) => {
        if (this.paging !== paging || this.lifetime.signal.aborted) return;
        paging.papers = papers;
        const details = this.store.state.details;
        if (details?.key !== key || details.pendingPapers === undefined) return;
        const complete: NameDetails = { ...details, papers };
        delete complete.pendingPapers;
        performance.mark("name-papers");
        this.store.set({ details: complete });
      },
      (error: Error) => {
        if (this.paging !== paging) return;
        this.paging = undefined;
        if (this.store.state.selected === key)
          this.showMissing(key, `its papers could not be read (${error.message})`, () =>
            this.fetchDetails(),
          );
      },
    );
  }

  /** The name panel when a name has no papers, or its query failed (then with a Retry button). */
  private showMissing(
    key: string,
    reason = "no papers carry this exact name in the corpus",
    retry?: () => void,
  ): void {
    if (this.lifetime.signal.aborted) return;
    const root = byId("tab-name");
    root.replaceChildren();
    const heading = document.createElement("h2");
    heading.id = "name-heading";
    heading.textContent = key;
    const text = document.createElement("p");
    text.textContent = retry
      ? `Could not show this name: ${reason}.`
      : `Nothing to show: ${reason}. Search another name.`;
    root.append(heading, text);
    if (!retry) return;
    const button = document.createElement("button");
    button.type = "button";
    button.id = "name-retry";
    button.textContent = "Retry";
    button.addEventListener("click", retry);
    root.append(button);
  }

  private fetchCommunity(): void {
    const { community } = this.store.state;
    if (community === undefined) return;
    this.worker.query(this.corpusId, "community", { community }).then(
      (details) => {
        if (this.lifetime.signal.aborted || this.store.state.community !== community) return;
        this.communityDetails = details;
        this.renderCommunities();
      },
      // The list stays empty; a restarted Worker answers when `ready` asks again.
      () => undefined,
    );
  }

  private renderAll(): void {
    this.renderCommunities();
    this.renderReviewSide();
  }

  /** The decisions panel inside the name panel (history, undo/redo, conflicts, quarantine). */
  private renderDecisions(): void {
    const slot = document.getElementById("decisions-panel");
    const { details, decisions, selected } = this.store.state;
    if (!slot || !details || details.key !== selected) return;
    const papers = new Map(details.papers.map((p) => [p.id, p]));
    const model = this.workspace.panel.current;
    renderDecisionsPanel(
      slot,
      {
        decisions,
        papers,
        identityLabel: model ? identityLabel(model) : (id) => `identity ${id}`,
        session: this.reviews.session,
        message: this.reviews.message,
      },
      {
        ...this.reviews.actions,
        exportRaw: (key) => this.transfer.exportRaw(key),
        resetQuarantined: (key) => void this.reviews.resetQuarantined(key),
      },
    );
  }

  /** Only while visible: the legend of a large corpus (500 communities) is hundreds of ms. */
  private renderCommunities(): void {
    if (this.shell.tabs.current !== "communities") return;
    renderCommunitiesPanel(
      byId("tab-communities"),
      {
        communities: this.communities,
        active: this.store.state.community,
        details: this.communityDetails,
        theme: this.theme,
        modularity: this.payload.modularity,
      },
      { filter: (c) => this.filterCommunity(c), select: this.select },
    );
  }

  /** Only while visible: the list is rebuilt as the ranking grows. */
  private renderTriage(): void {
    if (this.shell.tabs.current !== "triage") return;
    renderTriagePanel(byId("tab-triage"), this.triage, this.reviews.reviewedKeys(), this.select);
  }

  private renderReviewSide(): void {
    this.renderTriage();
    this.renderReviewTab();
  }

  /** Only while visible: every decision changes it (a move re-rendered the hidden list of names). */
  private renderReviewTab(): void {
    if (this.shell.tabs.current !== "review") return;
    renderReviewTab(
      byId("tab-review"),
      {
        decided: this.reviews.decided(),
        quarantined: this.reviews.quarantine(),
        preview: this.transfer.preview,
        lastImport: this.transfer.lastImport,
        message: this.reviews.message,
        labelOf: (key) => this.labels.get(key) ?? key,
      },
      {
        open: this.select,
        exportDecisions: (format) => void this.transfer.exportFile(format),
        previewFile: (file) => void this.transfer.previewFile(file),
        confirmImport: () => void this.transfer.confirm(),
        cancelImport: () => this.transfer.cancelPreview(),
        undoImport: () => void this.transfer.undoImport(),
        exportRaw: (key) => this.transfer.exportRaw(key),
        resetQuarantined: (key) => void this.reviews.resetQuarantined(key),
        exportGraph: (format) =>
          void exportGraph(format, this.view, this.corpusId, this.store.state).catch(
            (error: unknown) =>
              this.reviews.report(`Graph export failed: ${(error as Error).message}`),
          ),
      },
    );
  }
}

/** Resolves in a task after the next frame (a timer after an animation frame). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Marks `name` once the frame being prepared now has been produced (two animation frames on). */
function markAfterFrame(name: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
}
