// Everything the split method looks up repeatedly, computed once per corpus: papers per name key,
// name keys per paper, interned term ids with inverse document frequencies, and the co-author graph
// (the compact CSR build the app's first frame also uses: one graph build per corpus).
import { detectCommunitiesCsr, type Communities } from "./communities";
import type { Corpus } from "./corpus";
import { buildCoauthorCsr, type CoauthorCsr } from "./csr/csrGraph";
import { foldedKey, nameKey } from "./nameKey";
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

export function indexCorpus(corpus: Corpus, graph?: CoauthorCsr, seed = 1): CorpusIndex {
  const papersOfName = new Map<string, number[]>();
  const paperIndexById = new Map<string, number>();
  const keysOfPaper: string[][] = [];
  const mentionKeys: string[][] = [];
  corpus.papers.forEach((paper, i) => {
    paperIndexById.set(paper.id, i);
    const keys: string[] = [];
    const ofMentions = paper.authors.map((mention) => nameKey(mention.name));
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
  });

  const titleTermLists = corpus.papers.map((p) => [
    ...titleTerms(p.title),
    ...(p.keywords ?? []).flatMap(titleTerms),
  ]);
  const venueTermLists = corpus.papers.map((p) =>
    p.venue ? [`=${venueKey(p.venue)}`, ...venueTerms(p.venue)] : [],
  );
  const affiliationLists = corpus.papers.flatMap((p) =>
    p.authors.map((m) => (m.affiliation ? [...new Set(affiliationTerms(m.affiliation))] : [])),
  );

  const surnameCounts = new Map<string, number>();
  const givenNameCounts = new Map<string, number>();
  for (const key of papersOfName.keys()) {
    const { given, surname } = nameParts(key);
    surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
    if (given) givenNameCounts.set(given, (givenNameCounts.get(given) ?? 0) + 1);
  }
  const affiliationIdf = idfTable(affiliationLists);
  const affiliationCache = new Map<string, SparseVector>();
  const resolvedGraph = graph ?? buildCoauthorCsr(corpus);
  const nodeOf = new Map<string, number>();
  resolvedGraph.keys.forEach((key, id) => nodeOf.set(key, id));
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
    titleVectors: tfidfVectors(titleTermLists),
    venueVectors: tfidfVectors(venueTermLists),
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

function idfTable(documents: string[][]): Map<string, { id: number; idf: number }> {
  const df = new Map<string, number>();
  for (const doc of documents)
    for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = Math.max(1, documents.filter((d) => d.length > 0).length);
  const table = new Map<string, { id: number; idf: number }>();
  let id = 0;
  for (const [term, count] of df) table.set(term, { id: id++, idf: Math.log(n / count) });
  return table;
}

function tfidfVectors(documents: string[][]): SparseVector[] {
  const idf = idfTable(documents);
  return documents.map((doc) => {
    const weights = new Map<number, number>();
    for (const term of doc) {
      const entry = idf.get(term)!;
      weights.set(entry.id, (weights.get(entry.id) ?? 0) + entry.idf);
    }
    return toSparse(weights);
  });
}

export function toSparse(weights: Map<number, number>): SparseVector {
  const ids = Int32Array.from(weights.keys()).sort();
  const values = new Float64Array(ids.length);
  ids.forEach((id, i) => (values[i] = weights.get(id)!));
  return { ids, values };
}

/** Given name (first token) and surname (last token) of a name, accent-folded. */
export function nameParts(name: string): { given: string | undefined; surname: string } {
  const tokens = foldedKey(name).split(" ").filter(Boolean);
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
