// Given-name evidence. Name keys group "A. Gupta" with every Ajay, Alok and Anoop Gupta; the printed
// form (`rawName`, or the name itself) often still says which: two full first names that cannot be
// one spelling are strong evidence of two people, an agreeing one of one person. PubMed prints
// initials run together ("AG Radhika"), other sources with dots ("a. g. radhika").
import { foldedKey } from "../nameKey";

export interface GivenName {
  /** Full first given name, folded, hyphens and apostrophes removed ("jauyien"); absent for initials. */
  first: string | undefined;
  /** Initials of the given names in order ("jy" for "Jau-Yien", "ag" for "AG"). */
  initials: string;
}

const NO_GIVEN: GivenName = { first: undefined, initials: "" };

/**
 * The given part of a printed name whose surname is `surname` (folded). "Rachna C Agarwal" →
 * {first: "rachna", initials: "rc"}; "AG Radhika" → {initials: "ag"}; "Gupta, Ajay K." →
 * {first: "ajay", initials: "ak"}.
 */
export function givenName(printed: string, surname: string): GivenName {
  const comma = printed.indexOf(",");
  const givenPart = comma >= 0 ? printed.slice(comma + 1) : withoutSurname(printed, surname);
  const tokens = givenPart
    .split(/[\s.]+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return NO_GIVEN;
  let first: string | undefined;
  let initials = "";
  tokens.forEach((token, i) => {
    const parts = token.split(/[-‐‑]+/u).filter(Boolean);
    if (isInitials(token)) {
      initials += fold(token);
      return;
    }
    for (const part of parts) initials += fold(part)[0] ?? "";
    if (i === 0) first = fold(parts.join(""));
  });
  return { first, initials };
}

function withoutSurname(printed: string, surname: string): string {
  const tokens = printed.trim().split(/\s+/u);
  if (tokens.length < 2) return "";
  const at = tokens.findLastIndex((t) => foldedKey(t).replace(/ /g, "") === surname);
  if (at > 0) return tokens.slice(0, at).join(" ");
  return tokens.slice(0, -1).join(" ");
}

/** "A", "AG", "J.-Y." (capitals only, up to three letters) read as initials, not a name. */
function isInitials(token: string): boolean {
  const letters = token.replace(/[-‐‑']/gu, "");
  if (letters.length <= 1) return true;
  return letters.length <= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

function fold(text: string): string {
  return foldedKey(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * How two sets of full first names relate: "match" when some pair can be one spelling (equal, or one
 * a prefix of the other: "jau" / "jauyien"), "conflict" when both are known and none can, otherwise
 * "unknown".
 */
export function firstNameRelation(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): "match" | "conflict" | "unknown" {
  if (a.size === 0 || b.size === 0) return "unknown";
  for (const x of a) for (const y of b) if (compatibleFirst(x, y)) return "match";
  return "conflict";
}

export function compatibleFirst(x: string, y: string): boolean {
  if (x === y) return true;
  return x.length <= y.length ? x.length >= 3 && y.startsWith(x) : y.length >= 3 && x.startsWith(y);
}

/**
 * Second initials (middle names) that disagree: "Rajesh P" vs "Rajesh C". Weak evidence (PubMed
 * prints middle initials inconsistently), so it is only a feature, never a rule.
 */
export function middleRelation(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): "match" | "conflict" | "unknown" {
  if (a.size === 0 || b.size === 0) return "unknown";
  for (const x of a) if (b.has(x)) return "match";
  return "conflict";
}
