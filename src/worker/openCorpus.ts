// What the corpus Worker holds for the corpus on screen, whatever it came from (a file read into
// memory, or a store read by range requests): the overview it drew, the answers to the page's
// queries once they can be given, and triage.
import type { GraphPayload, Queries, QueryKind, QueryStep, TriageProgress } from "./protocol";

/** Tells the page what a query is doing while it works. */
export type ReportStep = (step: QueryStep) => void;

/** One handler per query kind, typed by the protocol's map. */
export type QueryHandlers = {
  [K in QueryKind]: (
    args: Queries[K]["args"],
    report: ReportStep,
  ) => Queries[K]["result"] | Promise<Queries[K]["result"]>;
};

export interface OpenCorpus {
  payload: GraphPayload;
  /**
   * Resolves once the corpus is usable (its name search answers); a query that needs more (the
   * split index of a corpus in memory) waits inside its handler.
   */
  handlers: Promise<QueryHandlers>;
  /** Starts ranking names by ambiguity, posting partial rankings as they grow. */
  startTriage(post: (progress: TriageProgress) => void): void;
}
