// Field clean-up shared by the importers: DOIs, years, whitespace, markup and names, so every
// format yields the same shape for the same paper.
import { decodeEntities, emptyDecodeReport } from "./entities";

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

/** Years a paper can plausibly carry; anything else is a typo, a page number or a placeholder. */
export const FIRST_YEAR = 1400;
export const LAST_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * The year a field states: "2019", "2019-05-01", "05/2019", "2019 Mar". Undefined when the text
 * holds no plausible year, so the caller can note which field on which line it left empty.
 */
export function yearOf(text: string): number | undefined {
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  return isPlausibleYear(year) ? year : undefined;
}

/**
 * "Last, First" → "First Last" and "Last, Jr., First" → "First Last Jr." (BibTeX's and many
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

/**
 * "D'Ambrosio R." / "Smith J.A." / "van der Berg J.-P." (Scopus, PubMed `AU`, IEEE's reversed
 * forms) → "R. D'Ambrosio": the surname-then-initials form turned into the order other sources use.
 */
export function initialsLastName(name: string): string {
  const match = /^(.+?)\s+((?:\p{Lu}[.\-\s]*){1,4})$/u.exec(squeeze(name));
  if (!match || !/\p{Ll}/u.test(match[1]!)) return squeeze(name);
  const initials = match[2]!.replace(/\s+/g, "").replace(/(\p{Lu})(?=\p{Lu}|$)/gu, "$1.");
  return `${initials} ${match[1]}`;
}

/** Author cells that stand for "no author": never a person in the graph. */
const PLACEHOLDER_AUTHOR =
  /^\[?(no author name available|anonymous|anon\.?|n\/?a|none|unknown|no authors? listed|et al\.?)\]?$/i;

/** Longer than any person's or group's name: a cell run together, not a name. */
export const MAX_NAME = 200;

export function isPlaceholderAuthor(name: string): boolean {
  return (
    name === "" ||
    name.length > MAX_NAME ||
    PLACEHOLDER_AUTHOR.test(name.trim()) ||
    !/[\p{L}\p{N}]/u.test(name)
  );
}

/** Longer than any address: cut, since one value may be given to every author of a record. */
export const MAX_AFFILIATION = 500;

export function boundedAffiliation(text: string): string {
  return text.length > MAX_AFFILIATION ? `${text.slice(0, MAX_AFFILIATION - 1)}…` : text;
}

/** Cells that stand for "no value" in vendor exports (WoS and R write NA). */
export function isNullCell(value: string): boolean {
  return /^(na|n\/a|null|none|nan|-)$/i.test(value.trim());
}

const ORCID = /(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])/i;

/**
 * `orcid:0000-0002-1825-0097` from an ORCID in any usual spelling (URL, bare, no dashes), or
 * undefined when there is none or its check digit (ISO 7064 11,2) is wrong.
 */
export function orcidOf(raw: string | undefined | null): string | undefined {
  if (typeof raw !== "string") return undefined;
  const match = ORCID.exec(raw);
  if (!match) return undefined;
  const digits = (match[1]! + match[2]! + match[3]! + match[4]!).toUpperCase();
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  if (digits[15] !== (check === 10 ? "X" : String(check))) return undefined;
  return `orcid:${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}

const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g;

/** Inline markup that sits inside words (`CO<sub>2</sub>`): removed without a trace. */
const INLINE =
  /^<\/?(?:[a-z]+:)?(?:i|b|u|em|strong|sub|sup|sc|span|a|italic|bold|underline|small-caps|scp|tt|monospace|mml:[\w:.-]+|math|mi|mo|mn|msub|msup|mrow|mtext)\b/i;

/**
 * HTML/JATS tags removed (`<i>`, `</sub>`, `<mml:math …>`; a block tag such as `<jats:p>` leaves a
 * space); a lone "<" as in "a < b" stays.
 */
export function stripTags(text: string): string {
  return text.includes("<") ? text.replace(TAG, (tag) => (INLINE.test(tag) ? "" : " ")) : text;
}

/**
 * Text as printed from a field that may carry HTML or JATS/MathML markup and character references
 * (OpenAlex and Crossref titles: `&amp;`, `<i>`, `<sub>`, `<mml:math>`): tags dropped, references
 * decoded, whitespace folded.
 */
export function plainText(text: string): string {
  if (!/[<&]/.test(text)) return squeeze(text);
  const decoded = decodeEntities(stripTags(text), emptyDecodeReport());
  // Escaped markup (`&lt;i&gt;`) is markup too once decoded.
  return squeeze(stripTags(decoded));
}
