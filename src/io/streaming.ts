// Shared shape of the streaming importers (DBLP XML, OpenAlex JSON Lines): text arrives in chunks,
// papers leave one by one, so a dump larger than memory can be converted without holding it.
export interface StreamProgress {
  /** Characters consumed so far (≈ bytes for the mostly-ASCII dumps). */
  chars: number;
  papers: number;
}
