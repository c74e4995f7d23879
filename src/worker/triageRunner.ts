// Triage in the background: scores every name with ≥ 2 papers (src/core/triage), a few at a time,
// yielding between slices so name and community queries are answered promptly; partial rankings
// are posted as they grow.
import type { CorpusIndex } from "../core/corpusIndex";
import type { SplitSuggestion } from "../core/identity";
import { rankTriage, triageCandidates, triageName, type TriageRow } from "../core/triage";
import type { TriageProgress } from "./protocol";

const SLICE_MS = 25;
const POST_EVERY_MS = 500;
const TRIAGE_LIMIT = 300;

/** `suggest`: a name's suggestion at the defaults (the name queries keep the biggest for later). */
export function runTriage(
  index: CorpusIndex,
  post: (progress: TriageProgress) => void,
  suggest?: (key: string) => SplitSuggestion,
): void {
  const names = triageCandidates(index);
  let rows: TriageRow[] = [];
  let next = 0;
  let lastPost = 0;

  const slice = (): void => {
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
