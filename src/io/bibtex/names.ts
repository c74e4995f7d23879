// BibTeX name lists: `A and B and others`, split on "and" outside braces; each name in any of
// BibTeX's three forms ("First von Last", "von Last, First", "von Last, Jr, First") becomes the
// display form "First von Last Jr"; a fully braced name ({IEEE Computer Society}) stays as it is.

export interface RawName {
  /** The name's TeX parts in display order, to be converted to Unicode and joined by spaces. */
  parts: string[];
  /** The surname part as written (for matching WoS researcher ids). */
  last: string;
  /** The given-names part as written. */
  first: string;
}

/** The names of an author or editor field; `others` reported separately. */
export function splitNames(tex: string): { names: RawName[]; others: boolean } {
  const names: RawName[] = [];
  let others = false;
  for (const raw of splitOutsideBraces(tex, /\s+and\s+/iy)) {
    if (raw === "") continue;
    if (raw.toLowerCase() === "others") {
      others = true;
      continue;
    }
    names.push(nameParts(raw));
  }
  return { names, others };
}

function nameParts(raw: string): RawName {
  const parts = splitOutsideBraces(raw, /\s*,\s*/y);
  if (parts.length >= 3 && parts[0] && parts[2]) {
    return {
      parts: [parts[2], parts[0], parts[1]!].filter(Boolean),
      last: parts[0],
      first: parts[2],
    };
  }
  if (parts.length === 2 && parts[0] && parts[1]) {
    return { parts: [parts[1], parts[0]], last: parts[0], first: parts[1] };
  }
  const whole = parts.filter(Boolean).join(" ");
  const words = splitOutsideBraces(whole, /\s+/y);
  return { parts: [whole], last: words.at(-1) ?? whole, first: words.slice(0, -1).join(" ") };
}

/**
 * Splits where `separator` matches at brace depth 0. The separator is searched for with one global
 * regex; only its matches are checked for depth (a name list is mostly text, not separators).
 */
export function splitOutsideBraces(text: string, separator: RegExp): string[] {
  const global = new RegExp(separator.source, separator.flags.replace("y", "") + "g");
  const parts: string[] = [];
  let start = 0;
  let depth = 0;
  let scanned = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    for (; scanned < match.index; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 92 /* \ */) scanned++;
      else if (c === 123) depth++;
      else if (c === 125) depth = Math.max(0, depth - 1);
    }
    if (depth !== 0) continue;
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}
