// The network view: sigma over the view graph, reducers reading the state, hover and click wiring,
// the split overlay kept in step with the selection and review, and camera moves.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { State, Store } from "../state";
import type { Theme } from "./appearance";
import { deriveEmphasis } from "./emphasis";
import { edgeAppearance, nodeAppearance, NO_EMPHASIS, type Emphasis } from "./reducers";
import { addSplitNodes, removeSplitNodes, splitGroups } from "./splitOverlay";
import type { ViewEdge, ViewGraph, ViewNode } from "./viewGraph";

const APPEARANCE_KEYS: (keyof State)[] = ["selected", "hovered", "community", "split"];
const OVERLAY_KEYS: (keyof State)[] = ["selected", "split", "details"];
/** An empty graph sigma is pointed at while the real one changes shape. */
const DETACHED: ViewGraph = new Graph<ViewNode, ViewEdge>({ type: "undirected" });

export class GraphView {
  readonly sigma: Sigma<ViewNode, ViewEdge>;
  private emphasis: Emphasis = NO_EMPHASIS;
  private splitNodes: string[] = [];
  private overlaySignature = "";

  constructor(
    container: HTMLElement,
    private graph: ViewGraph,
    private readonly store: Store,
    private theme: Theme,
    onSelect: (key: string) => void,
  ) {
    // Emphasis first: sigma draws its first frame in the constructor, and a second full pass
    // over the graph to apply the state would double the cost of that frame.
    this.deriveEmphasis(store.state);
    this.sigma = new Sigma<ViewNode, ViewEdge>(graph, container, {
      zIndex: true,
      // Arrows are never drawn (co-authorship has no direction): a trivial program in their slot
      // spares compiling sigma's default arrow shaders, which software WebGL makes slow.
      edgeProgramClasses: { arrow: EdgeLineProgram },
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      labelColor: { color: theme.label },
      labelFont: "system-ui, sans-serif",
      minEdgeThickness: 0.8,
      nodeReducer: (key, node) => nodeAppearance(key, node, this.emphasis, this.theme),
      edgeReducer: (edge, data) =>
        edgeAppearance(
          data,
          this.endpoint(this.graph.source(edge)),
          this.endpoint(this.graph.target(edge)),
          this.emphasis,
          this.theme,
        ),
    });
    this.sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
    this.sigma.on("leaveNode", () => store.set({ hovered: undefined }));
    this.sigma.on("clickNode", ({ node }) => {
      const key = this.graph.getNodeAttribute(node, "splitOf") ?? node;
      onSelect(key);
    });
    store.subscribe((state, changed) => this.update(state, changed));
  }

  /** Swaps in another graph (the full one after the first frame); the overlay is rebuilt on it. */
  setGraph(graph: ViewGraph): void {
    this.sigma.setGraph(DETACHED);
    removeSplitNodes(this.graph);
    this.graph = graph;
    this.splitNodes = [];
    this.overlaySignature = "";
    this.syncOverlay(this.store.state);
    this.deriveEmphasis(this.store.state);
    this.sigma.setGraph(graph);
  }

  private endpoint(key: string): { key: string; node: ViewNode } {
    return { key, node: this.graph.getNodeAttributes(key) };
  }

  private update(state: State, changed: ReadonlySet<keyof State>): void {
    if (OVERLAY_KEYS.some((key) => changed.has(key)) && this.overlayChanged(state)) {
      // sigma 3.0 re-indexes the whole graph for every dropped node or edge; while detached, the
      // overlay change costs one re-index instead of one per overlay edge (seconds on big splits).
      const graph = this.graph;
      this.sigma.setGraph(DETACHED);
      this.syncOverlay(state);
      this.deriveEmphasis(state);
      this.sigma.setGraph(graph);
      return;
    }
    if (!APPEARANCE_KEYS.some((key) => changed.has(key))) return;
    this.deriveEmphasis(state);
    this.sigma.refresh({ skipIndexation: true });
  }

  private deriveEmphasis(state: State): void {
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
  }

  /** What the split overlay should show now, as a comparable signature with its groups. */
  private overlayFor(state: State): {
    signature: string;
    details: State["details"];
    groups: string[][];
  } {
    const details =
      state.split && state.details?.key === state.selected ? state.details : undefined;
    // The Worker computes the suggestion around the curator's decisions: its identities are the groups.
    const groups = details ? details.suggestion.identities.map((i) => i.paperIds) : [];
    const signature = details ? `${details.key}\u0000${JSON.stringify(groups)}` : "";
    return { signature, details, groups };
  }

  private overlayChanged(state: State): boolean {
    return this.overlayFor(state).signature !== this.overlaySignature;
  }

  /** Rebuilds the split nodes for the current state. */
  private syncOverlay(state: State): void {
    const { signature, details, groups } = this.overlayFor(state);
    this.overlaySignature = signature;
    removeSplitNodes(this.graph);
    this.splitNodes = details
      ? addSplitNodes(this.graph, details.key, splitGroups(details.key, details.papers, groups))
      : [];
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.sigma.setSetting("labelColor", { color: theme.label });
    this.deriveEmphasis(this.store.state);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Moves the camera to a name (and its split nodes when shown). */
  focusOn(key: string): void {
    if (this.graph.hasNode(key)) this.frame([key, ...this.splitNodes]);
  }

  /** Moves the camera to a community's authors (what the community filter leaves on screen). */
  focusOnCommunity(community: number): void {
    this.frame(
      this.graph.filterNodes((_key, node) => node.community === community && !node.splitOf),
    );
  }

  /** Animates the camera to the box around `nodes`, with a little margin. */
  private frame(nodes: string[]): void {
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
