// Sigma reducers of the overview: what each node and edge looks like given the view state. They
// only read an `Emphasis` derived once per state change, never mutate the graph. Pure, unit-tested.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { communityColour, type Theme } from "./appearance";
import type { ViewEdge, ViewNode } from "./viewGraph";

export interface Emphasis {
  /** Nodes drawn bright; undefined means all are. */
  focus: ReadonlySet<string> | undefined;
  /** Nodes whose edges stay visible in focus mode (the hovered or selected node). */
  centres: ReadonlySet<string>;
  /** Community filter. */
  community: number | undefined;
  selected: string | undefined;
  hovered: string | undefined;
}

export const NO_EMPHASIS: Emphasis = {
  focus: undefined,
  centres: new Set(),
  community: undefined,
  selected: undefined,
  hovered: undefined,
};

/** Emphasis levels; within one, bigger discs are drawn (and picked) above smaller ones. */
const LEVEL = { faded: 0, plain: 100, central: 200 } as const;

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
    color: communityColour(node.community, theme),
  };
  if (!inCommunity(key, node, emphasis)) return { ...display, hidden: true };
  if (emphasis.focus && !emphasis.focus.has(key)) {
    return { ...display, color: theme.faded, label: null, zIndex: LEVEL.faded + node.size };
  }
  const central = emphasis.centres.has(key) || key === emphasis.selected;
  return {
    ...display,
    // What looks like a name's disc is that name's to click, never a small node drawn over it.
    zIndex: (central ? LEVEL.central : LEVEL.plain) + node.size,
    forceLabel: central || key === emphasis.hovered,
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
    !inCommunity(source.key, source.node, emphasis) ||
    !inCommunity(target.key, target.node, emphasis);
  if (hidden) return { hidden: true };
  if (emphasis.focus) {
    const touches = emphasis.centres.has(source.key) || emphasis.centres.has(target.key);
    if (!touches) return { hidden: true };
    return { color: theme.edgeFocus, size: edge.size + 0.5, zIndex: 1 };
  }
  return { color: theme.edge, size: edge.size };
}

/** The community filter is strict; only the selected node passes it regardless. */
function inCommunity(key: string, node: ViewNode, emphasis: Emphasis): boolean {
  return (
    emphasis.community === undefined ||
    node.community === emphasis.community ||
    key === emphasis.selected
  );
}
