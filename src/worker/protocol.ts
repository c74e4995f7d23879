// The messages between the main thread and the corpus Worker. Everything is plain data or typed
// arrays, so it crosses by structured clone (arrays by transfer) without a serialisation step.
import type { ImportNote } from "../core/corpus";
import type { PortablePaper } from "../core/decisions";
import type { SplitConstraints, SplitSuggestion } from "../core/identity";
import type { VariantKind } from "../core/nameKey";
import type { ReportedRecords } from "../core/workspace/sourceRecords";
import type { NameWorkspace } from "../core/workspace/types";
import type { TriageRow } from "../core/triage";
import type { ParsedFile } from "../io/format";

export type LoadStage = "fetch" | "parse" | "graph" | "communities" | "layout" | "search";

export interface CorpusSummary {
  id: string;
  label: string;
  papers: number;
  names: number;
  notes: ImportNote[];
  /** Some mentions carry ground-truth person labels (quality can be shown). */
  hasLabels: boolean;
}

/**
 * What the overview draws, as columns: node i is `keys[i]`; edge j joins `source[j]` and
 * `target[j]`. Under the drawing budget that is every author and co-authorship of the corpus; above
 * it (`aggregated`), the largest communities drawn as one node each (`members[i]` > 0: the authors
 * it stands for, keyed by `communityNodeKey`) joined by their strongest links, opened on demand
 * (`expand`, `neighbourhood`), so the page never holds more than the budget whatever the corpus.
 */
export interface GraphPayload {
  corpus: CorpusSummary;
  aggregated: boolean;
  keys: string[];
  labels: string[];
  papers: Uint32Array;
  community: Int32Array;
  /** Authors a community node stands for; 0 for an author's own node. */
  members: Uint32Array;
  x: Float32Array;
  y: Float32Array;
  source: Uint32Array;
  target: Uint32Array;
  weight: Float32Array;
  /** Authors in each community, largest first (the first COMMUNITIES_LISTED). */
  communitySizes: number[];
  /** Each listed community's busiest author's name. */
  communityHubs: string[];
  /** Communities in the corpus (more than listed on a large one). */
  communityCount: number;
  modularity: number;
}

/** Nodes and edges added to an aggregated overview (a community opened, a name's co-authors). */
export interface GraphPatch {
  /** Community nodes this patch replaces by their authors. */
  replaces: string[];
  nodes: {
    key: string;
    label: string;
    papers: number;
    community: number;
    members: number;
    x: number;
    y: number;
  }[];
  edges: { source: string; target: string; weight: number }[];
}

const COMMUNITY_NODE = "\u0000community\u0000";

/** The key of community c's node in an aggregated overview (no name key starts with NUL). */
export function communityNodeKey(community: number): string {
  return `${COMMUNITY_NODE}${community}`;
}

/** The community a community node stands for, or undefined for an author's node. */
export function communityOfNodeKey(key: string): number | undefined {
  if (!key.startsWith(COMMUNITY_NODE)) return undefined;
  const community = Number(key.slice(COMMUNITY_NODE.length));
  return Number.isInteger(community) && community >= 0 ? community : undefined;
}

export interface NameHit {
  key: string;
  label: string;
  papers: number;
}

export interface AuthorRef {
  key: string;
  name: string;
}

/** One paper as the panels show it. `truth` is the ground-truth label of the viewed name's mention. */
export interface PaperView {
  id: string;
  title: string;
  venue?: string;
  year?: number;
  authors: AuthorRef[];
  truth?: string;
  /** The affiliation printed on the viewed name's mention. */
  affiliation?: string;
}

export interface VariantView {
  key: string;
  label: string;
  kind: VariantKind;
  papers: number;
}

export interface NameDetails {
  key: string;
  label: string;
  papers: PaperView[];
  suggestion: SplitSuggestion;
  variants: VariantView[];
  /** Which decisions the suggestion was computed around (core/decisions `constraintsKey`). */
  constraintsKey: string;
  /** The suggestion's identities with their co-authors, named and laid out for drawing. */
  workspace: NameWorkspace;
  /** A record count the source reports for this name without ids ("2 author rows"). */
  reportedRecords?: ReportedRecords;
  /**
   * On the page: papers still on their way (`papers` is empty until all are in). A store name's
   * answer comes without its papers, so its workspace is drawn first; the page then asks for them
   * a page at a time (`namePapers`).
   */
  pendingPapers?: number;
}

/**
 * A name query's answer: the name's details, without its papers when the page said it holds them
 * (a resolution change or a decision on the name already open changes the split, not the papers),
 * or when they come by pages (`namePapers`: a store name, whose thousands of papers would hold
 * back its workspace on both threads).
 */
