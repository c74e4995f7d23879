// Deterministic synthetic corpora for benchmarks and tests: authors in planted communities with
// power-law productivity, papers of 1–8 authors drawn mostly from one community, and printed names
// that vary like real ones (case, doubled spaces, accents), so nameKey has real work to do.
import type { AuthorMention, Corpus, Paper } from "../../core/corpus";
import { seededRng, type Rng } from "../../core/random";

export interface SyntheticOptions {
  authors: number;
  papers: number;
  seed?: number;
  /** Mean planted community size (sizes vary between half and 1.5 times this). */
  communitySize?: number;
  /** Probability that an author of a paper comes from outside the paper's community. */
  mixing?: number;
}

// P(k authors), k = 1..8: most papers have 2–4 authors, a few have many.
const AUTHOR_COUNT_WEIGHTS = [0.12, 0.2, 0.22, 0.18, 0.12, 0.08, 0.05, 0.03];
const GIVEN = ["anna", "bo", "carlos", "dmitri", "eva", "fatima", "georg", "hiro", "ines", "jan"]
  .concat(["kai", "lena", "ming", "nadia", "olaf", "priya", "quentin", "rosa", "sven", "tomás"])
  .concat(["ulla", "vikram", "wen", "xavier", "yusuf", "zoë", "ali", "björn", "chloé", "dario"]);
const SYLLABLES = [
  "ka",
  "ri",
  "mo",
  "len",
  "sa",
  "to",
  "ber",
  "gu",
  "vi",
  "na",
  "dor",
  "el",
].concat(["ström", "ha", "zi", "pe", "lo", "wan", "ti", "cho", "mar", "ne", "so", "ric"]);

export function syntheticCorpus(options: SyntheticOptions): Corpus {
  const { authors, papers: paperCount, seed = 1, communitySize = 60, mixing = 0.1 } = options;
  const rng = seededRng(seed);
  // Author productivity ~ Pareto(α = 2.2): most write one or two papers, a few write hundreds.
  const cumulative = new Float64Array(authors);
  let sum = 0;
  for (let a = 0; a < authors; a++) cumulative[a] = sum += (1 - rng()) ** (-1 / 1.2);
  // Communities are contiguous id ranges, so drawing inside one is a binary search on a range.
  const bounds = [0];
  while (bounds[bounds.length - 1]! < authors) {
    const size = Math.round(communitySize * (0.5 + rng()));
    bounds.push(Math.min(authors, bounds[bounds.length - 1]! + Math.max(2, size)));
  }
  const communityWeight = new Float64Array(bounds.length - 1);
  for (let c = 0; c + 1 < bounds.length; c++) communityWeight[c] = cumulative[bounds[c + 1]! - 1]!;

  const papers: Paper[] = [];
  const chosen = new Set<number>();
  for (let p = 0; p < paperCount; p++) {
    const c = pick(communityWeight, 0, communityWeight.length, rng() * sum);
    const lo = bounds[c]!;
    const hi = bounds[c + 1]!;
    const from = lo === 0 ? 0 : cumulative[lo - 1]!;
    const k = authorCount(rng);
    chosen.clear();
    for (let tries = 0; chosen.size < k && tries < 4 * k; tries++) {
      chosen.add(
        rng() < mixing
          ? pick(cumulative, 0, authors, rng() * sum)
          : pick(cumulative, lo, hi, from + rng() * (cumulative[hi - 1]! - from)),
      );
    }
    const mentions: AuthorMention[] = [];
    for (const a of chosen) mentions.push({ name: printedName(a, rng) });
    papers.push({ id: `p${p}`, title: `Paper ${p}`, year: 1990 + (p % 30), authors: mentions });
  }
  return {
    id: `synthetic-${authors}-${paperCount}-${seed}`,
    label: "synthetic",
    papers,
    notes: [],
  };
}

/** First index in [lo, hi) whose cumulative weight exceeds x. */
function pick(cumulative: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi - 1) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid - 1]! > x) hi = mid;
    else lo = mid;
  }
  return lo;
}

function authorCount(rng: Rng): number {
  let x = rng();
  for (let k = 0; k < AUTHOR_COUNT_WEIGHTS.length; k++) {
    x -= AUTHOR_COUNT_WEIGHTS[k]!;
    if (x < 0) return k + 1;
  }
  return AUTHOR_COUNT_WEIGHTS.length;
}

/**
 * A distinct name per author id, built fresh for every mention (as a parsed file would give a new
 * string each time); one mention in twenty is printed with other case or spacing.
 */
function printedName(author: number, rng: Rng): string {
  let rest = author;
  const given = GIVEN[rest % GIVEN.length]!;
  rest = Math.floor(rest / GIVEN.length);
  const initial = String.fromCharCode(65 + (rest % 26));
  rest = Math.floor(rest / 26);
  let surname = "";
  do {
    surname += SYLLABLES[rest % SYLLABLES.length]!;
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  const name = `${capitalise(given)} ${initial}. ${capitalise(surname)}`;
  const variant = rng();
  if (variant < 0.03) return name.toUpperCase();
  if (variant < 0.05) return name.replace(" ", "  ");
  return name;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
