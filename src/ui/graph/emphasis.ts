// Derives what the overview's reducers emphasise from the state, once per change: the centre
// (hovered node, else the selected node) and its neighbourhood. The split of a name into
// identities is drawn in its own workspace view (workspaceView), not over the whole network.
import type { Emphasis } from "./reducers";
import type { ViewGraph } from "./viewGraph";

export interface EmphasisInput {
  selected: string | undefined;
  hovered: string | undefined;
  community: number | undefined;
}

export function deriveEmphasis(graph: ViewGraph, input: EmphasisInput): Emphasis {
  const { selected, hovered, community } = input;
  const hoveredKey = hovered !== undefined && graph.hasNode(hovered) ? hovered : undefined;
  const selectedKey = selected !== undefined && graph.hasNode(selected) ? selected : undefined;
  const centre = hoveredKey ?? selectedKey;
  let focus: Set<string> | undefined;
  if (centre !== undefined) {
    focus = new Set([centre]);
    graph.forEachNeighbor(centre, (n) => focus!.add(n));
  }
  return {
    focus,
    centres: new Set(centre !== undefined ? [centre] : []),
    community,
    selected: selectedKey,
    hovered: hoveredKey,
  };
}
