// Venue and affiliation strings as a curator reads them: proceedings volumes folded into their
// venue ("ICPR (3)" and "ICPR (1)" are both ICPR), and an affiliation cut to its institution.

const VOLUME = /\s*\((?:\d{1,3}|[IVXLC]{1,6})\)\s*$/;

/** "ICPR (3)" → "ICPR", "ISNN (II)" → "ISNN"; other names unchanged (trimmed). */
export function venueName(raw: string): string {
  const trimmed = raw.trim();
  const folded = trimmed.replace(VOLUME, "");
  return folded === "" ? trimmed : folded;
}

const INSTITUTION =
  /\b(univ|universit|institut|inst\.|academy|acad\.|college|school|laborator|lab\b|labs\b|centre|center|corp|inc\b|ltd|gmbh|research|hospital|polytechnic|ecole|école)/i;
/** Departments, schools and faculties name a part of the institution, not the institution. */
const SUBUNIT = /^(dept\b|department|sch\.|school of|fac\.|faculty|division|div\.)/i;
const MAX_AFFILIATION = 40;

/**
 * The institution in a printed affiliation: the first comma-separated part that names a university,
 * institute, lab or company and is not a department or school inside one; else the first part.
 */
export function shortAffiliation(raw: string): string {
  const parts = raw
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "" && !/^\d+$/.test(part));
  if (parts.length === 0) return "";
  const chosen =
    parts.find((part) => INSTITUTION.test(part) && !SUBUNIT.test(part)) ??
    parts.find((part) => INSTITUTION.test(part)) ??
    parts[0]!;
  return chosen.length > MAX_AFFILIATION
    ? `${chosen.slice(0, MAX_AFFILIATION - 1).trimEnd()}…`
    : chosen;
}
