// Everything the split method looks up repeatedly, computed once per corpus: papers per name key,
// name keys per paper, interned term ids with inverse document frequencies, and the co-author graph
// (the compact CSR build the app's first frame also uses: one graph build per corpus).
import { detectCommunitiesCsr, type Communities } from "./communities";
import type { Corpus } from "./corpus";
import { buildCoauthorCsr, type CoauthorCsr } from "./csr/csrGraph";
import { fastFoldedKey, fastNameKey } from "./csr/fastNameKey";
import { affiliationTerms, titleTerms, venueKey, venueTerms } from "./text";

/** A sparse vector over interned term ids, ids ascending. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

export interface CorpusIndex {
  corpus: Corpus;
  /** The co-author graph: node i is the name key `graph.keys[i]`. */
  graph: CoauthorCsr;
  /** Name key → node id in `graph`. */
  nodeOf: Map<string, number>;
  /** Name key → indexes into `corpus.papers` (each paper once). */
  papersOfName: Map<string, number[]>;
  paperIndexById: Map<string, number>;
  /** Per paper: its distinct author name keys, in author order. */
  keysOfPaper: string[][];
  /** Per paper: the name key of each mention, parallel to `paper.authors`. */
  mentionKeys: string[][];
  /** Per paper: title (and keyword) terms, as used for the title vectors. */
  titleTermsOfPaper: string[][];
  /** Per paper: TF-IDF of title (and keyword/abstract) terms; of venue key and venue words. */
  titleVectors: SparseVector[];
  venueVectors: SparseVector[];
  /** TF-IDF vector of an affiliation string (memoised: the same few strings recur). */
  affiliationVector(affiliation: string): SparseVector;
  /** How many distinct name keys share each surname / given name (folded), a prior on ambiguity. */
  surnameCounts: Map<string, number>;
  givenNameCounts: Map<string, number>;
  /** Global co-author communities, computed on first use (Louvain is the costly part). */
  communities(): Communities;
  seed: number;
}

