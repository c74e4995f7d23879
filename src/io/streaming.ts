// Shared shape of the streaming importers (DBLP XML, OpenAlex JSON Lines): text arrives in chunks,
// papers leave one by one, so a dump larger than memory can be converted without holding it.
import type { Paper } from "../core/corpus";

export interface StreamProgress {
  /** Characters consumed so far (≈ bytes for the mostly-ASCII dumps). */
  chars: number;
  papers: number;
}

export interface StreamOptions {
  /** Called after each chunk. */
  onProgress?: (progress: StreamProgress) => void;
  /** Receives each paper as it is read; when given, the result's `papers` stays empty. */
  onPaper?: (paper: Paper) => void;
}
