// The explorer once the graph has arrived: network view, layout, search, tabs and panels, all
// reading one Store. Actions here are the only writers of the view state.
import type { CommunityDetails, GraphPayload, TriageProgress } from "../worker/protocol";
import { byId } from "./dom";
import { mountGraphControls } from "./graph/graphControls";
import { GraphView } from "./graph/graphView";
import { LayoutControl } from "./graph/layoutControl";
import { addEdgesInChunks, buildViewGraph, type ViewGraph } from "./graph/viewGraph";
import type { PanelToggle } from "./panelToggle";
import {
  communityInfo,
  renderCommunitiesPanel,
  type CommunityInfo,
} from "./panels/communitiesPanel";
import type { ReviewActions } from "./panels/identityCards";
import { renderNamePanel } from "./panels/namePanel";
import { renderReviewPanel } from "./panels/reviewPanel";
import { Tabs } from "./panels/tabs";
import { renderTriagePanel } from "./panels/triagePanel";
import { ReviewController } from "./review/reviewController";
import { ReviewStore } from "./review/reviewStore";
import { NameSearch } from "./search/nameSearch";
import { mountSearchBox } from "./search/searchBox";
import type { State, Store } from "./state";
import { currentTheme, onThemeChange } from "./theme";
import type { WorkerClient } from "./workerClient";

const LAYOUT_ON_LOAD_MS = 4000;
const NAME_PANEL_KEYS: (keyof State)[] = ["selected", "details", "review", "split", "resolution"];

export class Explorer {
  private readonly view: GraphView;
  private readonly layout: LayoutControl;
  private readonly tabs = new Tabs(byId("tabs"));
  private readonly reviews: ReviewController;
  private readonly communities: CommunityInfo[];
  private search: NameSearch | undefined;
  private theme = currentTheme();
  private triage: TriageProgress | undefined;
  private communityDetails: CommunityDetails | undefined;
  private readonly pendingParts = new Set(["search", "reviews"]);

  constructor(
    private readonly payload: GraphPayload,
    private readonly store: Store,
    private readonly worker: WorkerClient,
    corpusId: string,
    private readonly panel: PanelToggle,
  ) {
    performance.mark("graph-received");
    const graph = buildViewGraph(payload);
    this.view = new GraphView(byId("graph"), graph, store, this.theme, (key) => this.select(key));
    performance.mark("first-frame");
    this.layout = new LayoutControl(graph);
    mountGraphControls(byId("graph-toolbar"), this.view, this.layout, store, (on) =>
      this.setSplit(on),
    );
    this.communities = communityInfo(payload);
    this.reviews = new ReviewController(store, new ReviewStore(), corpusId, worker);
    this.reviews.onChange(() => this.renderReviewSide());
    store.subscribe((state, changed) => this.onChange(state, changed));
    onThemeChange((theme) => {
      this.theme = theme;
      this.view.setTheme(theme);
      this.renderAll();
    });
    this.tabs.onShow((tab) => {
      if (tab === "triage") this.renderTriage();
    });
    if (store.state.selected === undefined)
      this.tabs.show(store.state.community !== undefined ? "communities" : "triage");
    this.renderAll();
    void this.afterFirstFrame(graph);
  }

  /** Edges, search and layout come after the first frame, in tasks small enough not to freeze it. */
  private async afterFirstFrame(graph: ViewGraph): Promise<void> {
    await addEdgesInChunks(graph, this.payload);
    performance.mark("graph-complete");
    await this.buildSearch();
    if (this.store.state.selected) this.view.focusOn(this.store.state.selected);
    this.layout.start(LAYOUT_ON_LOAD_MS);
  }

  /** The Worker has indexed the corpus: splits, triage and saved reviews can be used. */
  ready(): void {
    void this.reviews.loadAll().then(() => this.settle("reviews"));
    this.worker.startTriage();
    this.fetchDetails();
    this.fetchCommunity();
  }

  showTriage(progress: TriageProgress): void {
    this.triage = progress;
    this.renderTriage();
  }

  kill(): void {
    this.layout.kill();
    this.view.kill();
  }

