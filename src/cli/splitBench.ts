// Split timing: the full suggestion (blocks, evidence, clustering, confidence, descriptions) for
// every labeled name of every shared labeled set beside the checkout (the default corpus when they
// are not there), median of three runs per name, then p50/p95/max per set; and for the biggest
// name, where the time goes. Wall time and this process's CPU time both: the machine is shared.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { NO_CONSTRAINTS } from "../core/constraints";
import { indexCorpus, type CorpusIndex } from "../core/corpusIndex";
import { describeIdentities } from "../core/identitySummary";
import { suggestSplit } from "../core/split";
import { clusterBlocks } from "../core/split/cluster";
import { nameBlocks, nameEvidence } from "../core/split/evidence";
import { DENSE_BLOCKS } from "../core/split/parts";
import { nameKey } from "../core/nameKey";
import { BLOCK_SEED, blockCorpus, suggestForBlock } from "../store/nameBlock";
import { collidingCorpus } from "./bench/collidingCorpus";
import { blockScores } from "../core/split/model";
import { FITTED_MODEL } from "../core/split/weights";
import { syntheticCorpus } from "./bench/syntheticCorpus";
import { loadLabeledSets } from "./labeledSets";

const REPETITIONS = 3;
const SHARED = resolve(import.meta.dirname, "../../../shared/data");
const SETS = [
  "arnetminer-tang",
  "pubmed-song/pubmed-song.json",
  "citeseerx-kim/citeseerx-kim-block.json",
  "citeseerx-kim/citeseerx-kim-fullname.json",
];

interface Timed {
  key: string;
  papers: number;
  wall: number;
  cpu: number;
}

export async function runSplitBench(): Promise<string[]> {
  const paths = SETS.map((set) => resolve(SHARED, set)).filter((path) => existsSync(path));
  const sets = await loadLabeledSets(paths.length > 0 ? paths : [undefined]);
  const lines = [
    `split suggestion per labeled name (median of ${REPETITIONS} runs each; ms wall / ms CPU of this process)`,
  ];
  let biggest: { index: CorpusIndex; key: string; papers: number } | undefined;
  const everyName: Timed[] = [];
  for (const set of sets) {
    const times = set.names.map((key) => timeName(set.index, key));
    everyName.push(...times);
    const pair = quantiles(times);
    const slowest = [...times].sort((a, b) => b.wall - a.wall)[0]!;
    lines.push(
      `  ${set.label.padEnd(26)} ${String(set.names.length).padStart(4)} names  p50 ${pair(0.5)}  p95 ${pair(0.95)} (target ≤ 50)  max ${pair(1)}  slowest ${slowest.key} (${slowest.papers} papers)`,
    );
    for (const t of times)
      if (!biggest || t.papers > biggest.papers)
        biggest = { index: set.index, key: t.key, papers: t.papers };
  }
  const pooled = quantiles(everyName);
  lines.push(
    `  ${"every set, pooled".padEnd(26)} ${String(everyName.length).padStart(4)} names  p50 ${pooled(0.5)}  p95 ${pooled(0.95)} (target ≤ 50)  max ${pooled(1)} (target ≤ 300 for a 725-paper name)`,
  );
  if (biggest) lines.push(...phases(biggest.index, biggest.key, biggest.papers));
  lines.push("hyper-authorship (co-authorship stays linear; see README):");
  for (const huge of [1, 50]) lines.push(hyperAuthorshipBench(huge));
  lines.push(...hugeNamesBench(HUGE_CORPUS_PAPERS, 3));
  return lines;
}

const HUGE_CORPUS_PAPERS = 300_000;

/**
 * The busiest names of a generated corpus with colliding names (as in the store bench), each split
 * the way the app's store mode and the batch run do it: its papers as a corpus of their own,
 * indexed, then split. A name of more than DENSE_BLOCKS blocks is clustered in parts.
 */
export function hugeNamesBench(papers: number, names: number): string[] {
  const corpus = collidingCorpus({ papers });
  const counts = new Map<string, number>();
  for (const paper of corpus.papers)
    for (const key of new Set(paper.authors.map((a) => nameKey(a.name))))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  const busiest = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, names);
  const lines = [
    `the busiest names of a generated ${papers.toLocaleString("en-US")}-paper corpus with colliding names, each indexed and split as the store and batch do (ms wall / ms CPU; median of ${REPETITIONS}):`,
  ];
  for (const [key] of busiest) {
    const block = corpus.papers.filter((p) => p.authors.some((a) => nameKey(a.name) === key));
    const index = indexCorpus(blockCorpus(key, block), undefined, BLOCK_SEED);
    const blocks = nameBlocks(index, key, NO_CONSTRAINTS).blocks.length;
    const indexing = median(
      Array.from({ length: REPETITIONS }, () =>
        timed(() => indexCorpus(blockCorpus(key, block), undefined, BLOCK_SEED)),
      ),
    );
    let identities = 0;
    const split = median(
      Array.from({ length: REPETITIONS }, () =>
        timed(() => (identities = suggestForBlock(key, blockCorpus(key, block)).identities.length)),
      ),
    );
    lines.push(
      `  ${key} (${block.length} papers, ${blocks} blocks${blocks > DENSE_BLOCKS ? ", clustered in parts" : ""}): index ${fmt(indexing)}, index + split ${fmt(split)}, ${identities} identities`,
    );
  }
  return lines;
}

