// Field clean-up shared by the importers: DOIs, years, whitespace and "Last, First" names, so every
// format yields the same shape for the same paper.

/** Bare DOI ("10.1145/123") from a DOI, a doi.org URL or a "doi:" prefix; undefined if none. */
export function normalizeDoi(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const match = /(?:^|doi\.org\/|doi:\s*)(10\.\d{4,9}\/\S+)/i.exec(raw.trim());
  return match ? match[1] : undefined;
}

/** Whitespace runs folded to one space, ends trimmed. */
export function squeeze(text: string): string {
  // Most fields are clean already; checking first avoids a new string per field in big dumps.
  return isSqueezed(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** Leading or trailing whitespace, two in a row, or whitespace other than a plain space. */
const UNSQUEEZED = /^\s|\s$|\s\s|[^\S ]/;

/** No leading, trailing or doubled space and no other whitespace character (one native scan). */
function isSqueezed(text: string): boolean {
  return !UNSQUEEZED.test(text);
}

/**
 * The year a field states: "2019", "2019-05-01", "05/2019". Undefined when the text holds no year
 * between 1000 and 2999, so the caller can say which field on which line is wrong.
 */
export function yearOf(text: string): number | undefined {
  const match = /(?:^|\D)([12]\d{3})(?!\d)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * "Last, First" → "First Last" and "Last, Jr., First" → "First Last Jr." (BibTeX's and many CSV
 * exports' order); names without a comma are returned as they are.
 */
export function displayName(name: string): string {
  const parts = name.split(",").map(squeeze);
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3 && parts[0] && parts[2]) {
    return squeeze(`${parts[2]} ${parts[0]} ${parts[1] ?? ""}`);
  }
  return squeeze(name);
}
