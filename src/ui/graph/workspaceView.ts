// The name workspace: a second sigma, over the open name's identities and their co-authors (not the
// whole network). Sizes follow the zoom, so the layout's "apart" holds on screen; the camera frames
// the whole workspace when it changes and flies to an identity the curator focuses; labels never
// overlap (workspaceLabels). Hover and click on an identity reach its card through the state.
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { identityFacts } from "../../core/workspace/identityNames";
import type { NameWorkspace } from "../../core/workspace/types";
import type { State, Store } from "../state";
import { identityColour, type Theme } from "./appearance";
import { cameraFor, framedPoint } from "./camera";
import { graphProbe } from "./graphProbe";
import type { Box } from "./labelSpace";
import {
  NO_WORKSPACE_EMPHASIS,
  workspaceEdgeLook,
  workspaceEmphasis,
  workspaceNodeLook,
  type WorkspaceEmphasis,
} from "./workspaceAppearance";
import {
  buildWorkspaceGraph,
  discExtent,
  identityNode,
  type WorkspaceEdge,
  type WorkspaceGraph,
  type WorkspaceNode,
} from "./workspaceGraph";
import { labelDrawer } from "./workspaceLabels";
import { timed } from "../timing";

const APPEARANCE_KEYS: (keyof State)[] = ["identityHover", "identityFocus", "hovered"];

export interface WorkspaceActions {
  /** Opens another name (a co-author). */
  open(key: string): void;
  hoverIdentity(key: string | undefined): void;
  /** Focuses an identity (its card comes into view); undefined clears the focus. */
  focusIdentity(key: string | undefined): void;
  hoverCoauthor(key: string | undefined): void;
}

/** Two identities sharing a co-author, each with its own: every program the view draws with. */
const WARM_UP: NameWorkspace = {
  nameKey: "",
  label: "",
  identities: [
    {
      key: "a",
      name: "a",
      paperIds: ["1"],
      facts: identityFacts("", []),
      colour: 0,
      x: 0,
      y: 0,
      size: 2,
    },
    {
      key: "b",
      name: "b",
      paperIds: ["2"],
      facts: identityFacts("", []),
      colour: 1,
      x: 10,
      y: 0,
      size: 2,
    },
  ],
  coauthors: [
    { key: "c", label: "c", links: [{ identity: "a", papers: 1 }], x: 0, y: 4, size: 1 },
    {
      key: "d",
      label: "d",
      links: [
        { identity: "a", papers: 1 },
        { identity: "b", papers: 1 },
      ],
      x: 5,
      y: 4,
      size: 1,
    },
  ],
};

/** Polls `fence` between tasks (never blocking) until the GPU has run what came before it. */
function awaitFence(gl: WebGL2RenderingContext, fence: WebGLSync): void {
  if (gl.isContextLost()) return;
  if (gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED) gl.deleteSync(fence);
  else setTimeout(() => awaitFence(gl, fence), 50);
}

export class WorkspaceView {
  private readonly sigma: Sigma<WorkspaceNode, WorkspaceEdge>;
  private graph: WorkspaceGraph;
  private shown: NameWorkspace | undefined;
  private emphasis: WorkspaceEmphasis = NO_WORKSPACE_EMPHASIS;
  /** The pointer is on a node (sigma draws it on the hover layers). */
  private pointed = false;

