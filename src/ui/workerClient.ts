// The main thread's handle on the corpus Worker: typed queries as promises, load events as
// callbacks. It is created before the app's own code has loaded (see main.ts), so the Worker can
// start fetching at once; events that arrive before `listen` are kept and replayed.
// A Worker that fails (an uncaught error, a message that cannot be read) is ended: every pending
// query rejects with what failed, `crashed` tells the app, and `restart()` starts a fresh one.
import type {
  Answer,
  GraphPayload,
  LoadStage,
  Queries,
  QueryKind,
  QueryRequest,
  QueryStep,
  Request,
  Response,
  TriageProgress,
} from "../worker/protocol";
import type { CorpusSource } from "./corpusSource";

export interface WorkerEvents {
  progress(corpusId: string, stage: LoadStage, fraction: number): void;
  graph(corpusId: string, payload: GraphPayload): void;
  ready(corpusId: string): void;
  error(corpusId: string | undefined, message: string): void;
  triage(corpusId: string, progress: TriageProgress): void;
  /** The Worker failed and was ended; pending queries have been rejected. */
  crashed(message: string): void;
}

interface Deferred<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

type PendingByKind = { [K in QueryKind]: Map<number, Deferred<Queries[K]["result"]>> };

export class WorkerClient {
  private worker: Worker;
  private events: WorkerEvents | undefined;
  private readonly early: Response[] = [];
  private nextId = 1;
  private readonly pending: PendingByKind = {
    name: new Map(),
    community: new Map(),
    papers: new Map(),
    namePapers: new Map(),
    portable: new Map(),
    search: new Map(),
    expand: new Map(),
    neighbourhood: new Map(),
  };
  /** Who wants to hear what a pending query is doing, by query id. */
  private readonly watchers = new Map<number, (step: QueryStep) => void>();
  /** Why the Worker stopped, while it is stopped. */
  private failure: string | undefined;

  constructor() {
    this.worker = this.spawn();
  }

  listen(events: WorkerEvents): void {
    this.events = events;
    for (const message of this.early.splice(0)) this.receive(message);
    if (this.failure !== undefined) events.crashed(this.failure);
  }

  /** A fresh Worker after a failure; the caller loads the corpus it wants into it. */
  restart(): void {
    this.worker.terminate();
    this.failure = undefined;
    this.worker = this.spawn();
  }

  get stopped(): boolean {
    return this.failure !== undefined;
  }

  /** Reads a corpus file by URL, or opens a store by URL (`store`), in the Worker. */
  load(source: CorpusSource): void {
    const { url, id, label, fileName, budget, store, overviewUrl } = source;
    if (store) this.send({ type: "openStore", url, corpusId: id });
    else this.send({ type: "load", url, corpusId: id, label, fileName, budget, overviewUrl });
  }

  /** The corpus that an import Worker will send on `port`. */
  adopt(corpusId: string, label: string, port: MessagePort, budget?: number): void {
    this.worker.postMessage({ type: "adopt", corpusId, label, port, budget } satisfies Request, [
      port,
    ]);
  }

  abandon(corpusId: string): void {
    this.send({ type: "abandon", corpusId });
  }

  activate(corpusId: string): void {
    this.send({ type: "activate", corpusId });
  }

  startTriage(corpusId: string): void {
    this.send({ type: "triage", corpusId });
  }

  /** @param onStep told what the query is doing while it works (see QueryStep) */
  query<K extends QueryKind>(
    corpusId: string,
    kind: K,
    args: Queries[K]["args"],
    onStep?: (step: QueryStep) => void,
  ): Promise<Queries[K]["result"]> {
    if (this.failure !== undefined) return Promise.reject(this.stoppedError(this.failure));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending[kind].set(id, { resolve, reject });
      if (onStep) this.watchers.set(id, onStep);
      const request: QueryRequest<K> = { type: "query", corpusId, kind, id, args };
      this.send(request);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("../worker/corpusWorker.ts", import.meta.url), {
      type: "module",
      name: "corpus",
    });
    worker.onmessage = (event: MessageEvent<Response>) => {
      if (worker === this.worker) this.receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const message = event.message.replace(/^Uncaught (Error: )?/, "");
      if (worker === this.worker) this.fail(message || "the corpus worker failed");
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.fail("a message from the corpus worker could not be read");
    };
    return worker;
  }

  private fail(message: string): void {
    if (this.failure !== undefined) return;
    this.failure = message;
    this.worker.terminate();
    const error = this.stoppedError(message);
    for (const kind of Object.keys(this.pending) as QueryKind[]) {
      for (const deferred of this.pending[kind].values()) deferred.reject(error);
      this.pending[kind].clear();
    }
    this.watchers.clear();
    this.events?.crashed(message);
  }

  private stoppedError(message: string): Error {
    return new Error(`the corpus worker stopped (${message})`);
  }

  private send(request: Request | QueryRequest<QueryKind>): void {
    this.worker.postMessage(request);
  }

  private settle<K extends QueryKind>(answer: Answer<K>): void {
    const pending = this.pending[answer.kind];
    const deferred = pending.get(answer.id);
    pending.delete(answer.id);
    this.watchers.delete(answer.id);
    deferred?.resolve(answer.result);
  }

  private receive(message: Response): void {
    if (message.type === "answer") return this.settle(message);
    if (message.type === "working") return this.watchers.get(message.id)?.(message.step);
    if (message.type === "failed") {
      this.watchers.delete(message.id);
      const pending = this.pending[message.kind];
      const deferred = pending.get(message.id);
      pending.delete(message.id);
      deferred?.reject(new Error(message.message));
      return;
    }
    const events = this.events;
    if (!events) {
      this.early.push(message);
      return;
    }
    switch (message.type) {
      case "progress":
        return events.progress(message.corpusId, message.stage, message.fraction);
      case "graph":
        return events.graph(message.corpusId, message.payload);
      case "ready":
        return events.ready(message.corpusId);
      case "error":
        return events.error(message.corpusId, message.message);
      case "triage":
        return events.triage(message.corpusId, message.progress);
    }
  }
}
