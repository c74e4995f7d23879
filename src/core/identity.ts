// The shape of a split suggestion: how the papers carrying one name key most likely split into
// distinct people, with what binds each group and how sure the suggestion is of it.

export interface CoauthorCount {
  key: string;
  label: string;
  papers: number;
}

export interface VenueCount {
  venue: string;
  papers: number;
}

export interface IdentitySuggestion {
  /** 0-based, ordered by paper count (largest first). */
  index: number;
  paperIds: string[];
  topCoauthors: CoauthorCount[];
  venues: VenueCount[];
  firstYear: number | undefined;
  lastYear: number | undefined;
  /** Human-readable reasons the papers were put together ("3 papers share co-author Rebekka Burkholz"). */
  evidence: string[];
  /**
   * 0..1: calibrated chance that this identity is exactly one person's papers (none of another
   * person's, none of its own left elsewhere); identities at 0.8 are right about 80% of the time.
   */
  confidence: number;
  /** Source author ids (author rows) seen on this identity's mentions, with counts. */
  sourceIds: { id: string; papers: number }[];
}

/** How the suggestion maps onto the source's author records, when mentions carry ids. */
export interface AuthorRecordReading {
  records: number;
  /** e.g. "suggests merging records A and B", "record C looks like two people". */
  remarks: string[];
}

export interface SplitSuggestion {
  nameKey: string;
  /** The most common display form of the name. */
  label: string;
  /** Every paper carrying the name, held-out ones included. */
  paperIds: string[];
  identities: IdentitySuggestion[];
  /** Papers a curator held out of every identity ("not this person"), in corpus order. */
  unassigned: string[];
  /** Constraints that could not be applied as given (unknown papers, contradictions). */
  constraintNotes: string[];
  /** Distinct source author ids among the mentions (0 when the corpus carries none). */
  authorRecords: AuthorRecordReading;
  /** 0..1, for triage: how likely this name covers several people. */
  ambiguity: number;
  /** Parameters used, so a result can be reproduced. */
  seed: number;
  resolution: number;
  method: "agglomerative" | "profile" | "louvain";
}

export interface SplitOptions {
  seed?: number;
  /** Scales how readily papers are split apart; 1 is the tuned default. */
  resolution?: number;
  /** How blocks become identities: average-linkage agglomeration (default) or Louvain. */
  method?: "agglomerative" | "profile" | "louvain";
  /** A curator's corrections; the suggestion is recomputed around them. */
  constraints?: SplitConstraints;
}

/** A curator's corrections to one name's split, as must-link / cannot-link between paper ids. */
export interface SplitConstraints {
  /** Sets of paper ids a curator put together: each set lands inside one identity. */
  together?: string[][];
  /** Pairs of paper ids a curator separated: never in one identity. */
  apart?: [string, string][];
  /** Paper ids a curator says are not this person at all: held out of every identity. */
  unassigned?: string[];
}
