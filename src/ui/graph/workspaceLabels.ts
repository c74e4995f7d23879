// The workspace's label layer: sigma offers every label (all forced) in the graph's order, and this
// draws each one at the first place around its node where it overlaps no label drawn before it in
// the same frame, or not at all. Identity labels, offered first, are always drawn when they fit.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { labelCandidates, LabelSpace } from "./labelSpace";
import type { WorkspaceEdge, WorkspaceNode } from "./workspaceGraph";

export function labelDrawer(isIdentity: (key: string) => boolean): {
  space: LabelSpace;
  draw: NodeLabelDrawingFunction<WorkspaceNode, WorkspaceEdge>;
} {
  const space = new LabelSpace();
  const draw: NodeLabelDrawingFunction<WorkspaceNode, WorkspaceEdge> = (
    context,
    data,
    settings,
  ) => {
    if (!data.label) return;
    const identity = isIdentity(data.key);
    const size = identity ? settings.labelSize + 1 : settings.labelSize - 1;
    context.font = `${identity ? "600" : settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const box = space.place(labelCandidates(data.x, data.y, data.size, width, size * 1.25));
    if (!box) return;
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.textBaseline = "middle";
    context.fillText(data.label, box.x, box.y + box.h / 2);
    context.textBaseline = "alphabetic";
  };
  return { space, draw };
}
