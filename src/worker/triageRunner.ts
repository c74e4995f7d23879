// Triage in the background: splits every name with ≥ 2 papers, a few at a time, yielding between
// slices so name and community queries are answered promptly; partial rankings are posted as they grow.
import type { CorpusIndex } from "../core/corpusIndex";
import { suggestSplit } from "../core/split";
import type { TriageProgress, TriageRow } from "./protocol";

const SLICE_MS = 25;
const POST_EVERY_MS = 500;
const MIN_PAPERS = 2;
export const TRIAGE_LIMIT = 300;

export function runTriage(index: CorpusIndex, post: (progress: TriageProgress) => void): void {
  const names = [...index.papersOfName.entries()]
    .filter(([, papers]) => papers.length >= MIN_PAPERS)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([key]) => key);
  const rows: TriageRow[] = [];
  let next = 0;
  let lastPost = 0;

  const slice = (): void => {
    const start = performance.now();
    while (next < names.length && performance.now() - start < SLICE_MS) {
      const suggestion = suggestSplit(index, names[next++]!);
      rows.push({
        nameKey: suggestion.nameKey,
        label: suggestion.label,
        papers: suggestion.paperIds.length,
        identities: suggestion.identities.length,
        ambiguity: suggestion.ambiguity,
      });
    }
    const finished = next >= names.length;
    if (finished || performance.now() - lastPost > POST_EVERY_MS) {
      lastPost = performance.now();
      rows.sort(byAmbiguity);
      rows.length = Math.min(rows.length, TRIAGE_LIMIT);
      post({ rows: rows.slice(), done: next, total: names.length });
    }
    if (!finished) setTimeout(slice, 0);
  };
  slice();
}

function byAmbiguity(a: TriageRow, b: TriageRow): number {
  return b.ambiguity - a.ambiguity || b.papers - a.papers || (a.nameKey < b.nameKey ? -1 : 1);
}
