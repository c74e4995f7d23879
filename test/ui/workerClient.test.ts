// The worker client against a stand-in Worker: answers resolve the query they belong to, a failed
// Worker rejects every pending query with what failed and is ended, and restart() gives a new one.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WorkerClient, type WorkerEvents } from "../../src/ui/workerClient";
import type { Request, Response } from "../../src/worker/protocol";

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: Response }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly sent: Request[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: Request): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: Response): void {
    this.onmessage?.({ data });
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

function events(): WorkerEvents & { crashes: string[] } {
  const crashes: string[] = [];
  return {
    crashes,
    progress: () => undefined,
    graph: () => undefined,
    ready: () => undefined,
    error: () => undefined,
    triage: () => undefined,
    crashed: (message) => crashes.push(message),
  };
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

const queryIds = (worker: FakeWorker): number[] =>
  worker.sent.flatMap((m) => (m.type === "query" ? [m.id] : []));

describe("WorkerClient", () => {
  it("resolves each query with the answer of its own id and kind", async () => {
    const client = new WorkerClient();
    const worker = FakeWorker.made[0]!;
    const papers = client.query("c", "papers", { ids: ["p1"] });
    const community = client.query("c", "community", { community: 2 });
    const [papersId, communityId] = queryIds(worker);
    worker.reply({
      type: "answer",
      id: communityId!,
      kind: "community",
      result: {
        community: 2,
        members: 5,
        papers: [],
      },
    });
    worker.reply({
      type: "answer",
      id: papersId!,
      kind: "papers",
      result: [{ id: "p1", title: "T", authors: [] }],
    });
    await expect(community).resolves.toEqual({ community: 2, members: 5, papers: [] });
    await expect(papers).resolves.toEqual([{ id: "p1", title: "T", authors: [] }]);
  });

  it("rejects a query the Worker reports as failed, with its message", async () => {
    const client = new WorkerClient();
    const worker = FakeWorker.made[0]!;
    const name = client.query("c", "name", { key: "tom jacobs", resolution: 1 });
    worker.reply({ type: "failed", id: queryIds(worker)[0]!, kind: "name", message: "no corpus" });
    await expect(name).rejects.toThrow("no corpus");
  });

  it("rejects every pending query when the Worker fails, ends it and reports it once", async () => {
    const client = new WorkerClient();
    const seen = events();
    client.listen(seen);
    const worker = FakeWorker.made[0]!;
    const pending = [
      client.query("c", "name", { key: "lei wang", resolution: 1 }),
      client.query("c", "papers", { ids: [] }),
    ];
    worker.crash("Uncaught Error: out of memory");
    worker.crash("Uncaught Error: again");
    for (const query of pending)
      await expect(query).rejects.toThrow("the corpus worker stopped (out of memory)");
    expect(worker.terminated).toBe(true);
    expect(seen.crashes).toEqual(["out of memory"]);
    expect(client.stopped).toBe(true);
    await expect(client.query("c", "papers", { ids: [] })).rejects.toThrow("stopped");
  });

  it("answers again after restart(), from a new Worker, ignoring the old one", async () => {
    const client = new WorkerClient();
    client.listen(events());
    const old = FakeWorker.made[0]!;
    old.crash("boom");
    client.restart();
    const fresh = FakeWorker.made[1]!;
    expect(client.stopped).toBe(false);
    const papers = client.query("c", "papers", { ids: [] });
    const id = queryIds(fresh)[0]!;
    old.reply({
      type: "answer",
      id,
      kind: "papers",
      result: [{ id: "stale", title: "", authors: [] }],
    });
    fresh.reply({ type: "answer", id, kind: "papers", result: [] });
    await expect(papers).resolves.toEqual([]);
  });
});
