// The overview as it crosses to the page: a copy whose typed arrays are transferred, so the Worker
// keeps its own (to send again when the page switches back to the corpus).
import type { GraphPayload, Response } from "./protocol";

/** A copy whose typed arrays can be transferred while the original is kept for re-activation. */
export function clonePayload(payload: GraphPayload): GraphPayload {
  return {
    ...payload,
    papers: payload.papers.slice(),
    community: payload.community.slice(),
    members: payload.members.slice(),
    x: payload.x.slice(),
    y: payload.y.slice(),
    source: payload.source.slice(),
    target: payload.target.slice(),
    weight: payload.weight.slice(),
  };
}

/** The `graph` message for `payload`, and the buffers it transfers. */
export function graphMessage(
  corpusId: string,
  payload: GraphPayload,
): [Extract<Response, { type: "graph" }>, Transferable[]] {
  const copy = clonePayload(payload);
  const { papers, community, members, x, y, source, target, weight } = copy;
  const transfer = [papers, community, members, x, y, source, target, weight].map(
    (a) => a.buffer as ArrayBuffer,
  );
  return [{ type: "graph", corpusId, payload: copy }, transfer];
}
