// Triage in the background: scores every name with ≥ 2 papers (src/core/triage), a few at a time,
// yielding between slices; partial rankings are posted as they grow. Queries come first: a slice
// under way cannot be interrupted (one big name's split is hundreds of ms cold), so triage stays
// off the Worker while the curator is at work (typing a name, opening it, acting on it) and
// resumes once the queries have been quiet for a moment.
import type { CorpusIndex } from "../core/corpusIndex";
import type { SplitSuggestion } from "../core/identity";
import { rankTriage, triageCandidates, triageName, type TriageRow } from "../core/triage";
import type { TriageProgress } from "./protocol";

const SLICE_MS = 25;
const POST_EVERY_MS = 500;
const TRIAGE_LIMIT = 300;
/** Triage waits this long after the latest query before its next slice. */
export const QUIET_AFTER_QUERY_MS = 1_500;

/** Queries the Worker is answering, and when it last heard of one (queries note themselves here). */
export class QueryActivity {
  private last = -Infinity;
  private pending = 0;

  note(): void {
    this.last = performance.now();
  }

  /**
   * A query asked: background work waits until it is answered (a name asked while the split index
   * is built waits for the index, and must not then wait for triage's biggest name too).
   */
  asked(): void {
    this.pending++;
    this.note();
  }

  answered(): void {
    this.pending = Math.max(0, this.pending - 1);
    this.note();
  }

  /** How long background work should still wait for the queries to go quiet (0: go on). */
  quietIn(): number {
    if (this.pending > 0) return QUIET_AFTER_QUERY_MS;
    return Math.max(0, this.last + QUIET_AFTER_QUERY_MS - performance.now());
  }
}

/** The Worker's queries (one corpus Worker, one curator). */
export const workerQueries = new QueryActivity();

/** `suggest`: a name's suggestion at the defaults (the name queries keep the biggest for later). */
export function runTriage(
  index: CorpusIndex,
  post: (progress: TriageProgress) => void,
  suggest?: (key: string) => SplitSuggestion,
  queries: QueryActivity = workerQueries,
): void {
  const names = triageCandidates(index);
  let rows: TriageRow[] = [];
  let next = 0;
  let lastPost = 0;

  const slice = (): void => {
    const wait = queries.quietIn();
    if (wait > 0) return void setTimeout(slice, wait);
    const start = performance.now();
    while (next < names.length && performance.now() - start < SLICE_MS) {
      const key = names[next++]!;
      rows.push(triageName(index, key, {}, suggest?.(key)));
    }
    const finished = next >= names.length;
    if (finished || performance.now() - lastPost > POST_EVERY_MS) {
      lastPost = performance.now();
      rows = rankTriage(rows).slice(0, TRIAGE_LIMIT);
      post({ rows: rows.slice(), done: next, total: names.length });
    }
    if (!finished) setTimeout(slice, 0);
  };
  slice();
}
