// nameKey() without the cost for the common case: NFKC and the Unicode whitespace regex dominate
// graph building, yet most printed names are plain ASCII, where a lower-casing is all that is
// needed. The result is always nameKey()'s; test/core/csrNameKey.test.ts pins that.
import { foldedKey, nameKey } from "../nameKey";

/** Same as nameKey(name); plain ASCII names skip Unicode normalisation and the regex. */
export function fastNameKey(name: string): string {
  const last = name.length - 1;
  let prev = 32; // a leading space counts as "after a space", so it is seen as irregular spacing
  let upper = false;
  let irregularSpace = false;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    // NFKC leaves ASCII alone, so only non-ASCII needs the full nameKey.
    if (c >= 0x80) return nameKey(name);
    if (c >= 65 && c <= 90) upper = true;
    else if ((c >= 9 && c <= 13) || (c === 32 && (prev === 32 || i === last)))
      irregularSpace = true;
    prev = c;
  }
  if (irregularSpace) return name.replace(/\s+/g, " ").trim().toLowerCase();
  return upper ? name.toLowerCase() : name;
}

/**
 * Same as foldedKey(name); a name already folded (plain lower-case ASCII, single spaces between
 * words, none of the punctuation foldedKey turns into spaces: most name keys) is returned as is.
 */
export function fastFoldedKey(name: string): string {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    const folds =
      c < 0x20 ||
      c > 0x7e ||
      (c >= 65 && c <= 90) || // upper case
      c === 46 || // .
      c === 45 || // -
      c === 39 || // '
      c === 96 || // `
      c === 44 || // ,
      (c === 32 && (i === 0 || i === last || name.charCodeAt(i - 1) === 32));
    if (folds) return foldedKey(name);
  }
  return name;
}
