// The overview: sigma over the whole co-author network, reducers reading the state, hover and
// click wiring, and camera moves. An open name's identities are drawn by the workspace view.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { State, Store } from "../state";
import type { Theme } from "./appearance";
import { cameraFor, framedPoint } from "./camera";
import { deriveEmphasis } from "./emphasis";
import { graphProbe } from "./graphProbe";
import { edgeAppearance, nodeAppearance, NO_EMPHASIS, type Emphasis } from "./reducers";
import type { ViewEdge, ViewGraph, ViewNode } from "./viewGraph";

const APPEARANCE_KEYS: (keyof State)[] = ["selected", "hovered", "community", "split"];

export type OverviewSigma = Sigma<ViewNode, ViewEdge>;

/** The overview's sigma settings that do not read a view (the reducers do). */
function baseSettings(theme: Theme): Partial<Settings<ViewNode, ViewEdge>> {
  return {
    zIndex: true,
    // Arrows are never drawn (co-authorship has no direction): a trivial program in their slot
    // spares compiling sigma's default arrow shaders, which software WebGL makes slow.
    edgeProgramClasses: { arrow: EdgeLineProgram },
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.6,
    labelColor: { color: theme.label },
    labelFont: "system-ui, sans-serif",
    minEdgeThickness: 0.8,
  };
}

const INVISIBLE = "rgba(0,0,0,0)";

function emptyGraph(): ViewGraph {
  return new Graph<ViewNode, ViewEdge>({ type: "undirected" });
}

/**
 * The overview's sigma, made while the corpus is still being read and drawn once over two
 * invisible nodes and a link: with software WebGL (SwiftShader) making sigma's contexts and the
 * first draws of its programs cost seconds of the main thread, which a 100k-paper corpus's page
 * otherwise paid after its graph came, on top of drawing it. A flush sends the draws to the GPU
 * process now, and nothing waits for them. A `GraphView` adopts it with its graph.
 */
export function warmOverview(container: HTMLElement, theme: Theme): OverviewSigma | undefined {
  // Hidden (no size yet): sigma would refuse it; the view makes its own later.
  if (container.offsetWidth === 0 || container.offsetHeight === 0) return undefined;
  const graph = emptyGraph();
  const node = { size: 4, label: "", papers: 1, community: 0, color: INVISIBLE };
  graph.addNode("a", { ...node, x: 0, y: 0 });
  graph.addNode("b", { ...node, x: 1, y: 1 });
  graph.addEdge("a", "b", { weight: 1, size: 1, color: INVISIBLE } as ViewEdge);
  const sigma = new Sigma<ViewNode, ViewEdge>(graph, container, baseSettings(theme));
  for (const canvas of container.querySelectorAll("canvas")) canvas.getContext("webgl2")?.flush();
  container.dataset.sigma = "warm";
  return sigma;
}

export class GraphView {
  readonly sigma: Sigma<ViewNode, ViewEdge>;
  private emphasis: Emphasis = NO_EMPHASIS;
  /** Changes made while the name workspace covered the overview, not drawn yet. */
  private stale = false;
  private readonly resizes: ResizeObserver;

