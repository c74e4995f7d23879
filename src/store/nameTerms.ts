// The words a name is found by: its label folded (accents, case, punctuation) and split, as the
// in-memory name search folds them. The store keeps one row per (word, name) sorted by word, so a
// search reads only the row groups of the words typed. Browser-safe.
import { foldedKey } from "../core/nameKey";

/** Distinct folded words of a label: "José-María García" → ["jose", "maria", "garcia"]. */
export function nameTerms(label: string): string[] {
  return [...new Set(foldedKey(label).split(" ").filter(Boolean))];
}

export interface TermQuery {
  /** The word whose rows are read: the longest typed; `prefix` when it is still being typed. */
  anchor: string;
  prefix: boolean;
  /** Every typed word, the last one a prefix unless the query ends in a space. */
  words: string[];
  lastIsPrefix: boolean;
}

/** How a typed query is looked up, or undefined when it has no word of two letters or more. */
export function termQuery(query: string): TermQuery | undefined {
  const words = foldedKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return undefined;
  const lastIsPrefix = !/\s$/u.test(query);
  let best = -1;
  words.forEach((word, i) => {
    if (best < 0 || word.length > words[best]!.length) best = i;
  });
  const anchor = words[best]!;
  if (anchor.length < 2) return undefined;
  return { anchor, prefix: lastIsPrefix && best === words.length - 1, words, lastIsPrefix };
}

/** Whether a name's words cover every typed word (the last one as a prefix while typed). */
export function matchesTerms(terms: string[], query: TermQuery): boolean {
  return query.words.every((word, i) => {
    const prefix = query.lastIsPrefix && i === query.words.length - 1;
    return terms.some((term) => (prefix ? term.startsWith(word) : term === word));
  });
}
