// The log as a set: merging two copies (two tabs, a stored copy and an import) is a union by entry
// id in one total order (at, session, id), so it is commutative and idempotent. Causality comes from
// each entry's `deps` (the frontier its tab had seen): two entries neither of which has seen the
// other are concurrent, which is what a conflict needs.
import type { DecisionEntry, EntryId } from "./types";

/** The fold order: time, then tab, then id, so every copy of a log sorts the same way. */
export function compareEntries(a: DecisionEntry, b: DecisionEntry): number {
  return cmp(a.at, b.at) || cmp(a.session, b.session) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Union of logs, sorted. Entries are immutable once written, so one id means one entry; should two
 * copies ever differ, the one whose JSON sorts first is kept, so the result is still order-free.
 */
export function mergeLogs(...logs: readonly (readonly DecisionEntry[])[]): DecisionEntry[] {
  const byId = new Map<EntryId, DecisionEntry>();
  for (const log of logs) {
    for (const entry of log) {
      const seen = byId.get(entry.id);
      if (!seen || (seen !== entry && JSON.stringify(entry) < JSON.stringify(seen))) {
        byId.set(entry.id, entry);
      }
    }
  }
  return [...byId.values()].sort(compareEntries);
}

/** Entries no other entry lists as seen: what a new entry of this log depends on. */
export function frontier(log: readonly DecisionEntry[]): EntryId[] {
  const seen = new Set<EntryId>();
  for (const entry of log) for (const dep of entry.deps) seen.add(dep);
  return log.filter((e) => !seen.has(e.id)).map((e) => e.id);
}

/** Which entries each entry has seen, as bit sets over the log's positions. */
export class Causality {
  private readonly position = new Map<EntryId, number>();
  private readonly ancestors: (Uint32Array | undefined)[];
  private readonly words: number;
  private computed = 0;

  constructor(private readonly log: readonly DecisionEntry[]) {
    log.forEach((entry, i) => this.position.set(entry.id, i));
    this.words = Math.ceil(log.length / 32);
    this.ancestors = new Array<Uint32Array | undefined>(log.length);
  }

  /** True when `later` has (directly or through others) seen `earlier`. */
  hasSeen(later: EntryId, earlier: EntryId): boolean {
    const i = this.position.get(later);
    const j = this.position.get(earlier);
    if (i === undefined || j === undefined || i === j) return false;
    // In log order, so that an entry's dependencies are (nearly always) computed before it and the
    // recursion below stays shallow however long the log.
    while (this.computed <= i) this.bits(this.computed++);
    return ((this.bits(i)[j >>> 5]! >>> (j & 31)) & 1) === 1;
  }

  concurrent(a: EntryId, b: EntryId): boolean {
    return a !== b && !this.hasSeen(a, b) && !this.hasSeen(b, a);
  }

  /** Ancestor bits of entry i, memoised; a dependency cycle (only a forged file has one) is cut. */
  private bits(i: number): Uint32Array {
    const known = this.ancestors[i];
    if (known) return known;
    const own = new Uint32Array(this.words);
    this.ancestors[i] = own; // visible while in progress: a cycle reads a partial set and stops
    for (const dep of this.log[i]!.deps) {
      const j = this.position.get(dep);
      if (j === undefined || j === i) continue;
      own[j >>> 5]! |= 1 << (j & 31);
      const theirs = this.bits(j);
      for (let w = 0; w < this.words; w++) own[w]! |= theirs[w]!;
    }
    return own;
  }
}
