// Bringing your own corpus: the "Open files…" button and dropping files anywhere on the page. Each
// import runs in its own Worker that hands the papers straight to the corpus Worker; cancelling
// terminates it. Nothing on screen changes until the new corpus is built, so a failed or
// cancelled import leaves the current corpus and every review decision as they were.
import { formatFamiliesText } from "../io/formatFamilies";
import type { ImportEvent, ImportRequest } from "../worker/protocol";
import { fileCorpusId, fileCorpusLabel } from "./corpusSource";
import { byId } from "./dom";
import type { WorkerClient } from "./workerClient";

export interface ImportEvents {
  started(corpusId: string, label: string, files: File[]): void;
  progress(label: string, read: number, total: number): void;
  parsed(corpusId: string): void;
  failed(corpusId: string, message: string): void;
  cancelled(corpusId: string): void;
}

interface RunningImport {
  corpusId: string;
  worker: Worker;
}

export class ImportControl {
  private running: RunningImport | undefined;

  constructor(
    private readonly corpora: WorkerClient,
    private readonly events: ImportEvents,
  ) {
    const input = byId<HTMLInputElement>("file-input");
    const open = byId("open-files");
    // Named from the format registry's families, so a new format is never missing from the hint.
    open.title = `Open your own corpus: ${formatFamiliesText()} (or drop files on the page)`;
    byId("drop-overlay").querySelector("p")!.textContent =
      `Drop corpus files to open them (${formatFamiliesText()})`;
    open.addEventListener("click", () => input.click());
    input.addEventListener("change", () => {
      if (input.files && input.files.length > 0) this.start([...input.files]);
      input.value = "";
    });
    this.acceptDrops(byId("drop-overlay"));
  }

  start(files: File[]): void {
    this.cancel();
    const corpusId = fileCorpusId(files);
    const label = fileCorpusLabel(files);
    const channel = new MessageChannel();
    const worker = new Worker(new URL("../worker/importWorker.ts", import.meta.url), {
      type: "module",
      name: "import",
    });
    this.running = { corpusId, worker };
    performance.mark("import-start");
    this.events.started(corpusId, label, files);
    this.corpora.adopt(corpusId, label, channel.port2);
    worker.onmessage = (event: MessageEvent<ImportEvent>) => {
      if (this.running?.worker !== worker) return;
      const message = event.data;
      if (message.type === "progress") {
        this.events.progress(message.file, message.read, message.total);
      } else if (message.type === "parsed") {
        // The Worker has handed the papers over and closes itself; terminating could race that.
        this.running = undefined;
        performance.mark("import-parsed");
        this.events.parsed(corpusId);
      } else {
        this.finish();
        this.corpora.abandon(corpusId);
        this.events.failed(corpusId, message.message);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.running?.worker !== worker) return;
      this.finish();
      this.corpora.abandon(corpusId);
      this.events.failed(corpusId, event.message || "the import worker failed");
    };
    const request: ImportRequest = { files, port: channel.port1 };
    worker.postMessage(request, [channel.port1]);
  }

  /** Stops a running import, if any; the corpus Worker forgets it. */
  cancel(): void {
    const running = this.running;
    if (!running) return;
    this.finish();
    this.corpora.abandon(running.corpusId);
    this.events.cancelled(running.corpusId);
  }

  private finish(): void {
    this.running?.worker.terminate();
    this.running = undefined;
  }

  /** Files dragged over the page show the overlay; dropping them starts an import. */
  private acceptDrops(overlay: HTMLElement): void {
    let depth = 0;
    const hasFiles = (event: DragEvent): boolean =>
      event.dataTransfer?.types.includes("Files") ?? false;
    document.addEventListener("dragenter", (event) => {
      if (!hasFiles(event)) return;
      depth++;
      overlay.hidden = false;
    });
    document.addEventListener("dragleave", (event) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) overlay.hidden = true;
    });
    document.addEventListener("dragover", (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = "copy";
    });
    document.addEventListener("drop", (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      overlay.hidden = true;
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) this.start(files);
    });
  }
}
