// The workspace's label layer: sigma offers every label (all forced) in the graph's order, and this
// draws each one at the first place around its node where it overlaps no label and no identity
// disc drawn before it in the same frame, or not at all. Identities, offered first, win; nodes too
// small on screen to read go unlabelled until one zooms in, unless they are highlighted.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { labelCandidates, LabelSpace, type Box } from "./labelSpace";
import type { WorkspaceEdge, WorkspaceNode } from "./workspaceGraph";

/** Smallest on-screen radius (px) whose label is drawn. */
export const MIN_LABELLED_RADIUS = { identity: 5, coauthor: 3.5 } as const;
/** Free space kept around each label (px), so labels do not read as one block. */
const MARGIN = 3;
/** Widths kept per font before the cache starts afresh (a workspace has a few hundred labels). */
const WIDTHS_KEPT = 5_000;

export function labelDrawer(isIdentity: (key: string) => boolean): {
  /** A new frame: labels inside `bounds`, around the `obstacles` read at its first label. */
  startFrame(bounds: Box, obstacles: () => Box[]): void;
  draw: NodeLabelDrawingFunction<WorkspaceNode, WorkspaceEdge>;
} {
  const space = new LabelSpace();
  let pending: (() => Box[]) | undefined;
  // Every frame offers every label again; shaping each text anew was most of a frame's label cost.
  const widths = new Map<string, Map<string, number>>();
  const widthOf = (context: CanvasRenderingContext2D, text: string): number => {
    let known = widths.get(context.font);
    if (!known || known.size > WIDTHS_KEPT) widths.set(context.font, (known = new Map()));
    let width = known.get(text);
    if (width === undefined) known.set(text, (width = context.measureText(text).width));
    return width;
  };
  const startFrame = (bounds: Box, obstacles: () => Box[]): void => {
    space.clear(bounds);
    pending = obstacles;
  };
  const draw: NodeLabelDrawingFunction<WorkspaceNode, WorkspaceEdge> = (
    context,
    data,
    settings,
  ) => {
    if (pending) {
      for (const box of pending()) space.block(box);
      pending = undefined;
    }
    if (!data.label) return;
    const identity = isIdentity(data.key);
    const min = identity ? MIN_LABELLED_RADIUS.identity : MIN_LABELLED_RADIUS.coauthor;
    if (data.size < min && !data.highlighted) return;
    const size = identity ? settings.labelSize : settings.labelSize - 2;
    context.font = `${identity ? "600" : settings.labelWeight} ${size}px ${settings.labelFont}`;
    // An identity's label shortens ("Tsinghua Univ. · ICPR, CVPR · 2003–2009", then
    // "Tsinghua Univ. · ICPR, CVPR", then "Tsinghua Univ.") rather than vanish.
    for (const text of identity ? shorterForms(data.label) : [data.label]) {
      const width = widthOf(context, text) + 2 * MARGIN;
      const box = space.place(
        labelCandidates(data.x, data.y, data.size, width, size * 1.25 + 2 * MARGIN, identity),
      );
      if (!box) continue;
      context.fillStyle = settings.labelColor.color ?? "#000";
      context.textBaseline = "middle";
      context.fillText(text, box.x + MARGIN, box.y + box.h / 2);
      context.textBaseline = "alphabetic";
      return;
    }
  };
  return { startFrame, draw };
}

/** "A · B · C" → ["A · B · C", "A · B", "A"]: the label, then shorter by a part at a time. */
export function shorterForms(label: string): string[] {
  const parts = label.split(" · ");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join(" · "));
}