  constructor(
    container: HTMLElement,
    private readonly store: Store,
    private theme: Theme,
    actions: WorkspaceActions,
  ) {
    this.graph = buildWorkspaceGraph({ nameKey: "", label: "", identities: [], coauthors: [] });
    const labels = labelDrawer(
      (key) => this.graph.hasNode(key) && this.graph.getNodeAttribute(key, "kind") === "identity",
    );
    this.sigma = new Sigma<WorkspaceNode, WorkspaceEdge>(this.graph, container, {
      zIndex: true,
      edgeProgramClasses: { arrow: EdgeLineProgram },
      // Sizes in layout units: nodes grow as one zooms in, as positions do.
      itemSizesReference: "positions",
      zoomToSizeRatioFunction: (ratio) => ratio,
      // Every label is forced; the label layer keeps those that fit.
      labelDensity: 0,
      labelColor: { color: this.theme.label },
      labelFont: "system-ui, sans-serif",
      defaultDrawNodeLabel: labels.draw,
      stagePadding: 48,
      minEdgeThickness: 0.6,
      nodeReducer: (_key, node) => workspaceNodeLook(node, this.emphasis, this.theme),
      edgeReducer: (_edge, data) =>
        workspaceEdgeLook(
          data,
          this.graph.getNodeAttribute(identityNode(data.identity), "colour"),
          this.emphasis,
          this.theme,
        ),
    });
    this.quietLayers();
    // Each frame: labels start afresh, inside the canvas, around (never over) identity discs and
    // the graph's toolbar (a label under its buttons could not be read: Lei Wang at 1200×700).
    // The discs are read at the frame's first label, once sigma has normalised the positions.
    let renderStart = 0;
    this.sigma.on("afterRender", () =>
      performance.measure("workspace-render", { start: renderStart }),
    );
    this.sigma.on("beforeRender", () => {
      renderStart = performance.now();
      const { width, height } = this.sigma.getDimensions();
      labels.startFrame({ x: 0, y: 0, w: width, h: height }, () => [
        ...this.identityDiscs(),
        ...this.toolbarBox(),
      ]);
    });
    this.sigma.on("enterNode", ({ node }) => {
      this.pointed = true;
      this.showHoverLayers();
      const at = this.graph.getNodeAttributes(node);
      if (at.kind === "identity") actions.hoverIdentity(at.ref);
      else actions.hoverCoauthor(at.ref);
    });
    this.sigma.on("leaveNode", () => {
      this.pointed = false;
      actions.hoverIdentity(undefined);
      actions.hoverCoauthor(undefined);
    });
    this.sigma.on("clickNode", ({ node }) => {
      const at = this.graph.getNodeAttributes(node);
      if (at.kind === "identity") actions.focusIdentity(at.ref);
      else actions.open(at.ref);
    });
    this.sigma.on("clickStage", () => actions.focusIdentity(undefined));
    const probe = graphProbe();
    probe.workspaceIdentity = (key) => {
      const node = identityNode(key);
      return this.graph.hasNode(node)
        ? this.sigma.graphToViewport(this.graph.getNodeAttributes(node))
        : undefined;
    };
    probe.workspaceIdentities = () =>
      this.graph
        .filterNodes((_n, at) => at.kind === "identity")
        .map((n) => {
          const at = this.graph.getNodeAttributes(n);
          return { key: at.ref, colour: identityColour(at.colour, this.theme) };
        });
    store.subscribe((state, changed) => {
      if (changed.has("identityFocus") && state.identityFocus !== undefined)
        this.flyTo(state.identityFocus);
      if (APPEARANCE_KEYS.some((key) => changed.has(key))) this.restyle(state);
    });
  }

  /**
   * Draws a tiny workspace once while hidden, so the first name opened does not pay for it: with
   * software WebGL (SwiftShader) a context's first draws compile its shaders, which held the first
   * workspace's frames for about a second inside the compositor's commits. A fence per context
   * sends the draws to the GPU process now, and nothing waits for them; `show` replaces the graph.
   */
  warmUp(): void {
    if (this.shown) return;
    this.graph = buildWorkspaceGraph(WARM_UP);
    // One identity lit: the hover layer's program is drawn (and compiled) too.
    this.emphasis = workspaceEmphasis("a", undefined, undefined, () => []);
    this.sigma.setGraph(this.graph);
    this.emphasis = NO_WORKSPACE_EMPHASIS;
    for (const canvas of this.sigma.getContainer().querySelectorAll("canvas")) {
      const gl = canvas.getContext("webgl2");
      const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl?.flush();
      if (gl && fence) awaitFence(gl, fence);
    }
  }

  /** Draws `workspace` (framed whole); the same workspace again changes nothing. */
  show(workspace: NameWorkspace): void {
    if (workspace === this.shown) return;
    timed("workspace-graph", () => this.draw(workspace));
  }

