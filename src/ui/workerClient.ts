// The main thread's handle on the corpus Worker: typed queries as promises, load events as callbacks.
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
  progress(stage: LoadStage, fraction: number): void;
  graph(payload: GraphPayload): void;
  ready(): void;
  error(message: string): void;
  triage(progress: TriageProgress): void;
}

export class WorkerClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly events: WorkerEvents) {
    this.worker = new Worker(new URL("../worker/corpusWorker.ts", import.meta.url), {
      type: "module",
      name: "corpus",
    });
    this.worker.onmessage = (event: MessageEvent<Response>) => this.receive(event.data);
    this.worker.onerror = (event) => events.error(event.message || "the corpus worker failed");
  }

  load(url: string, corpusId: string, fileName: string): void {
    this.send({ type: "load", url, corpusId, fileName });
  }

  startTriage(): void {
    this.send({ type: "triage" });
  }

  query<K extends QueryKind>(kind: K, args: Queries[K]["args"]): Promise<Queries[K]["result"]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ type: "query", kind, id, args } as Request);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }

  private send(request: Request): void {
    this.worker.postMessage(request);
  }

  private receive(message: Response): void {
    switch (message.type) {
      case "progress":
        return this.events.progress(message.stage, message.fraction);
      case "graph":
        return this.events.graph(message.payload);
      case "ready":
        return this.events.ready();
      case "error":
        return this.events.error(message.message);
      case "triage":
        return this.events.triage(message.progress);
      case "answer":
      case "failed": {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.type === "answer") pending?.resolve(message.result);
        else pending?.reject(new Error(message.message));
      }
    }
  }
}
