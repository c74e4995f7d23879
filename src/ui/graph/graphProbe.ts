// Where things are drawn, for the end-to-end tests and the browser bench (which click nodes and
// check pixels): node positions in the graph container's pixels. Read-only; set by the views.

export interface GraphProbe {
  /** A name's node in the overview. */
  overviewNode?: (key: string) => { x: number; y: number } | undefined;
  /** An identity's node in the workspace, by identity id. */
  workspaceIdentity?: (key: string) => { x: number; y: number } | undefined;
  /** Identity ids drawn in the workspace, largest first, with their colours. */
  workspaceIdentities?: () => { key: string; colour: string }[];
}

declare global {
  interface Window {
    coauthorGraphProbe?: GraphProbe;
  }
}

export function graphProbe(): GraphProbe {
  window.coauthorGraphProbe ??= {};
  return window.coauthorGraphProbe;
}
