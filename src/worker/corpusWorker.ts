// The corpus Worker: owns the corpus, its index and every costly step (parse, graph, communities,
// splits, triage), so the main thread only draws and answers clicks.
/// <reference lib="webworker" />
import { indexCorpus, type CorpusIndex } from "../core/corpusIndex";
import { loadCorpus } from "./loadCorpus";
import type { GraphPayload, LoadStage, Request, Response } from "./protocol";
import { CorpusQueries } from "./queries";
import { runTriage } from "./triageRunner";

declare const self: DedicatedWorkerGlobalScope;

let index: CorpusIndex | undefined;
let queries: CorpusQueries | undefined;
let triageStarted = false;
let ready: Promise<void> | undefined;

function post(message: Response, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

const report = (stage: LoadStage, fraction: number): void =>
  post({ type: "progress", stage, fraction });

async function load(url: string, corpusId: string, fileName: string): Promise<void> {
  const loaded = await loadCorpus(url, corpusId, fileName, report);
  post({ type: "graph", payload: loaded.payload }, transferables(loaded.payload));
  // Let the graph message go out before the index work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  report("index", 0);
  const built = indexCorpus(loaded.corpus, loaded.graph);
  // Same graph and seed as the index's own lazy Louvain: reuse the result instead of recomputing.
  index = { ...built, communities: () => loaded.communities };
  queries = new CorpusQueries(index, loaded.communities);
  post({ type: "ready" });
}

function transferables(payload: GraphPayload): Transferable[] {
  const { papers, community, x, y, source, target, weight } = payload;
  return [papers, community, x, y, source, target, weight].map((a) => a.buffer as ArrayBuffer);
}

async function answer(request: Extract<Request, { type: "query" }>): Promise<void> {
  try {
    await ready;
    if (!queries) throw new Error("no corpus is loaded yet");
    let result: unknown;
    if (request.kind === "name") result = queries.name(request.args.key, request.args.resolution);
    else if (request.kind === "community") result = queries.community(request.args.community);
    else result = queries.papers(request.args.ids);
    post({ type: "answer", id: request.id, result });
  } catch (error) {
    post({ type: "failed", id: request.id, message: (error as Error).message });
  }
}

self.onmessage = (event: MessageEvent<Request>): void => {
  const request = event.data;
  if (request.type === "load") {
    ready = load(request.url, request.corpusId, request.fileName).catch((error: unknown) => {
      post({ type: "error", message: (error as Error).message });
    });
  } else if (request.type === "triage") {
    void ready?.then(() => {
      if (triageStarted || !index) return;
      triageStarted = true;
      runTriage(index, (progress) => post({ type: "triage", progress }));
    });
  } else {
    void answer(request);
  }
};
