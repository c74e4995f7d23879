// The name workspace: one name's identities, each with its own co-authors, placed for drawing.
// Plain data built in the Worker (workspaceModel + workspaceLayout) and drawn by the UI as is.
import type { IdentityFacts } from "./identityNames";

/** One paper of the name, as the workspace needs it (a PaperView fits). */
export interface WorkspacePaper {
  id: string;
  title?: string;
  year?: number;
  venue?: string;
  /** The affiliation printed on this name's mention, if any. */
  affiliation?: string;
  authors: { key: string; name: string }[];
}

/** A group of the name's papers that the workspace shows as one person. */
export interface IdentityGroup {
  paperIds: string[];
}

export interface WorkspaceIdentity {
  /** Stable while the identity keeps its first paper: `identityKey(paperIds)`. */
  key: string;
  /** Named by content: "Lei Wang · Tsinghua Univ. · ICPR, CVPR · 2003–2009". */
  name: string;
  paperIds: string[];
  /** What its papers say (the name's source): the page shows them without describing them again. */
  facts: IdentityFacts;
  /** Slot in the identity palette; -1 for the neutral colour (past the palette's size). */
  colour: number;
  x: number;
  y: number;
  size: number;
}

export interface CoauthorLink {
  /** Identity key. */
  identity: string;
  /** Papers this co-author shares with that identity. */
  papers: number;
}

export interface WorkspaceCoauthor {
  key: string;
  label: string;
  /** The identities this co-author wrote with; two or more make it shared evidence. */
  links: CoauthorLink[];
  x: number;
  y: number;
  size: number;
}

export interface NameWorkspace {
  nameKey: string;
  label: string;
  /** Largest first (papers, then key). */
  identities: WorkspaceIdentity[];
  coauthors: WorkspaceCoauthor[];
  /** Co-authors of the name not drawn (past the workspace's budget, the weakest ties). */
  hiddenCoauthors?: number;
}
