// Graph exports from what sigma draws now: GEXF (graphology-gexf) and GraphML with positions, sizes
// and colours, a PNG through sigma's own export package, and an SVG written from the same display
// data (sigma 3 renders with WebGL and has no vector export of its own).
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import type { DrawnGraph } from "../../core/graphExport/drawnGraph";
import { graphToGexf } from "../../core/graphExport/gexf";
import { graphToGraphml } from "../../core/graphExport/graphml";
import { graphToSvg } from "../../core/graphExport/svg";
import type { GraphView } from "../graph/graphView";
import type { State } from "../state";
import { download, fileName } from "./download";

export type GraphExportFormat = "gexf" | "graphml" | "png" | "svg";

export async function exportGraph(
  format: GraphExportFormat,
  view: GraphView,
  corpusId: string,
  state: State,
): Promise<void> {
  const stem = `graph-${corpusId}${state.selected ? `-${state.selected}` : ""}`;
  if (format === "png") {
    const background = getComputedStyle(document.body).backgroundColor || "#ffffff";
    // @sigma/export-image is typed for Sigma's default attribute types; it reads nothing of ours.
    const renderer = view.sigma as unknown as Sigma;
    const blob = await toBlob(renderer, { format: "png", backgroundColor: background });
    download(fileName(stem, "png"), blob);
    return;
  }
  const drawn = drawnGraph(view, state);
  if (format === "gexf") download(fileName(stem, "gexf"), graphToGexf(drawn), "application/xml");
  else if (format === "graphml")
    download(fileName(stem, "graphml"), graphToGraphml(drawn), "application/xml");
  else download(fileName(stem, "svg"), graphToSvg(drawn), "image/svg+xml");
}

/** The nodes and edges sigma shows (reducers applied, hidden ones left out), in viewport pixels. */
export function drawnGraph(view: GraphView, state: State): DrawnGraph {
  const sigma = view.sigma;
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const labelled = sigma.getNodeDisplayedLabels();
  const style = getComputedStyle(document.body);
  const drawn: DrawnGraph = {
    title: state.details?.label ?? "Co-author graph",
    width,
    height,
    background: style.backgroundColor || "#ffffff",
    labelColor: style.color || "#000000",
    nodes: [],
    edges: [],
  };
  graph.forEachNode((key, attributes) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const extra: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (
        (typeof value === "string" || typeof value === "number") &&
        !["x", "y", "size", "color", "label"].includes(name)
      ) {
        extra[name] = value;
      }
    }
    drawn.nodes.push({
      id: key,
      label: data.label ?? key,
      x,
      y,
      size: sigma.scaleSize(data.size),
      color: data.color,
      labelled: labelled.has(key),
      attributes: extra,
    });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    if (!data || data.hidden) return;
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    drawn.edges.push({ source, target, size: data.size, color: data.color, weight });
  });
  return drawn;
}
