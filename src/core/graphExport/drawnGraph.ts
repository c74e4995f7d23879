// The graph as drawn, in plain data: the nodes and edges on screen with their positions (viewport
// pixels), sizes, colours and labels. Every graph export (GEXF, GraphML, SVG) is written from it,
// so a file shows what the curator saw.

export interface DrawnNode {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  /** Drawn with its label (sigma shows labels of the larger nodes only). */
  labelled: boolean;
  attributes: Record<string, string | number>;
}

export interface DrawnEdge {
  source: string;
  target: string;
  /** Stroke width in pixels. */
  size: number;
  color: string;
  weight: number;
}

export interface DrawnGraph {
  title: string;
  width: number;
  height: number;
  background: string;
  labelColor: string;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}
