// Sigma reducers: what each node and edge looks like given the view state. They only read an
// `Emphasis` derived once per state change, never mutate the graph. Pure, unit-tested in node.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { communityColour, identityColour, type Theme } from "./appearance";
import { LABELLED_IDENTITIES } from "./splitOverlay";
import type { ViewEdge, ViewNode } from "./viewGraph";

export interface Emphasis {
  /** Nodes drawn bright; undefined means all are. */
  focus: ReadonlySet<string> | undefined;
  /** Nodes whose edges stay visible in focus mode (the hovered or selected node, split nodes). */
  centres: ReadonlySet<string>;
  /** Nodes not drawn at all (the selected node while split view replaces it). */
  hidden: ReadonlySet<string>;
  /** Colour overrides (co-authors tinted by the identity they belong to in split view). */
  tint: ReadonlyMap<string, string>;
  /** Community filter. */
  community: number | undefined;
  selected: string | undefined;
  hovered: string | undefined;
}

export const NO_EMPHASIS: Emphasis = {
  focus: undefined,
  centres: new Set(),
  hidden: new Set(),
  tint: new Map(),
  community: undefined,
  selected: undefined,
  hovered: undefined,
};

export function nodeAppearance(
  key: string,
  node: ViewNode,
  emphasis: Emphasis,
  theme: Theme,
): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = {
    x: node.x,
    y: node.y,
    size: node.size,
    label: node.label,
    color:
      node.identity !== undefined
        ? identityColour(node.identity, theme)
        : (emphasis.tint.get(key) ?? communityColour(node.community, theme)),
  };
  if (emphasis.hidden.has(key) || !inCommunity(key, node, emphasis)) {
    return { ...display, hidden: true };
  }
  if (emphasis.focus && !emphasis.focus.has(key)) {
    return { ...display, color: theme.faded, label: null, zIndex: 0 };
  }
  const central = emphasis.centres.has(key) || key === emphasis.selected;
  // With dozens of identities, forcing every label would bury them in one another.
  const labelled = central && (node.identity === undefined || node.identity < LABELLED_IDENTITIES);
  return {
    ...display,
    zIndex: central ? 2 : 1,
    forceLabel: labelled || key === emphasis.hovered,
    highlighted: key === emphasis.selected || key === emphasis.hovered,
  };
}

export function edgeAppearance(
  edge: ViewEdge,
  source: { key: string; node: ViewNode },
  target: { key: string; node: ViewNode },
  emphasis: Emphasis,
  theme: Theme,
): Partial<EdgeDisplayData> {
  const hidden =
    emphasis.hidden.has(source.key) ||
    emphasis.hidden.has(target.key) ||
    !inCommunity(source.key, source.node, emphasis) ||
    !inCommunity(target.key, target.node, emphasis);
  if (hidden) return { hidden: true };
  if (emphasis.focus) {
    const touches = emphasis.centres.has(source.key) || emphasis.centres.has(target.key);
    if (!touches) return { hidden: true };
    const split = source.node.identity ?? target.node.identity;
    const color = split !== undefined ? identityColour(split, theme) : theme.edgeFocus;
    return { color, size: edge.size + 0.5, zIndex: 1 };
  }
  return { color: theme.edge, size: edge.size };
}

/** The community filter is strict; only the selected node and its split nodes pass it regardless. */
function inCommunity(key: string, node: ViewNode, emphasis: Emphasis): boolean {
  return (
    emphasis.community === undefined ||
    node.community === emphasis.community ||
    key === emphasis.selected ||
    node.splitOf !== undefined
  );
}
