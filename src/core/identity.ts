// The shape of a split suggestion: how the papers carrying one name key most likely split into
// distinct people, with what binds each group and how stable it is across seeded runs.

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
  /** 0..1: how often, over repeated seeded runs, pairs of these papers landed together. */
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
  paperIds: string[];
  identities: IdentitySuggestion[];
  /** Distinct source author ids among the mentions (0 when the corpus carries none). */
  authorRecords: AuthorRecordReading;
  /** 0..1, for triage: how likely this name covers several people. */
  ambiguity: number;
  /** Parameters used, so a result can be reproduced. */
  seed: number;
  resolution: number;
}

export interface SplitOptions {
  seed?: number;
  /** Scales how readily papers are split apart; 1 is the tuned default. */
  resolution?: number;
  /** Seeded runs used for the confidence score. */
  runs?: number;
}