export type NameAnswer = Omit<NameDetails, "papers"> & { papers?: PaperView[] };

export interface CommunityDetails {
  community: number;
  members: number;
  /** Papers with at least two authors in the community, or a single author who is in it. */
  papers: PaperView[];
}

export type { TriageRow };

export interface TriageProgress {
  rows: TriageRow[];
  done: number;
  total: number;
}

/** Request kinds that expect one answer, with what they carry and what they return. */
export interface Queries {
  name: {
    args: {
      key: string;
      resolution: number;
      constraints?: SplitConstraints;
      /** The page holds the name's papers from an earlier answer: leave them out. */
      papersKnown?: boolean;
    };
    result: NameAnswer | undefined;
  };
  community: { args: { community: number }; result: CommunityDetails };
  papers: { args: { ids: string[] }; result: PaperView[] };
  /**
   * The name's papers `from` on, `count` at most (fewer at the end), in one order for the name
   * while it is open: a name's answer without papers is followed by these until all are in.
   */
  namePapers: {
    args: { key: string; from: number; count: number };
    result: { papers: PaperView[]; total: number };
  };
  /** The name's papers with their portable keys (decisions export and import). */
  portable: { args: { key: string }; result: PortablePaper[] };
  /** Names matching a typed query (folded, prefix, fuzzy), busiest first among equals. */
  search: { args: { query: string; limit: number }; result: NameHit[] };
  /** An aggregated overview's community node opened into its busiest authors. */
  expand: { args: { community: number }; result: GraphPatch };
  /** A name and its strongest co-authors, for an aggregated overview. */
  neighbourhood: { args: { key: string }; result: GraphPatch };
}

export type QueryKind = keyof Queries;

/**
 * What a slow query is doing, posted while it works so the page can say so: a name of thousands
 * of papers in a store is read, split and laid out in seconds, not at once.
 */
export interface QueryStep {
  stage: "read" | "split" | "workspace";
  /** The name as printed, once known. */
  label?: string;
  papers?: number;
  identities?: number;
}

export type Request =
  /**
   * Fetch and parse a corpus by URL (the default corpus, `?corpus=`), then build it. `budget`:
   * nodes + edges the overview may draw author by author before it is aggregated. `overviewUrl`:
   * the overview computed at build time (shippedOverview.ts), drawn before the corpus is built.
   */
  | {
      type: "load";
      url: string;
      corpusId: string;
      label: string;
      fileName: string;
      budget?: number;
      overviewUrl?: string;
    }
  /** Open a corpus store (`?store=`) by URL: read by range requests, a name block at a time. */
  | { type: "openStore"; url: string; corpusId: string }
  /** Build the corpus the import Worker will send on `port` (see ImportMessage). */
  | { type: "adopt"; corpusId: string; label: string; port: MessagePort; budget?: number }
  /** The import was cancelled or failed: forget the pending corpus. */
  | { type: "abandon"; corpusId: string }
  /** Show an already loaded corpus again: its graph and `ready` are sent anew. */
  | { type: "activate"; corpusId: string }
  | { type: "triage"; corpusId: string }
  | { [K in QueryKind]: QueryRequest<K> }[QueryKind];

/** One query of kind K; its answer is an `Answer<K>` with the same id. */
export interface QueryRequest<K extends QueryKind> {
  type: "query";
  corpusId: string;
  kind: K;
  id: number;
  args: Queries[K]["args"];
}

/** The answer to a `QueryRequest<K>`: typed by the same map, so no side casts what it receives. */
export interface Answer<K extends QueryKind> {
  type: "answer";
  id: number;
  kind: K;
  result: Queries[K]["result"];
}

export type Response =
  | { type: "progress"; corpusId: string; stage: LoadStage; fraction: number }
  | { type: "graph"; corpusId: string; payload: GraphPayload }
  | { type: "ready"; corpusId: string }
  | { type: "error"; corpusId: string; message: string }
  | { type: "triage"; corpusId: string; progress: TriageProgress }
  | { [K in QueryKind]: Answer<K> }[QueryKind]
  /** Query `id` is still working, now at `step`. */
  | { type: "working"; id: number; kind: QueryKind; step: QueryStep }
  | { type: "failed"; id: number; kind: QueryKind; message: string };

/** Main thread → import Worker: the files to read, and the port to the corpus Worker. */
export interface ImportRequest {
  files: File[];
  port: MessagePort;
}

/** Import Worker → main thread. */
export type ImportEvent =
  | { type: "progress"; read: number; total: number; file: string }
  | { type: "parsed"; papers: number; notes: number }
  | { type: "error"; message: string };

/** Import Worker → corpus Worker, over the adopt port. */
export interface ImportMessage {
  files: ParsedFile[];
}
