// Light text normalisation for evidence: title terms (stop words out, crude stemming), venue keys
// ("ACCV (2)" and "ACCV 2007" are one venue) and affiliation terms. Deliberately simple: it must
// behave the same on names never seen, so nothing here is tuned to a particular corpus.

const STOP_WORDS = new Set(
  (
    "a an and are as at based be by for from has in into is it its of on or over that the their this to " +
    "under using via with within without toward towards new novel approach approaches method methods " +
    "study analysis system systems paper use case some two three one its between through"
  ).split(" "),
);

const AFFILIATION_STOP = new Set(
  "of the and for department dept school college institute university univ laboratory lab center centre faculty china usa".split(
    " ",
  ),
);

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Crude suffix stripping so "networks"/"network" and "clustering"/"cluster" meet. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 6 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 5 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

export function titleTerms(title: string): string[] {
  const terms: string[] = [];
  for (const word of fold(title).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/** "ACCV (2)" → "accv"; "Proc. IEEE ICDE 2005" → "proc ieee icde". */
export function venueKey(venue: string): string {
  return fold(venue)
    .replace(/\([^)]*\)/g, " ")
    .replace(/\b(19|20)\d\d\b/g, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}

/**
 * Venue words cut to their first five letters, so abbreviated and spelled-out forms meet:
 * "J. Parallel Distrib. Comput." and "Journal of Parallel and Distributed Computing" share
 * "paral", "distr", "compu" (and "j"/"journ" do not matter: common words weigh little).
 */
export function venueTerms(venue: string): string[] {
  return venueKey(venue)
    .split(" ")
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => w.slice(0, 5));
}

export function affiliationTerms(affiliation: string): string[] {
  return fold(affiliation)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && !AFFILIATION_STOP.has(w));
}
