import { describe, expect, it } from "vitest";
import { identityColour, THEMES } from "../../../src/ui/graph/appearance";
import {
  NO_WORKSPACE_EMPHASIS,
  tint,
  workspaceEdgeLook,
  workspaceEmphasis,
  workspaceNodeLook,
} from "../../../src/ui/graph/workspaceAppearance";
import type { WorkspaceNode } from "../../../src/ui/graph/workspaceGraph";

const theme = THEMES.light;
const node = (patch: Partial<WorkspaceNode>): WorkspaceNode => ({
  x: 0,
  y: 0,
  size: 4,
  label: "X",
  kind: "coauthor",
  ref: "x",
  owners: ["A"],
  colour: 0,
  papers: 1,
  ...patch,
});
const identityA = node({ kind: "identity", ref: "A", owners: ["A"], colour: 0, size: 10 });
const ownOfA = node({ ref: "ann", owners: ["A"], colour: 0 });
const ownOfB = node({ ref: "bob", owners: ["B"], colour: 1 });
const shared = node({ ref: "sue", owners: ["A", "B"], colour: -1 });

describe("workspace appearance", () => {
  it("colours identities, tints their own co-authors, inks shared ones", () => {
    const look = (n: WorkspaceNode) => workspaceNodeLook(n, NO_WORKSPACE_EMPHASIS, theme).color;
    expect(look(identityA)).toBe(identityColour(0, theme));
    expect(look(ownOfA)).toBe(tint(identityColour(0, theme), theme));
    expect(look(shared)).toBe(theme.label);
  });

  it("draws identities above shared co-authors above own co-authors", () => {
    const z = (n: WorkspaceNode) => workspaceNodeLook(n, NO_WORKSPACE_EMPHASIS, theme).zIndex!;
    expect(z(identityA)).toBeGreaterThan(z(shared));
    expect(z(shared)).toBeGreaterThan(z(ownOfA));
  });

  it.each([
    [
      "hovering identity A",
      workspaceEmphasis("A", undefined, undefined, () => []),
      { A: "lit", ann: "lit", bob: "faded", sue: "lit" },
    ],
    [
      "focusing identity B",
      workspaceEmphasis(undefined, "B", undefined, () => []),
      { A: "faded", ann: "faded", bob: "lit", sue: "lit" },
    ],
    [
      "hover wins over focus",
      workspaceEmphasis("A", "B", undefined, () => []),
      { A: "lit", ann: "lit", bob: "faded", sue: "lit" },
    ],
    [
      "hovering a shared co-author: both its identities",
      workspaceEmphasis(undefined, undefined, "sue", () => ["A", "B"]),
      { A: "lit", ann: "lit", bob: "lit", sue: "lit" },
    ],
  ])("%s", (_, emphasis, expected) => {
    const looks = Object.fromEntries(
      [identityA, ownOfA, ownOfB, shared].map((n) => [
        n.ref,
        workspaceNodeLook(n, emphasis, theme).color === theme.faded ? "faded" : "lit",
      ]),
    );
    expect(looks).toEqual(expected);
  });

  it("shows shared links in their identity's colour and hides the links of unlit identities", () => {
    const sharedEdge = { size: 1, identity: "A", papers: 2, shared: true };
    const ownEdge = { size: 1, identity: "B", papers: 1, shared: false };
    expect(workspaceEdgeLook(sharedEdge, 0, NO_WORKSPACE_EMPHASIS, theme).color).toBe(
      identityColour(0, theme),
    );
    expect(workspaceEdgeLook(ownEdge, 1, NO_WORKSPACE_EMPHASIS, theme).color).toBe(theme.edge);
    const focusA = workspaceEmphasis(undefined, "A", undefined, () => []);
    expect(workspaceEdgeLook(ownEdge, 1, focusA, theme)).toEqual({ hidden: true });
  });

  it("tints towards the background", () => {
    expect(tint("#000000", { ...theme, background: "#ffffff" }, 0.5)).toBe("#808080");
    expect(tint("not a colour", theme)).toBe("not a colour");
  });
});
