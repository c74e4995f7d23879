// What the workspace graph looks like for the state: identities in their colours, each one's own
// co-authors in a paler tint of it, shared co-authors in ink with their links in the colours of the
// identities they join (the evidence between them). Hovering or focusing an identity (here or on
// its card) lights it and its co-authors and fades the rest. Pure, unit-tested.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { identityColour, type Theme } from "./appearance";
import type { WorkspaceEdge, WorkspaceNode } from "./workspaceGraph";

export interface WorkspaceEmphasis {
  /** Identities lit (hovered or focused); empty: all are. */
  lit: ReadonlySet<string>;
  /** Co-author (name key) under the pointer: it and its identities are lit. */
  hoveredCoauthor: string | undefined;
}

export const NO_WORKSPACE_EMPHASIS: WorkspaceEmphasis = {
  lit: new Set(),
  hoveredCoauthor: undefined,
};

export function workspaceEmphasis(
  identityHover: string | undefined,
  identityFocus: string | undefined,
  hoveredCoauthor: string | undefined,
  ownersOf: (coauthor: string) => readonly string[],
): WorkspaceEmphasis {
  const lit = new Set<string>();
  if (identityHover !== undefined) lit.add(identityHover);
  else if (identityFocus !== undefined) lit.add(identityFocus);
  if (hoveredCoauthor !== undefined) for (const owner of ownersOf(hoveredCoauthor)) lit.add(owner);
  return { lit, hoveredCoauthor };
}

function isLit(node: WorkspaceNode, emphasis: WorkspaceEmphasis): boolean {
  if (emphasis.lit.size === 0) return true;
  if (node.kind === "coauthor" && node.ref === emphasis.hoveredCoauthor) return true;
  return node.owners.some((owner) => emphasis.lit.has(owner));
}

const LEVEL = { faded: 0, coauthor: 100, shared: 200, identity: 300 } as const;

export function workspaceNodeLook(
  node: WorkspaceNode,
  emphasis: WorkspaceEmphasis,
  theme: Theme,
): Partial<NodeDisplayData> {
  const base = { x: node.x, y: node.y, size: node.size, label: node.label };
  if (!isLit(node, emphasis))
    return { ...base, color: theme.faded, label: null, zIndex: LEVEL.faded };
  const shared = node.kind === "coauthor" && node.owners.length > 1;
  const colour =
    node.kind === "identity"
      ? identityColour(node.colour, theme)
      : shared
        ? theme.label
        : tint(identityColour(node.colour, theme), theme);
  const level = node.kind === "identity" ? LEVEL.identity : shared ? LEVEL.shared : LEVEL.coauthor;
  const emphasised =
    (node.kind === "identity" && emphasis.lit.has(node.ref)) ||
    node.ref === emphasis.hoveredCoauthor;
  return {
    ...base,
    color: colour,
    zIndex: level + node.size,
    // Every label is offered; the label layer draws those that fit (labelSpace).
    forceLabel: true,
    highlighted: emphasised,
  };
}

export function workspaceEdgeLook(
  edge: WorkspaceEdge,
  colour: number,
  emphasis: WorkspaceEmphasis,
  theme: Theme,
): Partial<EdgeDisplayData> {
  const lit = emphasis.lit.size === 0 || emphasis.lit.has(edge.identity);
  if (!lit) return { hidden: true };
  if (edge.shared || emphasis.lit.size > 0)
    return { color: identityColour(colour, theme), size: edge.size * 1.6, zIndex: 2 };
  return { color: theme.edge, size: edge.size, zIndex: 1 };
}

/** Tints made so far (a few palette colours per theme; each frame asks once per co-author). */
const tints = new Map<string, string>();

/** A paler version of a #rrggbb colour, towards the background. */
export function tint(colour: string, theme: Theme, amount = 0.45): string {
  const key = `${colour} ${theme.background} ${amount}`;
  let tinted = tints.get(key);
  if (tinted === undefined) tints.set(key, (tinted = mix(colour, theme.background, amount)));
  return tinted;
}

function mix(colour: string, background: string, amount: number): string {
  const from = hex(colour);
  const to = hex(background);
  if (!from || !to) return colour;
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * amount));
  return `#${mix.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

function hex(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return match
    ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)]
    : undefined;
}