  constructor(
    container: HTMLElement,
    private graph: ViewGraph,
    private readonly store: Store,
    private theme: Theme,
    onSelect: (key: string) => void,
    /** A sigma made ahead over this container (see warmOverview), drawn from now on by this view. */
    warm?: OverviewSigma,
  ) {
    // Emphasis first: sigma draws its first frame in the constructor, and a second full pass
    // over the graph to apply the state would double the cost of that frame.
    this.deriveEmphasis(store.state);
    const settings: Partial<Settings<ViewNode, ViewEdge>> = {
      ...baseSettings(theme),
      nodeReducer: (key, node) => nodeAppearance(key, node, this.emphasis, this.theme),
      edgeReducer: (edge, data) =>
        edgeAppearance(
          data,
          this.endpoint(this.graph.source(edge)),
          this.endpoint(this.graph.target(edge)),
          this.emphasis,
          this.theme,
        ),
    };
    if (warm) {
      // The reducers read this view's graph: set before the graph only with nothing to draw.
      warm.setGraph(emptyGraph());
      const { nodeReducer, edgeReducer, labelColor } = settings;
      warm.setSettings({ nodeReducer, edgeReducer, labelColor });
      warm.setGraph(graph);
      this.sigma = warm;
      container.dataset.sigma = "adopted";
    } else {
      this.sigma = new Sigma<ViewNode, ViewEdge>(graph, container, settings);
      container.dataset.sigma = "made";
    }
    this.sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
    this.sigma.on("leaveNode", () => store.set({ hovered: undefined }));
    this.sigma.on("clickNode", ({ node }) => onSelect(node));
    store.subscribe((state, changed) => this.update(state, changed));
    this.resizes = new ResizeObserver(() => this.followContainer(container));
    this.resizes.observe(container);
    graphProbe().overviewNode = (key) =>
      this.graph.hasNode(key)
        ? this.sigma.graphToViewport(this.graph.getNodeAttributes(key))
        : undefined;
  }

  /** Swaps in another graph (the full one after the first frame). */
  setGraph(graph: ViewGraph): void {
    this.graph = graph;
    this.deriveEmphasis(this.store.state);
    this.sigma.setGraph(graph);
  }

  /**
   * Sigma reads its container's size only on a window resize or when it next draws. When the page
   * around it changed (the header taking a second row as the corpus summary came in), it kept
   * drawing and hit-testing the old frame until a hover made it draw again: every node then
   * jumped by half the change, under the pointer (a click meant for Lei Wang opened Bin Zhou).
   * Drawn now, in the frame whose layout changed, before it is painted.
   */
  private followContainer(container: HTMLElement): void {
    if (container.offsetWidth === 0 || container.offsetHeight === 0) return;
    const { width, height } = this.sigma.getDimensions();
    if (width === container.offsetWidth && height === container.offsetHeight) return;
    this.sigma.refresh();
  }

  private endpoint(key: string): { key: string; node: ViewNode } {
    return { key, node: this.graph.getNodeAttributes(key) };
  }

  private update(state: State, changed: ReadonlySet<keyof State>): void {
    const covered = state.split && state.selected !== undefined;
    // A refresh re-applies the reducers to every node and edge of the corpus: not while the
    // name workspace covers the overview; once, when it shows again.
    if (covered) {
      if (APPEARANCE_KEYS.some((key) => changed.has(key))) this.stale = true;
      return;
    }
    if (!this.stale && !APPEARANCE_KEYS.some((key) => changed.has(key))) return;
    this.stale = false;
    this.deriveEmphasis(state);
    this.sigma.refresh({ skipIndexation: true });
  }

  private deriveEmphasis(state: State): void {
    this.emphasis = deriveEmphasis(this.graph, state);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.sigma.setSetting("labelColor", { color: theme.label });
    this.deriveEmphasis(this.store.state);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Moves the camera to a name. */
  focusOn(key: string): void {
    this.frame([key]);
  }

  /** Moves the camera to a community's authors (what the community filter leaves on screen). */
  focusOnCommunity(community: number): void {
    this.frame(this.graph.filterNodes((_key, node) => node.community === community));
  }

  /**
   * Animates the camera to the box around `nodes`. From graph coordinates, not sigma's display
   * data: after a resize (the panel opening on a narrow window) those are stale until sigma's
   * next frame, and a camera aimed at them showed an empty stage.
   */
  private frame(nodes: string[]): void {
    const extent = this.sigma.getBBox();
    const points = nodes
      .filter((node) => this.graph.hasNode(node))
      .map((node) => framedPoint(extent, this.graph.getNodeAttributes(node)));
    const target = cameraFor(points);
    if (target) void this.sigma.getCamera().animate(target, { duration: 500 });
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    void camera.animate({ ratio: camera.ratio / factor }, { duration: 250 });
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  kill(): void {
    this.resizes.disconnect();
    this.sigma.kill();
  }
}
