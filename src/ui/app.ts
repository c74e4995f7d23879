// Boot: read the view from the URL, start the corpus Worker, and hand its graph to the explorer.
import { corpusSource } from "./corpusSource";
import { Explorer } from "./explorer";
import { syncHistory } from "./history";
import { LoadProgress } from "./loadProgress";
import { PanelToggle } from "./panelToggle";
import { initialState, Store } from "./state";
import { readViewState } from "./urlState";
import { WorkerClient } from "./workerClient";

export function startApp(): void {
  const store = new Store({ ...initialState, ...readViewState(location.search) });
  const source = corpusSource(location.search, location.href);
  const progress = new LoadProgress();
  const panel = new PanelToggle();
  let explorer: Explorer | undefined;
  let summary: Parameters<LoadProgress["done"]>[0] | undefined;
  const worker = new WorkerClient({
    progress: (stage, fraction) => progress.stage(stage, fraction),
    graph: (payload) => {
      summary = payload.corpus;
      explorer = new Explorer(payload, store, worker, source.id, panel);
    },
    ready: () => {
      if (summary) progress.done(summary);
      explorer?.ready();
    },
    error: (message) => progress.failed(message),
    triage: (triage) => explorer?.showTriage(triage),
  });
  worker.load(source.url, source.id, source.fileName);
  syncHistory(store);
  window.addEventListener("pagehide", () => {
    explorer?.kill();
    worker.terminate();
  });
}
