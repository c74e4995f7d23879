// The corpus Worker's body, loaded by its small entry (corpusWorker.ts): owns the corpus on screen,
// its index, its name search and every costly step (parse, graph, communities, splits, triage), or
// the store it reads by range requests, so the main thread holds only what it draws and answers
// clicks. A new corpus
// replaces the current one only once it is built, so a failed import leaves the current one as it
// was; the page reads a corpus it switches back to again (memory stays one corpus, not every one).
/// <reference lib="webworker" />
import type { Corpus } from "../core/corpus";
import { mergeParsedFiles } from "../io/merge";
import { graphMessage } from "./graphMessage";
import { buildCorpusGraph, fetchCorpus, type ReportProgress } from "./loadCorpus";
import { memoryCorpus } from "./memoryCorpus";
import type { OpenCorpus } from "./openCorpus";
import type {
  Answer,
  GraphPayload,
  ImportMessage,
  QueryKind,
  QueryRequest,
  Request,
  Response,
} from "./protocol";
import { sameOverview } from "./shippedOverview";
import { openStoreCorpus } from "./storeCorpus";
import { workerQueries } from "./triageRunner";

declare const self: DedicatedWorkerGlobalScope;

interface LoadedCorpus {
  open: OpenCorpus;
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

/**
 * Announces the overview (unless the page has it already from the file shipped with the corpus),
 * then `ready` once queries can be answered.
 */
function show(corpusId: string, open: OpenCorpus, shipped?: GraphPayload): void {
  // A shipped overview that differs from the corpus is stale: the page redraws the real one.
  if (!shipped || !sameOverview(shipped, open.payload)) sendGraph(corpusId, open.payload);
  open.handlers.then(
    () => post({ type: "ready", corpusId }),
    (error: unknown) => {
      corpora.delete(corpusId);
      fail(corpusId, error);
    },
  );
  // Only the corpus on screen is kept: the page reads another one again when it is switched to.
  corpora.clear();
  corpora.set(corpusId, { open, triageStarted: false });
}

function adoptCorpus(corpus: Corpus, budget: number | undefined, shipped?: GraphPayload): void {
  const report = reporter(corpus.id);
  show(corpus.id, memoryCorpus(buildCorpusGraph(corpus, report, budget), report), shipped);
}

function sendGraph(corpusId: string, payload: GraphPayload): void {
  post(...graphMessage(corpusId, payload));
}

function fail(corpusId: string, error: unknown): void {
  post({ type: "error", corpusId, message: (error as Error).message });
}

/** Corpora still being fetched or read: asking to show one waits for its graph. */
const loading = new Set<string>();
/** Shipped overviews (or undefined: none could be read) sent while their corpus is built. */
const shippedShown = new Map<string, Promise<GraphPayload | undefined>>();
/** Queries asked while their corpus was being built (its shipped overview was drawn). */
const waiting = new Map<string, (() => void)[]>();

/** The loaded corpus `corpusId`, once it is loaded if it is being loaded. */
function loadedCorpus(corpusId: string): Promise<LoadedCorpus | undefined> {
  if (corpora.has(corpusId) || !loading.has(corpusId))
    return Promise.resolve(corpora.get(corpusId));
  return new Promise((resolve) => {
    const wake = (): void => resolve(corpora.get(corpusId));
    waiting.set(corpusId, [...(waiting.get(corpusId) ?? []), wake]);
  });
}

function doneLoading(corpusId: string): void {
  loading.delete(corpusId);
  shippedShown.delete(corpusId);
  for (const wake of waiting.get(corpusId) ?? []) wake();
  waiting.delete(corpusId);
}

/**
 * What the entry started for a `load` before this module was read: the corpus's fetch, and its
 * shipped overview, already posted to the page if there is one.
 */
export interface EarlyLoad {
  requested: Promise<globalThis.Response>;
  shipped: Promise<GraphPayload | undefined>;
}

async function load(request: Extract<Request, { type: "load" }>, early?: EarlyLoad): Promise<void> {
  const { url, corpusId, label, fileName, budget } = request;
  loading.add(corpusId);
  try {
    if (early) shippedShown.set(corpusId, early.shipped);
    const shipped = await early?.shipped;
    const report = reporter(corpusId);
    const corpus = await fetchCorpus(url, corpusId, label, fileName, report, early?.requested);
    adoptCorpus(corpus, budget, shipped);
  } catch (error) {
    fail(corpusId, error);
  } finally {
    doneLoading(corpusId);
  }
}

async function openStore(url: string, corpusId: string): Promise<void> {
  loading.add(corpusId);
  try {
    show(corpusId, await openStoreCorpus(url, corpusId, reporter(corpusId)));
  } catch (error) {
    fail(corpusId, error);
  } finally {
    doneLoading(corpusId);
  }
}

function adopt(request: Extract<Request, { type: "adopt" }>): void {
  const { corpusId, label, port, budget } = request;
  pendingImports.get(corpusId)?.close();
  pendingImports.set(corpusId, port);
  port.onmessage = (event: MessageEvent<ImportMessage>) => {
    port.close();
    if (pendingImports.get(corpusId) !== port) return;
    pendingImports.delete(corpusId);
    try {
      reporter(corpusId)("parse", 1);
      adoptCorpus(mergeParsedFiles(corpusId, label, event.data.files), budget);
    } catch (error) {
      fail(corpusId, error);
    }
  };
}

function activate(corpusId: string): void {
  const loaded = corpora.get(corpusId);
  const shipped = shippedShown.get(corpusId);
  // Not sent here if there was none: the corpus's own is sent once built.
  if (!loaded && shipped) return void shipped.then((p) => p && sendGraph(corpusId, p));
  if (!loaded && loading.has(corpusId)) return; // its graph is announced when it is built
  if (!loaded) return fail(corpusId, new Error("that corpus is no longer loaded; open it again"));
  sendGraph(corpusId, loaded.open.payload);
  void loaded.open.handlers.then(() => post({ type: "ready", corpusId }));
}

function startTriage(corpusId: string): void {
  const loaded = corpora.get(corpusId);
  if (!loaded || loaded.triageStarted) return;
  loaded.triageStarted = true;
  loaded.open.startTriage((progress) => post({ type: "triage", corpusId, progress }));
}

async function answer<K extends QueryKind>(request: QueryRequest<K>): Promise<void> {
  const { id, kind } = request;
  try {
    const open = (await loadedCorpus(request.corpusId))?.open;
    if (!open) throw new Error("no corpus with that id is loaded");
    const handlers = await open.handlers;
    const result = await handlers[kind](request.args, (step) =>
      post({ type: "working", id, kind, step }),
    );
    const message: Answer<K> = { type: "answer", id, kind, result };
    post(message);
  } catch (error) {
    post({ type: "failed", id, kind, message: (error as Error).message });
  } finally {
    workerQueries.answered();
  }
}

/** Handles one request of the page; `early`: what the entry started for a `load`. */
export function handle(request: Request, early?: EarlyLoad): void {
  switch (request.type) {
    case "load":
      return void load(request, early);
    case "openStore":
      return void openStore(request.url, request.corpusId);
    case "adopt":
      return adopt(request);
    case "abandon":
      pendingImports.get(request.corpusId)?.close();
      pendingImports.delete(request.corpusId);
      return;
    case "activate":
      return activate(request.corpusId);
    case "triage":
      return startTriage(request.corpusId);
    case "query":
      workerQueries.asked();
      return void answer(request);
  }
}