  private async buildSearch(): Promise<void> {
    const search = new NameSearch();
    const { keys, labels, papers } = this.payload;
    await search.addAll(
      keys.map((key, i) => ({ id: i, key, label: labels[i]!, papers: papers[i]! })),
    );
    this.search = search;
    const input = byId<HTMLInputElement>("search-input");
    mountSearchBox(
      input,
      byId<HTMLUListElement>("search-results"),
      () => this.search,
      (key) => this.select(key),
    );
    input.disabled = false;
    this.settle("search");
  }

  /** Marks `app-ready` (for tests and the bench) once search and saved reviews are both in. */
  private settle(part: "search" | "reviews"): void {
    this.pendingParts.delete(part);
    if (this.pendingParts.size === 0) {
      performance.mark("app-ready");
      document.body.dataset.ready = "true";
    }
  }

  // Actions: the only writers of the view state.
  select = (key: string): void => {
    this.store.set({ selected: key, details: undefined, resolution: 1, hovered: undefined });
    this.tabs.show("name");
    this.panel.open();
  };

  private setSplit(on: boolean): void {
    this.store.set({ split: on && this.store.state.selected !== undefined });
  }

  private filterCommunity(community: number | undefined): void {
    this.store.set({ community });
  }

  private readonly reviewActions: ReviewActions = {
    select: (key) => this.select(key),
    setResolution: (resolution) => this.store.set({ resolution }),
    setSplit: (on) => this.setSplit(on),
    accept: () => this.reviews.accept(),
    merge: (into, from) => this.reviews.merge(into, from),
    move: (paperId, to) => this.reviews.move(paperId, to),
    reset: () => this.reviews.reset(),
  };

  private onChange(state: State, changed: ReadonlySet<keyof State>): void {
    if (changed.has("selected") || changed.has("resolution")) this.fetchDetails();
    if (changed.has("community")) this.fetchCommunity();
    if (NAME_PANEL_KEYS.some((key) => changed.has(key))) this.renderName();
    if (changed.has("community")) this.renderCommunities();
    if (changed.has("selected"))
      document.title =
        `${state.details?.label ?? state.selected ?? ""} — Co-author explorer`.replace(/^ — /, "");
    const moved =
      changed.has("selected") || (changed.has("details") && state.split) || changed.has("split");
    if (moved && state.selected) {
      const key = state.selected;
      requestAnimationFrame(() => this.view.focusOn(key));
    }
  }

  private fetchDetails(): void {
    const { selected, resolution } = this.store.state;
    if (selected === undefined) return;
    this.worker.query("name", { key: selected, resolution }).then(
      (details) => {
        const now = this.store.state;
        if (now.selected !== selected || now.resolution !== resolution) return;
        if (details) this.store.set({ details });
        else this.showMissing(selected);
      },
      (error: unknown) => this.showMissing(selected, (error as Error).message),
    );
  }

  private showMissing(key: string, reason = "no papers carry this exact name in the corpus"): void {
    const root = byId("tab-name");
    root.replaceChildren();
    const heading = document.createElement("h2");
    heading.textContent = key;
    const text = document.createElement("p");
    text.textContent = `Nothing to show: ${reason}. Search another name.`;
    root.append(heading, text);
  }

  private fetchCommunity(): void {
    const { community } = this.store.state;
    if (community === undefined) return;
    void this.worker.query("community", { community }).then((details) => {
      if (this.store.state.community !== community) return;
      this.communityDetails = details;
      this.renderCommunities();
    });
  }

  private renderAll(): void {
    this.renderName();
    this.renderCommunities();
    this.renderReviewSide();
  }

  private renderName(): void {
    renderNamePanel(byId("tab-name"), this.store.state, this.theme, this.reviewActions);
  }

  private renderCommunities(): void {
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
    if (this.tabs.current !== "triage") return;
    renderTriagePanel(byId("tab-triage"), this.triage, this.reviews.reviewedKeys(), this.select);
  }

  private renderReviewSide(): void {
    this.renderTriage();
    renderReviewPanel(byId("tab-review"), this.reviews.all(), this.reviews.message, {
      open: this.select,
      exportJson: this.reviews.exportJson,
      exportCsv: () => void this.reviews.exportCsv(),
      importFile: (file) => void this.reviews.importFile(file),
    });
  }
}
