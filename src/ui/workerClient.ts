// The main thread's handle on the corpus Worker: typed queries as promises, load events as
// callbacks. It is created before the app's own code has loaded (see main.ts), so the Worker can
// start fetching at once; events that arrive before `listen` are kept and replayed.
import type {
  GraphPayload,
  LoadStage,
  Queries,
  QueryKind,
  Request,
  Response,
  TriageProgress,
} from "../worker/protocol";

export interface WorkerEvents {
  progress(corpusId: string, stage: LoadStage, fraction: number): void;
  graph(corpusId: string, payload: GraphPayload): void;
  ready(corpusId: string): void;
  error(corpusId: string | undefined, message: string): void;
  triage(corpusId: string, progress: TriageProgress): void;
}

export class WorkerClient {
  private readonly worker: Worker;
  private events: WorkerEvents | undefined;
  private readonly early: Response[] = [];
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  constructor() {
    this.worker = new Worker(new URL("../worker/corpusWorker.ts", import.meta.url), {
      type: "module",
      name: "corpus",
    });
    this.worker.onmessage = (event: MessageEvent<Response>) => this.receive(event.data);
    this.worker.onerror = (event) =>
      this.events?.error(undefined, event.message || "the corpus worker failed");
  }

  listen(events: WorkerEvents): void {
    this.events = events;
    for (const message of this.early.splice(0)) this.receive(message);
  }

  load(source: { url: string; id: string; label: string; fileName: string }): void {
    const { url, id, label, fileName } = source;
    this.send({ type: "load", url, corpusId: id, label, fileName });
  }

  /** The corpus that an import Worker will send on `port`. */
  adopt(corpusId: string, label: string, port: MessagePort): void {
    this.worker.postMessage({ type: "adopt", corpusId, label, port } satisfies Request, [port]);
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

  query<K extends QueryKind>(
    corpusId: string,
    kind: K,
    args: Queries[K]["args"],
  ): Promise<Queries[K]["result"]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ type: "query", corpusId, kind, id, args } as Request);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }

  private send(request: Request): void {
    this.worker.postMessage(request);
  }

  private receive(message: Response): void {
    const events = this.events;
    if (message.type === "answer" || message.type === "failed") {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === "answer") pending?.resolve(message.result);
      else pending?.reject(new Error(message.message));
      return;
    }
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
