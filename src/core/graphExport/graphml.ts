// GraphML of the drawn graph (graphology-graphml parses but does not write, so this writes it):
// label, position, size, colour and the node's own attributes as declared keys; edges with weight.
import type { DrawnGraph } from "./drawnGraph";
import { xmlEscape } from "./xml";

type KeyType = "string" | "double";

export function graphToGraphml(graph: DrawnGraph): string {
  const nodeKeys = new Map<string, KeyType>([
    ["label", "string"],
    ["x", "double"],
    ["y", "double"],
    ["size", "double"],
    ["color", "string"],
  ]);
  for (const node of graph.nodes) {
    for (const [name, value] of Object.entries(node.attributes)) {
      const type: KeyType = typeof value === "number" ? "double" : "string";
      if (nodeKeys.get(name) !== "string") nodeKeys.set(name, type);
    }
  }
  const id = (name: string, on: "node" | "edge"): string =>
    `${on[0]}_${name.replace(/[^\w-]/g, "_")}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(
      ([name, type]) =>
        `  <key id="${xmlEscape(id(name, "node"))}" for="node" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`,
    ),
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="e_color" for="edge" attr.name="color" attr.type="string"/>',
    `  <graph id="G" edgedefault="undirected">`,
    `    <desc>${xmlEscape(graph.title)}</desc>`,
  ];
  for (const node of graph.nodes) {
    const values: [string, string | number][] = [
      ["label", node.label],
      ["x", round(node.x)],
      ["y", round(node.y)],
      ["size", round(node.size)],
      ["color", node.color],
      ...Object.entries(node.attributes),
    ];
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    for (const [name, value] of values) {
      lines.push(
        `      <data key="${xmlEscape(id(name, "node"))}">${xmlEscape(String(value))}</data>`,
      );
    }
    lines.push("    </node>");
  }
  graph.edges.forEach((edge, i) => {
    lines.push(
      `    <edge id="e${i}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      `      <data key="e_weight">${round(edge.weight)}</data>`,
      `      <data key="e_color">${xmlEscape(edge.color)}</data>`,
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
