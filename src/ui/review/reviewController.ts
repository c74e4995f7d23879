// Review actions wired to the state and IndexedDB: every decision becomes a new record (pure
// functions in reviewModel), is shown at once and saved; exports and imports go through here too.
import type { WorkerClient } from "../workerClient";
import type { Store } from "../state";
import { acceptSplit, mergeIdentities, movePaper, type ReviewRecord } from "../reviewModel";
import { reviewsFromCsv, reviewsFromJson, reviewsToCsv, reviewsToJson } from "./reviewExport";
import type { ReviewStore } from "./reviewStore";

export class ReviewController {
  private readonly records = new Map<string, ReviewRecord>();
  private readonly listeners = new Set<() => void>();
  message = "";

  constructor(
    private readonly store: Store,
    private readonly db: ReviewStore,
    private readonly corpusId: string,
    private readonly worker: WorkerClient,
  ) {
    store.subscribe((state, changed) => {
      if (changed.has("selected")) store.set({ review: this.recordFor(state.selected) });
    });
  }

  async loadAll(): Promise<void> {
    try {
      for (const record of await this.db.all(this.corpusId))
        this.records.set(record.nameKey, record);
    } catch (error) {
      this.message = `Saved decisions could not be read: ${(error as Error).message}`;
    }
    this.store.set({ review: this.recordFor(this.store.state.selected) });
    this.emit();
  }

  all(): ReviewRecord[] {
    return [...this.records.values()];
  }

  reviewedKeys(): Set<string> {
    return new Set(this.records.keys());
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private recordFor(key: string | undefined): ReviewRecord | undefined {
    return key === undefined ? undefined : this.records.get(key);
  }

  private current():
    | { details: NonNullable<Store["state"]["details"]>; review: ReviewRecord | undefined }
    | undefined {
    const { details, selected, review } = this.store.state;
    return details && details.key === selected ? { details, review } : undefined;
  }

  accept = (): void => this.decide((s, r) => acceptSplit(s, r, this.corpusId));
  merge = (into: number, from: number): void =>
    this.decide((s, r) => mergeIdentities(s, r, this.corpusId, into, from));
  move = (paperId: string, to: number): void =>
    this.decide((s, r) => movePaper(s, r, this.corpusId, paperId, to));

  reset = (): void => {
    const key = this.store.state.selected;
    if (key === undefined) return;
    this.records.delete(key);
    this.store.set({ review: undefined });
    this.save(this.db.delete(this.corpusId, key));
  };

  private decide(
    decision: (
      suggestion: NonNullable<Store["state"]["details"]>["suggestion"],
      record: ReviewRecord | undefined,
    ) => ReviewRecord,
  ): void {
    const now = this.current();
    if (!now) return;
    const record = decision(now.details.suggestion, now.review);
    this.records.set(record.nameKey, record);
    this.store.set({ review: record });
    this.save(this.db.put(record));
  }

  private save(write: Promise<void>): void {
    write
      .then(() => (this.message = ""))
      .catch((error: unknown) => (this.message = `Not saved: ${(error as Error).message}`))
      .finally(() => this.emit());
    this.emit();
  }

  exportJson = (): void => {
    download(
      `review-${safeName(this.corpusId)}.json`,
      "application/json",
      reviewsToJson(this.corpusId, this.all()),
    );
  };

  exportCsv = async (): Promise<void> => {
    const ids = this.all().flatMap((r) => r.groups.flat());
    const papers = await this.worker.query(this.corpusId, "papers", { ids });
    const titles = new Map(papers.map((p) => [p.id, p.title]));
    download(
      `review-${safeName(this.corpusId)}.csv`,
      "text/csv",
      reviewsToCsv(this.all(), (id) => titles.get(id)),
    );
  };

  importFile = async (file: File): Promise<void> => {
    try {
      const text = await file.text();
      const records =
        /\.csv$/i.test(file.name) || !text.trimStart().startsWith("{")
          ? reviewsFromCsv(text, this.corpusId)
          : reviewsFromJson(text, this.corpusId);
      await this.db.putAll(records);
      for (const record of records) this.records.set(record.nameKey, record);
      this.message = `Imported decisions for ${records.length} name${records.length === 1 ? "" : "s"} from ${file.name}.`;
      this.store.set({ review: this.recordFor(this.store.state.selected) });
    } catch (error) {
      this.message = `${file.name}: ${(error as Error).message}`;
    }
    this.emit();
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function safeName(id: string): string {
  return id.replace(/[^\w.-]+/g, "_").slice(-60);
}

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
