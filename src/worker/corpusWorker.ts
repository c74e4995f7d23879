// The corpus Worker: owns the corpus on screen, its index and every costly step (parse, graph,
// communities, splits, triage), so the main thread only draws and answers clicks. A new corpus
// replaces the current one only once it is built, so a failed import leaves the current one as it
// was; the page reads a corpus it switches back to again (memory stays one corpus, not every one).
/// <reference lib="webworker" />
import type { Corpus } from "../core/corpus";
import { indexCorpus } from "../core/corpusIndex";
import { mergeParsedFiles } from "../io/merge";
import {
  buildCorpusGraph,
  clonePayload,
  fetchCorpus,
  type BuiltCorpus,
  type ReportProgress,
} from "./loadCorpus";
import type {
  Answer,
  GraphPayload,
  ImportMessage,
  Queries,
  QueryKind,
  QueryRequest,
  Request,
  Response,
} from "./protocol";
import { CorpusQueries } from "./queries";
import { runTriage } from "./triageRunner";

declare const self: DedicatedWorkerGlobalScope;

interface LoadedCorpus {
  built: BuiltCorpus;
  /** Resolves once the index is built and queries can be answered. */
  queries: Promise<CorpusQueries>;
  triageStarted: boolean;
}

const corpora = new Map<string, LoadedCorpus>();
/** Ports of imports still being read, by corpus id. */
const pendingImports = new Map<string, MessagePort>();

function post(message: Response | Answer<QueryKind>, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

const reporter =
  (corpusId: string): ReportProgress =>
  (stage, fraction) =>
    post({ type: "progress", corpusId, stage, fraction });

/** Builds the graph, announces it, then builds the index for splits in a later task. */
function adoptCorpus(corpus: Corpus): void {
  const report = reporter(corpus.id);
  const built = buildCorpusGraph(corpus, report);
  sendGraph(corpus.id, built.payload);
  const queries = new Promise<CorpusQueries>((resolve, reject) => {
    // Let the graph message go out before the index work starts.
    setTimeout(() => {
      try {
        report("index", 0);
        const index = indexCorpus(corpus, built.csr);
        // The app shows the CSR communities: hand them to the index instead of a second Louvain.
        const communities = built.communities;
        resolve(new CorpusQueries({ ...index, communities: () => communities }, communities));
        post({ type: "ready", corpusId: corpus.id });
      } catch (error) {
        fail(corpus.id, error);
        reject(error as Error);
      }
    }, 0);
  });
  queries.catch(() => corpora.delete(corpus.id));
  // Only the corpus on screen is kept: the page reads another one again when it is switched to.
  corpora.clear();
  corpora.set(corpus.id, { built, queries, triageStarted: false });
}

function sendGraph(corpusId: string, payload: GraphPayload): void {
  const copy = clonePayload(payload);
  const { papers, community, x, y, source, target, weight } = copy;
  const transfer = [papers, community, x, y, source, target, weight].map(
    (a) => a.buffer as ArrayBuffer,
  );
  post({ type: "graph", corpusId, payload: copy }, transfer);
}

function fail(corpusId: string, error: unknown): void {
  post({ type: "error", corpusId, message: (error as Error).message });
}

/** Corpora still being fetched or read: asking to show one waits for its graph. */
const loading = new Set<string>();

async function load(url: string, corpusId: string, label: string, fileName: string) {
  loading.add(corpusId);
  try {
    adoptCorpus(await fetchCorpus(url, corpusId, label, fileName, reporter(corpusId)));
  } catch (error) {
    fail(corpusId, error);
  } finally {
    loading.delete(corpusId);
  }
}

function adopt(corpusId: string, label: string, port: MessagePort): void {
  pendingImports.get(corpusId)?.close();
  pendingImports.set(corpusId, port);
  port.onmessage = (event: MessageEvent<ImportMessage>) => {
    port.close();
    if (pendingImports.get(corpusId) !== port) return;
    pendingImports.delete(corpusId);
    try {
      reporter(corpusId)("parse", 1);
      adoptCorpus(mergeParsedFiles(corpusId, label, event.data.files));
    } catch (error) {
      fail(corpusId, error);
    }
  };
}

function activate(corpusId: string): void {
  const loaded = corpora.get(corpusId);
  if (!loaded && loading.has(corpusId)) return; // its graph is announced when it is built
  if (!loaded) return fail(corpusId, new Error("that corpus is no longer loaded; open it again"));
  sendGraph(corpusId, loaded.built.payload);
  void loaded.queries.then(() => post({ type: "ready", corpusId }));
}

function startTriage(corpusId: string): void {
  const loaded = corpora.get(corpusId);
  if (!loaded || loaded.triageStarted) return;
  loaded.triageStarted = true;
  void loaded.queries.then((queries) =>
    runTriage(queries.index, (progress) => post({ type: "triage", corpusId, progress })),
  );
}

/** One handler per query kind, typed by the protocol's map. */
const handlers: {
  [K in QueryKind]: (queries: CorpusQueries, args: Queries[K]["args"]) => Queries[K]["result"];
} = {
  name: (queries, { key, resolution, constraints }) => queries.name(key, resolution, constraints),
  community: (queries, { community }) => queries.community(community),
  papers: (queries, { ids }) => queries.papers(ids),
  portable: (queries, { key }) => queries.portable(key),
};

async function answer<K extends QueryKind>(request: QueryRequest<K>): Promise<void> {
  const { id, kind } = request;
  try {
    const loaded = corpora.get(request.corpusId);
    if (!loaded) throw new Error("no corpus with that id is loaded");
    const result = handlers[kind](await loaded.queries, request.args);
    const message: Answer<K> = { type: "answer", id, kind, result };
    post(message);
  } catch (error) {
    post({ type: "failed", id, kind, message: (error as Error).message });
  }
}

self.onmessage = (event: MessageEvent<Request>): void => {
  const request = event.data;
  switch (request.type) {
    case "load":
      return void load(request.url, request.corpusId, request.label, request.fileName);
    case "adopt":
      return adopt(request.corpusId, request.label, request.port);
    case "abandon":
      pendingImports.get(request.corpusId)?.close();
      pendingImports.delete(request.corpusId);
      return;
    case "activate":
      return activate(request.corpusId);
    case "triage":
      return startTriage(request.corpusId);
    case "query":
      return void answer(request);
  }
};
