// The overview of a corpus above the drawing budget: communities as nodes (sized by members,
// joined by their strongest links) that open into their busiest authors on click, and the open
// name drawn with its strongest co-authors in place. The Worker answers what to add; this keeps
// the graph sigma draws in step, changing it with sigma detached (one re-index, not one per item).
import Graph from "graphology";
import type { GraphPayload } from "../../worker/protocol";
import { communityOfNodeKey } from "../../worker/protocol";
import type { GraphView } from "../graph/graphView";
import { sizeOf, type ViewEdge, type ViewGraph, type ViewNode } from "../graph/viewGraph";
import type { WorkerClient } from "../workerClient";
import { OverviewPatches } from "./overviewPatches";

/** An empty graph sigma is pointed at while the overview's graph changes shape. */
const DETACHED: ViewGraph = new Graph<ViewNode, ViewEdge>({ type: "undirected" });

export class AggregatedOverview {
  private readonly patches: OverviewPatches;
  private shownName: string | undefined;

  constructor(
    private readonly view: GraphView,
    private readonly graph: ViewGraph,
    payload: GraphPayload,
    private readonly worker: WorkerClient,
    private readonly corpusId: string,
    private readonly signal: AbortSignal,
  ) {
    const size = sizeOf(payload);
    this.patches = new OverviewPatches(graph, (node) => ({
      x: node.x,
      y: node.y,
      size: size(node.papers, node.members),
      label: node.label,
      papers: node.papers,
      community: node.community,
    }));
    this.mark();
  }

  /** What is drawn, on the graph's element: for the curious, tests and the bench. */
  private mark(): void {
    const element = document.getElementById("graph");
    element?.setAttribute("data-overview", "communities");
    element?.setAttribute("data-nodes", String(this.graph.order));
  }

  /** Opens a community node into its busiest authors; false when `key` is an author. */
  click(key: string): boolean {
    const community = communityOfNodeKey(key);
    if (community === undefined) return false;
    this.openCommunity(community);
    return true;
  }

  /** Replaces community `community`'s node by its busiest authors and frames them. */
  openCommunity(community: number): void {
    if (this.patches.isOpen(community)) return this.view.focusOnCommunity(community);
    void this.worker.query(this.corpusId, "expand", { community }).then(
      (patch) => {
        if (this.signal.aborted) return;
        this.change(() => this.patches.openCommunity(community, patch));
        this.view.focusOnCommunity(community);
      },
      () => undefined, // a failed Worker is reported by the app
    );
  }

  /** Draws `key` with its strongest co-authors (none: the previous name's go). */
  showName(key: string | undefined): void {
    if (key === this.shownName) return;
    this.shownName = key;
    if (key === undefined) return this.change(() => this.patches.clearName());
    void this.worker.query(this.corpusId, "neighbourhood", { key }).then(
      (patch) => {
        if (this.signal.aborted || this.shownName !== key) return;
        this.change(() => this.patches.showName(patch));
        this.view.focusOn(key);
      },
      () => undefined, // the name panel reports a failed query
    );
  }

  private change(change: () => void): void {
    this.view.sigma.setGraph(DETACHED);
    change();
    this.view.setGraph(this.graph);
    this.mark();
  }
}
