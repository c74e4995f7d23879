// Derives what the reducers emphasise from the state, once per change: the centre (hovered node,
// else the split nodes, else the selected node), its neighbourhood, and split-view tints.
import type { Theme } from "./appearance";
import { identityColour } from "./appearance";
import type { Emphasis } from "./reducers";
import type { ViewGraph } from "./viewGraph";

export interface EmphasisInput {
  selected: string | undefined;
  hovered: string | undefined;
  community: number | undefined;
  /** Keys of the split nodes currently in the graph (empty when split view is off). */
  splitNodes: string[];
}

export function deriveEmphasis(graph: ViewGraph, input: EmphasisInput, theme: Theme): Emphasis {
  const { selected, hovered, community, splitNodes } = input;
  const splitting = splitNodes.length > 0 && selected !== undefined;
  const hoveredKey = hovered !== undefined && graph.hasNode(hovered) ? hovered : undefined;
  const selectedKey = selected !== undefined && graph.hasNode(selected) ? selected : undefined;
  const centres = new Set<string>(
    hoveredKey ? [hoveredKey] : splitting ? splitNodes : selectedKey ? [selectedKey] : [],
  );
  let focus: Set<string> | undefined;
  if (centres.size > 0) {
    focus = new Set(centres);
    for (const centre of centres) graph.forEachNeighbor(centre, (n) => focus!.add(n));
    if (splitting) for (const node of splitNodes) focus.add(node);
  }
  const tint = new Map<string, string>();
  if (splitting) {
    const owners = new Map<string, number>();
    for (const node of splitNodes) {
      const identity = graph.getNodeAttribute(node, "identity") ?? 0;
      graph.forEachNeighbor(node, (n) => owners.set(n, owners.has(n) ? -1 : identity));
    }
    for (const [node, identity] of owners) {
      if (identity >= 0) tint.set(node, identityColour(identity, theme));
    }
  }
  return {
    focus,
    centres,
    hidden: new Set(splitting && selectedKey ? [selectedKey] : []),
    tint,
    community,
    selected: selectedKey,
    hovered: hoveredKey,
  };
}
