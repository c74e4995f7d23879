// The import Worker: reads the files a user picked or dropped (any registered format, plain or
// gzipped) and hands the parsed papers straight to the corpus Worker over a MessagePort, so the
// main thread never holds or copies them. One Worker per import: cancelling terminates it.
/// <reference lib="webworker" />
import type { ParsedFile } from "../io/format";
import { readCorpusBlob } from "../io/readBlob";
import type { ImportEvent, ImportMessage, ImportRequest } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

const PROGRESS_EVERY_MS = 100;

function post(event: ImportEvent): void {
  self.postMessage(event);
}

async function importFiles({ files, port }: ImportRequest): Promise<void> {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let before = 0;
  let lastPost = 0;
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    parsed.push(
      await readCorpusBlob(file, file.name, (read) => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS && read < file.size) return;
        lastPost = now;
        post({ type: "progress", read: before + read, total, file: file.name });
      }),
    );
    before += file.size;
  }
  const papers = parsed.reduce((sum, p) => sum + p.papers.length, 0);
  if (papers === 0) {
    const names = files.map((f) => f.name).join(", ");
    throw new Error(`${names}: no papers found; check that the file holds records with authors`);
  }
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