  private draw(workspace: NameWorkspace): void {
    this.shown = workspace;
    this.graph = buildWorkspaceGraph(workspace);
    this.deriveEmphasis(this.store.state);
    // Frame the discs, not only their centres: sizes are in layout units, and a name with few
    // co-authors has discs as large as the ring they sit on (sigma frames node positions only).
    // Camera and frame first: each only schedules a render, which `setGraph`'s own (synchronous)
    // render then replaces. Set after it, they drew the whole workspace a second time.
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.sigma.setCustomBBox(discExtent(this.graph));
    this.sigma.setGraph(this.graph);
  }

  /** Sends the drawn frame's WebGL commands to the GPU process now, not at the frame's commit. */
  flush(): void {
    for (const canvas of this.sigma.getContainer().querySelectorAll("canvas"))
      canvas.getContext("webgl2")?.flush();
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.sigma.setSetting("labelColor", { color: theme.label });
    this.restyle(this.store.state);
  }

  resize(): void {
    this.sigma.resize();
    this.sigma.refresh({ skipIndexation: true });
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

  private restyle(state: State): void {
    this.deriveEmphasis(state);
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * Layers out of the layout while they hold nothing: sigma clears and so redraws each of its
   * canvases every frame, and software compositing (headless, virtual machines) reads every WebGL
   * canvas drawn back from the GPU process and blends every canvas layer, empty or not. Edge labels
   * are never drawn here; the hover layers only while a node is pointed at or emphasised.
   */
  private quietLayers(): void {
    this.sigma.getCanvases().edgeLabels!.style.display = "none";
    this.showHoverLayers();
  }

  private showHoverLayers(): void {
    const { lit, hoveredCoauthor } = this.emphasis;
    const shown = this.pointed || lit.size > 0 || hoveredCoauthor !== undefined;
    const { hovers, hoverNodes } = this.sigma.getCanvases();
    for (const canvas of [hovers!, hoverNodes!]) canvas.style.display = shown ? "" : "none";
  }

  private deriveEmphasis(state: State): void {
    const hovered =
      state.hovered !== undefined && this.graph.hasNode(`coauthor\u0000${state.hovered}`)
        ? state.hovered
        : undefined;
    this.emphasis = workspaceEmphasis(state.identityHover, state.identityFocus, hovered, (key) =>
      this.graph.getNodeAttribute(`coauthor\u0000${key}`, "owners"),
    );
    this.showHoverLayers();
  }

  /** Identity discs in viewport pixels, as boxes. */
  private identityDiscs(): Box[] {
    const boxes: Box[] = [];
    this.graph.forEachNode((_key, at) => {
      if (at.kind !== "identity") return;
      const centre = this.sigma.graphToViewport(at);
      const edge = this.sigma.graphToViewport({ x: at.x + at.size, y: at.y });
      const r = Math.hypot(edge.x - centre.x, edge.y - centre.y);
      boxes.push({ x: centre.x - r, y: centre.y - r, w: 2 * r, h: 2 * r });
    });
    return boxes;
  }

  /** The graph toolbar's box over this view, in the canvas's pixels (none while it is hidden). */
  private toolbarBox(): Box[] {
    const toolbar = document.getElementById("graph-toolbar");
    const over = toolbar?.getBoundingClientRect();
    if (!over || over.width === 0 || over.height === 0) return [];
    const canvas = this.sigma.getContainer().getBoundingClientRect();
    return [{ x: over.x - canvas.x, y: over.y - canvas.y, w: over.width, h: over.height }];
  }

  /** Frames the identity and its own co-authors. */
  private flyTo(identity: string): void {
    const node = identityNode(identity);
    if (!this.graph.hasNode(node)) return;
    const extent = this.sigma.getCustomBBox() ?? this.sigma.getBBox();
    const points = [node, ...this.graph.neighbors(node)]
      .filter((n) => this.graph.getNodeAttribute(n, "owners").length === 1)
      .map((n) => framedPoint(extent, this.graph.getNodeAttributes(n)));
    const target = cameraFor(points, 0.05);
    if (target) void this.sigma.getCamera().animate(target, { duration: 400 });
  }
}
