// The messages between the main thread and the corpus Worker. Everything is plain data or typed
// arrays, so it crosses by structured clone (arrays by transfer) without a serialisation step.
import type { ImportNote } from "../core/corpus";
import type { SplitSuggestion } from "../core/identity";
import type { VariantKind } from "../core/nameKey";

export type LoadStage = "fetch" | "parse" | "graph" | "communities" | "layout" | "index";

export interface CorpusSummary {
  id: string;
  label: string;
  papers: number;
  names: number;
  notes: ImportNote[];
  /** Some mentions carry ground-truth person labels (quality can be shown). */
  hasLabels: boolean;
}

/** The co-author graph as columns: node i is `keys[i]`; edge j joins `source[j]` and `target[j]`. */
export interface GraphPayload {
  corpus: CorpusSummary;
  keys: string[];
  labels: string[];
  papers: Uint32Array;
  community: Int32Array;
  x: Float32Array;
  y: Float32Array;
  source: Uint32Array;
  target: Uint32Array;
  weight: Float32Array;
  communitySizes: number[];
  modularity: number;
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
}

export interface CommunityDetails {
  community: number;
  members: number;
  /** Papers with at least two authors in the community, or a single author who is in it. */
  papers: PaperView[];
}

export interface TriageRow {
  nameKey: string;
  label: string;
  papers: number;
  identities: number;
  ambiguity: number;
}

export interface TriageProgress {
  rows: TriageRow[];
  done: number;
  total: number;
}

/** Request kinds that expect one answer, with what they carry and what they return. */
export interface Queries {
  name: { args: { key: string; resolution: number }; result: NameDetails | undefined };
  community: { args: { community: number }; result: CommunityDetails };
  papers: { args: { ids: string[] }; result: PaperView[] };
}

export type QueryKind = keyof Queries;

export type Request =
  | { type: "load"; url: string; corpusId: string; fileName: string }
  | { type: "triage" }
  | {
      [K in QueryKind]: { type: "query"; kind: K; id: number; args: Queries[K]["args"] };
    }[QueryKind];

export type Response =
  | { type: "progress"; stage: LoadStage; fraction: number }
  | { type: "graph"; payload: GraphPayload }
  | { type: "ready" }
  | { type: "error"; message: string }
  | { type: "triage"; progress: TriageProgress }
  | { type: "answer"; id: number; result: unknown }
  | { type: "failed"; id: number; message: string };
