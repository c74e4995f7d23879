// The network view: sigma over the view graph, reducers reading the state, hover and click wiring,
// the split overlay kept in step with the selection and review, and camera moves.
import Sigma from "sigma";
import { currentGroups } from "../reviewModel";
import type { State, Store } from "../state";
import type { Theme } from "./appearance";
import { deriveEmphasis } from "./emphasis";
import { edgeAppearance, nodeAppearance, NO_EMPHASIS, type Emphasis } from "./reducers";
import { addSplitNodes, removeSplitNodes, splitGroups } from "./splitOverlay";
import type { ViewEdge, ViewGraph, ViewNode } from "./viewGraph";

const APPEARANCE_KEYS: (keyof State)[] = ["selected", "hovered", "community", "split"];
const OVERLAY_KEYS: (keyof State)[] = ["selected", "split", "details", "review"];

export class GraphView {
  readonly sigma: Sigma<ViewNode, ViewEdge>;
  private emphasis: Emphasis = NO_EMPHASIS;
  private splitNodes: string[] = [];
  private overlaySignature = "";

  constructor(
    container: HTMLElement,
    private readonly graph: ViewGraph,
    private readonly store: Store,
    private theme: Theme,
    onSelect: (key: string) => void,
  ) {
    this.sigma = new Sigma<ViewNode, ViewEdge>(graph, container, {
      zIndex: true,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      labelColor: { color: theme.label },
      labelFont: "system-ui, sans-serif",
      minEdgeThickness: 0.8,
      nodeReducer: (key, node) => nodeAppearance(key, node, this.emphasis, this.theme),
      edgeReducer: (edge, data) =>
        edgeAppearance(
          data,
          this.endpoint(graph.source(edge)),
          this.endpoint(graph.target(edge)),
          this.emphasis,
          this.theme,
        ),
    });
    this.sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
    this.sigma.on("leaveNode", () => store.set({ hovered: undefined }));
    this.sigma.on("clickNode", ({ node }) => {
      const key = graph.getNodeAttribute(node, "splitOf") ?? node;
      onSelect(key);
    });
    store.subscribe((state, changed) => this.update(state, changed));
    this.update(store.state, new Set(APPEARANCE_KEYS));
  }

  private endpoint(key: string): { key: string; node: ViewNode } {
    return { key, node: this.graph.getNodeAttributes(key) };
  }

  private update(state: State, changed: ReadonlySet<keyof State>): void {
    let appearance = APPEARANCE_KEYS.some((key) => changed.has(key));
    if (OVERLAY_KEYS.some((key) => changed.has(key))) appearance ||= this.syncOverlay(state);
    if (!appearance) return;
    this.emphasis = deriveEmphasis(
      this.graph,
      {
        selected: state.selected,
        hovered: state.hovered,
        community: state.community,
        splitNodes: this.splitNodes,
      },
      this.theme,
    );
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Rebuilds the split nodes when what they show changed; true if the graph changed. */
  private syncOverlay(state: State): boolean {
    const details =
      state.split && state.details?.key === state.selected ? state.details : undefined;
    const groups = details ? currentGroups(details.suggestion, state.review) : [];
    const signature = details ? `${details.key}\u0000${JSON.stringify(groups)}` : "";
    if (signature === this.overlaySignature) return false;
    this.overlaySignature = signature;
    removeSplitNodes(this.graph);
    this.splitNodes = details
      ? addSplitNodes(this.graph, details.key, splitGroups(details.key, details.papers, groups))
      : [];
    return true;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.sigma.setSetting("labelColor", { color: theme.label });
    this.emphasis = deriveEmphasis(
      this.graph,
      { ...this.store.state, splitNodes: this.splitNodes },
      theme,
    );
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Moves the camera to a name (and its split nodes when shown). */
  focusOn(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const nodes = [key, ...this.splitNodes];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      const data = this.sigma.getNodeDisplayData(node);
      if (!data) continue;
      minX = Math.min(minX, data.x);
      minY = Math.min(minY, data.y);
      maxX = Math.max(maxX, data.x);
      maxY = Math.max(maxY, data.y);
    }
    if (!Number.isFinite(minX)) return;
    const ratio = Math.min(1, Math.max(0.08, 1.4 * Math.max(maxX - minX, maxY - minY)));
    void this.sigma
      .getCamera()
      .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    void camera.animate({ ratio: camera.ratio / factor }, { duration: 250 });
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  kill(): void {
    this.sigma.kill();
  }
}
