// An SVG picture of the drawn graph: sigma 3 draws with WebGL and has no SVG export of its own
// (its export package writes PNG/JPEG), so this writes the same nodes, edges and shown labels as
// vector shapes, in the viewport's pixels, edges under nodes under labels.
import type { DrawnGraph } from "./drawnGraph";
import { xmlEscape } from "./xml";

export function graphToSvg(graph: DrawnGraph): string {
  const { width, height } = graph;
  const at = new Map(graph.nodes.map((n) => [n.id, n]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `  <title>${xmlEscape(graph.title)}</title>`,
    `  <rect width="100%" height="100%" fill="${xmlEscape(graph.background)}"/>`,
    '  <g class="edges" stroke-linecap="round">',
  ];
  for (const edge of graph.edges) {
    const [a, b] = [at.get(edge.source), at.get(edge.target)];
    if (!a || !b) continue;
    lines.push(
      `    <line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(b.x)}" y2="${r(b.y)}" stroke="${xmlEscape(edge.color)}" stroke-width="${r(edge.size)}"/>`,
    );
  }
  lines.push("  </g>", '  <g class="nodes">');
  for (const node of graph.nodes) {
    lines.push(
      `    <circle cx="${r(node.x)}" cy="${r(node.y)}" r="${r(node.size)}" fill="${xmlEscape(node.color)}"><title>${xmlEscape(node.label)}</title></circle>`,
    );
  }
  lines.push(
    "  </g>",
    `  <g class="labels" font-family="system-ui, sans-serif" font-size="12" fill="${xmlEscape(graph.labelColor)}">`,
  );
  for (const node of graph.nodes) {
    if (!node.labelled) continue;
    lines.push(
      `    <text x="${r(node.x + node.size + 3)}" y="${r(node.y + 4)}">${xmlEscape(node.label)}</text>`,
    );
  }
  lines.push("  </g>", "</svg>", "");
  return lines.join("\n");
}

function r(x: number): number {
  return Math.round(x * 10) / 10;
}
