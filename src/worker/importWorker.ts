// The import Worker: reads the files a user picked or dropped through the one reading pipeline
// (any registered format, plain or gzipped, BibTeX macros shared between the files, a file with
// nothing usable noted and passed over) and hands the parsed papers straight to the corpus Worker
// over a MessagePort, so the main thread never holds or copies them. One Worker per import:
// cancelling terminates it.
/// <reference lib="webworker" />
import { readCorpusFiles } from "../io/readFiles";
import type { ImportEvent, ImportMessage, ImportRequest } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

const PROGRESS_EVERY_MS = 100;

function post(event: ImportEvent): void {
  self.postMessage(event);
}

async function importFiles({ files, port }: ImportRequest): Promise<void> {
  let lastPost = 0;
  const parsed = await readCorpusFiles(
    files.map((file) => ({ name: file.name, blob: file })),
    {
      onBytes: (read, total, file) => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS && read < total) return;
        lastPost = now;
        post({ type: "progress", read, total, file });
      },
    },
  );
  const papers = parsed.reduce((sum, p) => sum + p.papers.length, 0);
  const message: ImportMessage = { files: parsed };
  port.postMessage(message);
  port.close();
  post({ type: "parsed", papers, notes: parsed.reduce((sum, p) => sum + p.notes.length, 0) });
  self.close();
}

self.onmessage = (event: MessageEvent<ImportRequest>): void => {
  importFiles(event.data).catch((error: unknown) => {
    event.data.port.close();
    post({ type: "error", message: (error as Error).message });
  });
};
