// Fuzzy, accent-folding, prefix search over author names (MiniSearch). "jose garc" finds
// "José García"; busier authors rank higher among equal matches. It lives in the corpus Worker
// (the page asks it by query), so the page never holds the corpus's names. Pure: runs in node tests.
import MiniSearch from "minisearch";
import { foldedKey } from "../core/nameKey";
import type { NameHit } from "./protocol";

export interface NameEntry {
  id: number;
  key: string;
  label: string;
  papers: number;
}

export type { NameHit };

export class NameSearch {
  private readonly index = new MiniSearch<NameEntry>({
    fields: ["label"],
    storeFields: ["key", "label", "papers"],
    processTerm: (term) => foldedKey(term) || null,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      // A typo match counts little next to an exact one: "wang" also reaches "gang" by one edit,
      // which must not rank Gang Wang above Lei Wang.
      weights: { fuzzy: 0.1, prefix: 0.375 },
      combineWith: "AND",
      // Among equally good matches, busier names first ("wang": Lei Wang's 308 papers, not 3).
      boostDocument: (_id, _term, stored) => 1 + Math.log10(1 + Number(stored?.papers ?? 0)) / 2,
    },
  });

  /** Adds names in chunks so a large corpus never blocks the main thread for long. */
  async addAll(entries: NameEntry[]): Promise<void> {
    await this.index.addAllAsync(entries, { chunkSize: 800 });
  }

  addAllSync(entries: NameEntry[]): void {
    this.index.addAll(entries);
  }

  search(query: string, limit = 8): NameHit[] {
    if (query.trim() === "") return [];
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => ({ key: r.key as string, label: r.label as string, papers: r.papers as number }));
  }
}
