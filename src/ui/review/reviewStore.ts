// Review decisions in IndexedDB, keyed by [corpus id, name key], so they survive reloads.
import type { ReviewRecord } from "../reviewModel";

const DB_NAME = "coauthor-explorer";
const STORE = "reviews";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

export class ReviewStore {
  private db: Promise<IDBDatabase> | undefined;

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore(STORE, { keyPath: ["corpusId", "nameKey"] });
        store.createIndex("corpusId", "corpusId");
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () =>
        reject(new Error(`could not open the review database (${req.error?.message ?? "?"})`));
    });
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode).objectStore(STORE);
  }

  async get(corpusId: string, nameKey: string): Promise<ReviewRecord | undefined> {
    return request<ReviewRecord | undefined>(
      (await this.store("readonly")).get([corpusId, nameKey]),
    );
  }

  async put(record: ReviewRecord): Promise<void> {
    await request((await this.store("readwrite")).put(record));
  }

  async putAll(records: ReviewRecord[]): Promise<void> {
    const store = await this.store("readwrite");
    await Promise.all(records.map((record) => request(store.put(record))));
  }

  async delete(corpusId: string, nameKey: string): Promise<void> {
    await request((await this.store("readwrite")).delete([corpusId, nameKey]));
  }

  async all(corpusId: string): Promise<ReviewRecord[]> {
    const store = await this.store("readonly");
    return request<ReviewRecord[]>(store.index("corpusId").getAll(corpusId));
  }
}