function timed(run: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

function median(times: { wall: number; cpu: number }[]): { wall: number; cpu: number } {
  const mid = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(times.map((t) => t.wall)), cpu: mid(times.map((t) => t.cpu)) };
}

function fmt(t: { wall: number; cpu: number }): string {
  return `${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)} ms`;
}

/** "wall / CPU" ms at quantile q of the timings. */
function quantiles(times: Timed[]): (q: number) => string {
  const at = (q: number, f: (t: Timed) => number): number => {
    const sorted = times.map(f).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  return (q) => `${at(q, (t) => t.wall).toFixed(1)} / ${at(q, (t) => t.cpu).toFixed(1)}`;
}

function timeName(index: CorpusIndex, key: string): Timed {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < REPETITIONS; r++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    suggestSplit(index, key);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { key, papers: index.papersOfName.get(key)!.length, wall: median(wall), cpu: median(cpu) };
}

/** Where the time of one suggestion goes, step by step (median of the repetitions). */
function phases(index: CorpusIndex, key: string, papers: number): string[] {
  const steps: Record<string, number[]> = {
    evidence: [],
    scores: [],
    clustering: [],
    describing: [],
  };
  let blocks = 0;
  for (let r = 0; r < REPETITIONS; r++) {
    let t = performance.now();
    const lap = (step: string): void => {
      const now = performance.now();
      steps[step]!.push(now - t);
      t = now;
    };
    const evidence = nameEvidence(index, key, NO_CONSTRAINTS);
    lap("evidence");
    const scores = blockScores(evidence, FITTED_MODEL);
    lap("scores");
    const assignment = clusterBlocks("profile", {
      evidence,
      model: FITTED_MODEL,
      scores,
      resolution: 1,
      seed: 1,
    });
    lap("clustering");
    const clusters: number[][] = [];
    assignment.forEach((g, b) => (clusters[g] ??= []).push(...evidence.blocks[b]!.papers));
    describeIdentities(
      index,
      key,
      clusters,
      clusters.map(() => 1),
      clusters.map(() => 1),
    );
    lap("describing");
    blocks = evidence.blocks.length;
  }
  const median = (xs: number[]): string =>
    xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
  return [
    `  where the time goes for the biggest name, ${key} (${papers} papers, ${blocks} co-author blocks), ms wall:`,
    `    ${Object.entries(steps)
      .map(([step, xs]) => `${step} ${median(xs)}`)
      .join(", ")}`,
  ];
}

/**
 * Hyper-authorship (issue: one 3,000-author paper made a split take 38 s and 1.4 GB): a generated
 * 5,000-paper corpus with `huge` papers of 3,000 authors each, all signed by the name that is split.
 */
export function hyperAuthorshipBench(huge: number): string {
  const corpus = syntheticCorpus({ authors: 8000, papers: 5000, seed: 3 });
  const consortium = Array.from({ length: 2999 }, (_, i) => ({ name: `Member ${i} Collab` }));
  for (let h = 0; h < huge; h++) {
    corpus.papers.push({
      id: `huge-${h}`,
      title: `Observation of a new particle in run ${h}`,
      venue: "Phys. Lett. B",
      year: 2012 + (h % 10),
      authors: [{ name: "Wei Zhang" }, ...consortium.slice(0, 2999 - h)],
    });
  }
  for (let p = 0; p < 40; p++) corpus.papers[p * 97]!.authors.push({ name: "Wei Zhang" });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const index = indexCorpus(corpus);
  const indexed = performance.now();
  const suggestion = suggestSplit(index, "wei zhang");
  const done = performance.now();
  const rss = (process.memoryUsage().rss - rssBefore) / 1e6;
  return `  ${huge} paper(s) of 3,000 authors in 5,000: index ${(indexed - started).toFixed(0)} ms, split of the name on them ${(done - indexed).toFixed(0)} ms (${suggestion.identities.length} identities; target ≤ 2,000 ms), RSS +${rss.toFixed(0)} MB (target ≤ 500)`;
}
