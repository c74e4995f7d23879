// Split timing on the default corpus's labeled names: the full suggestion (evidence, merging,
// eight confidence runs, descriptions) per name, median of three repetitions, then p50/p95/max.
import { indexCorpus } from "../core/corpusIndex";
import { labeledNames } from "../core/evaluation";
import { suggestSplit } from "../core/split";
import { readCorpusFromPath } from "../io/readPath";

const REPETITIONS = 3;

export async function runSplitBench(): Promise<string[]> {
  const corpus = await readCorpusFromPath();
  let started = performance.now();
  const index = indexCorpus(corpus);
  const indexMs = performance.now() - started;
  const names = labeledNames(index);
  const times: { key: string; ms: number; papers: number }[] = [];
  for (const key of names) {
    const runs: number[] = [];
    for (let r = 0; r < REPETITIONS; r++) {
      started = performance.now();
      suggestSplit(index, key);
      runs.push(performance.now() - started);
    }
    runs.sort((a, b) => a - b);
    times.push({
      key,
      ms: runs[Math.floor(REPETITIONS / 2)]!,
      papers: index.papersOfName.get(key)!.length,
    });
  }
  times.sort((a, b) => a.ms - b.ms);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.ms;
  const slowest = times
    .slice(-3)
    .reverse()
    .map((t) => `${t.key} (${t.papers} papers) ${t.ms.toFixed(1)} ms`);
  return [
    `split suggestion, ${names.length} labeled names of the default corpus (median of ${REPETITIONS} runs each, 8 confidence runs per suggestion):`,
    `  corpus index build: ${indexMs.toFixed(0)} ms for ${corpus.papers.length} papers`,
    `  per name: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (target ≤ 20 ms), max ${times[times.length - 1]!.ms.toFixed(1)} ms`,
    `  slowest: ${slowest.join("; ")}`,
  ];
}
