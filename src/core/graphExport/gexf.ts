// GEXF of the drawn graph through graphology-gexf (Gephi's format, with viz positions, sizes and
// colours), so a curator can continue in Gephi from what she saw.
import Graph from "graphology";
import write from "graphology-gexf/common/writer.js";
import type { DrawnGraph } from "./drawnGraph";
import { xmlText } from "./xml";

interface GexfNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  attributes: Record<string, string | number>;
}

export function graphToGexf(drawn: DrawnGraph): string {
  const graph = new Graph<GexfNode, { weight: number; color: string }>({
    type: "undirected",
    multi: false,
  });
  for (const node of drawn.nodes) {
    const { label, x, y, size, color, attributes } = node;
    // GEXF's y axis points up; the viewport's points down.
    const clean = Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => [k, typeof v === "string" ? xmlText(v) : v]),
    );
    graph.addNode(xmlText(node.id), {
      label: xmlText(label),
      x,
      y: -y,
      size,
      color,
      attributes: clean,
    });
  }
  for (const edge of drawn.edges) {
    const [source, target] = [xmlText(edge.source), xmlText(edge.target)];
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, { weight: edge.weight, color: edge.color });
  }
  graph.setAttribute("title", xmlText(drawn.title));
  return write(graph, {
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: a.attributes,
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
    }),
    formatEdge: (_key, a) => ({ weight: a.weight, viz: { color: a.color } }),
  });
}