/** The index, built in one go (Node callers: CLI, batch, tests). */
export function indexCorpus(corpus: Corpus, graph?: CoauthorCsr, seed = 1): CorpusIndex {
  const steps = indexingSteps(corpus, graph, seed);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Papers (or names) handled between two yields of indexingSteps. */
const STEP = 512;

/**
 * indexCorpus in steps: the generator yields every few hundred papers (or names), so a caller can
 * hand the thread to other work between steps (a Worker answering searches while it indexes
 * 100k papers, seconds in all) and resume; the index it returns is indexCorpus's, to the bit.
 */
export function* indexingSteps(
  corpus: Corpus,
  graph?: CoauthorCsr,
  seed = 1,
): Generator<void, CorpusIndex> {
  const { papers } = corpus;
  const papersOfName = new Map<string, number[]>();
  const paperIndexById = new Map<string, number>();
  const keysOfPaper: string[][] = [];
  const mentionKeys: string[][] = [];
  const titleTermLists: string[][] = [];
  const venueTermLists: string[][] = [];
  const affiliationLists: string[][] = [];
  for (let i = 0; i < papers.length; i++) {
    const paper = papers[i]!;
    paperIndexById.set(paper.id, i);
    const keys: string[] = [];
    const ofMentions = paper.authors.map((mention) => fastNameKey(mention.name));
    mentionKeys.push(ofMentions);
    for (const key of ofMentions) {
      let list = papersOfName.get(key);
      if (!list) papersOfName.set(key, (list = []));
      // A name printed twice on one paper counts once; checked in O(1), as author lists run to 3,000.
      if (list[list.length - 1] === i) continue;
      keys.push(key);
      list.push(i);
    }
    keysOfPaper.push(keys);
    titleTermLists.push([
      ...titleTerms(paper.title),
      ...(paper.keywords ?? []).flatMap(titleTerms),
    ]);
    venueTermLists.push(
      paper.venue ? [`=${venueKey(paper.venue)}`, ...venueTerms(paper.venue)] : [],
    );
    for (const m of paper.authors)
      affiliationLists.push(m.affiliation ? [...new Set(affiliationTerms(m.affiliation))] : []);
    if (i % STEP === STEP - 1) yield;
  }

  const surnameCounts = new Map<string, number>();
  const givenNameCounts = new Map<string, number>();
  let counted = 0;
  for (const key of papersOfName.keys()) {
    const { given, surname } = nameParts(key);
    surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
    if (given) givenNameCounts.set(given, (givenNameCounts.get(given) ?? 0) + 1);
    if (++counted % STEP === 0) yield;
  }
  const affiliationIdf = yield* idfTable(affiliationLists);
  const affiliationCache = new Map<string, SparseVector>();
  const resolvedGraph = graph ?? buildCoauthorCsr(corpus);
  const nodeOf = new Map<string, number>();
  resolvedGraph.keys.forEach((key, id) => nodeOf.set(key, id));
  yield;
  const titleVectors = tfidfVectors(titleTermLists, yield* idfTable(titleTermLists));
  const venueVectors = tfidfVectors(venueTermLists, yield* idfTable(venueTermLists));
  let communities: Communities | undefined;
  return {
    corpus,
    graph: resolvedGraph,
    nodeOf,
    papersOfName,
    paperIndexById,
    keysOfPaper,
    mentionKeys,
    titleTermsOfPaper: titleTermLists,
    titleVectors,
    venueVectors,
    affiliationVector: (affiliation) => {
      let vector = affiliationCache.get(affiliation);
      if (!vector) {
        const weights = new Map<number, number>();
        for (const term of new Set(affiliationTerms(affiliation))) {
          const entry = affiliationIdf.get(term);
          if (entry) weights.set(entry.id, entry.idf);
        }
        affiliationCache.set(affiliation, (vector = toSparse(weights)));
      }
      return vector;
    },
    surnameCounts,
    givenNameCounts,
    communities: () => (communities ??= detectCommunitiesCsr(resolvedGraph, { seed })),
    seed,
  };
}

/** Term → id (in order of first appearance) and inverse document frequency. */
function* idfTable(documents: string[][]): Generator<void, IdfTable> {
  const df = new Map<string, number>();
  let nonEmpty = 0;
  for (let d = 0; d < documents.length; d++) {
    const doc = documents[d]!;
    if (doc.length > 0) nonEmpty++;
    for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
    if (d % STEP === STEP - 1) yield;
  }
  const n = Math.max(1, nonEmpty);
  const table: IdfTable = new Map();
  let id = 0;
  for (const [term, count] of df) table.set(term, { id: id++, idf: Math.log(n / count) });
  return table;
}

type IdfTable = Map<string, { id: number; idf: number }>;

/**
 * Each document's TF-IDF vector, made when first read and kept: a split reads those of one name's
 * papers, so making all of them up front (seconds at 100k papers) only delayed the first name.
 */
function tfidfVectors(documents: string[][], idf: IdfTable): SparseVector[] {
  // Filled (not holey), so array methods that skip holes (map, forEach) see every document.
  const made = new Array<SparseVector | undefined>(documents.length).fill(
    undefined,
  ) as SparseVector[];
  return new Proxy(made, {
    get(target, property, receiver) {
      if (typeof property === "string") {
        const d = Number(property);
        if (d >= 0 && d < documents.length && String(d) === property)
          return (target[d] ??= tfidfVector(documents[d]!, idf));
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

function tfidfVector(document: string[], idf: IdfTable): SparseVector {
  const weights = new Map<number, number>();
  for (const term of document) {
    const entry = idf.get(term)!;
    weights.set(entry.id, (weights.get(entry.id) ?? 0) + entry.idf);
  }
  return toSparse(weights);
}

export function toSparse(weights: Map<number, number>): SparseVector {
  const ids = Int32Array.from(weights.keys()).sort();
  const values = new Float64Array(ids.length);
  ids.forEach((id, i) => (values[i] = weights.get(id)!));
  return { ids, values };
}

/** Given name (first token) and surname (last token) of a name, accent-folded. */
export function nameParts(name: string): { given: string | undefined; surname: string } {
  const tokens = fastFoldedKey(name).split(" ").filter(Boolean);
  return {
    given: tokens.length > 1 ? tokens[0] : undefined,
    surname: tokens[tokens.length - 1] ?? "",
  };
}

/** The most common printed form of a name key (the key itself when no paper carries it). */
export function labelOf(index: CorpusIndex, key: string): string {
  const node = index.nodeOf.get(key);
  return node === undefined ? key : index.graph.labels[node]!;
}
