// Author lists as vendors write them in one cell, each quirk pinned by a test.
import { foldedKey } from "../../core/nameKey";
import { boundedAffiliation, displayName, initialsLastName, squeeze } from "../fieldValues";

/**
 * Scopus "Authors": "D'Ambrosio R.; Smith J.A." since 2020, "Govil N., Sharma A." before (a comma
 * after the initials separates authors there; read as "Last, First" it would invert two names).
 */
export function scopusAuthors(cell: string): string[] {
  const parts = cell.includes(";") ? cell.split(";") : cell.split(/(?<=\.)\s*,\s*/u);
  return parts.map(squeeze).filter(Boolean);
}

/** Scopus "Author full names": "D'Ambrosio, Raffaele (57193254100); Smith, John A. (7404245678)". */
export function scopusFullNames(cell: string): { name: string; id: string | undefined }[] {
  return cell
    .split(";")
    .map(squeeze)
    .filter(Boolean)
    .map((entry) => {
      const match = /^(.*?)\s*\((\d+)\)$/.exec(entry);
      const name = match ? match[1]! : entry;
      return { name: displayName(name), id: match?.[2] };
    });
}

/** Scopus "Author(s) ID": "57193254100;7404245678;" → ids in author order. */
export function scopusIds(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(";")
    .map(squeeze)
    .filter((id) => /^\d+$/.test(id));
}

/**
 * Scopus "Authors with affiliations": "D'Ambrosio R., Dept. of Math, Univ. of Salerno, Italy;
 * Smith J.A., …" since 2020: each entry is the short name, a comma, the affiliation. Older exports
 * put a comma inside the name too ("Govil, N., Indian Institute …"): a surname with no initials
 * followed by initials alone is one name, else the initials would open the affiliation.
 */
export function scopusAffiliations(cell: string): { short: string; affiliation: string }[] {
  return cell
    .split(";")
    .map(squeeze)
    .filter(Boolean)
    .map((entry) => {
      const parts = entry.split(", ");
      const nameParts = parts.length > 1 && isOldScopusName(parts[0]!, parts[1]!) ? 2 : 1;
      return {
        short: parts.slice(0, nameParts).join(", "),
        affiliation: squeeze(parts.slice(nameParts).join(", ")),
      };
    });
}

/** "Govil" + "N." or "van der Berg" + "J.-P.": a bare surname, then nothing but initials. */
function isOldScopusName(surname: string, next: string): boolean {
  return !/\p{Lu}\.$/u.test(surname) && /^(?:\p{Lu}\p{Ll}?\.[\s-]*)+$/u.test(next);
}

/** "Smith J.A." or "John A. Smith" compared on surname and first initial. */
export function sameShortName(a: string, b: string): boolean {
  const key = (name: string) => {
    const words = foldedKey(initialsLastName(name)).split(" ");
    return `${words.at(-1)} ${words[0]?.charAt(0)}`;
  };
  return key(a) === key(b);
}

/**
 * SpringerLink's "Authors" runs the names together with no separator ("Jane DoeJohn McDonald"):
 * split where a lower-case letter meets a capital, then glue back the pieces that continue a name:
 * one word alone ("Donald" of McDonald, at the end of the list), or what follows a lower-case
 * particle or a Mc/Mac prefix inside a word ("Neil de|Grasse Tyson", "Mary Mc|Aleese Smith").
 */
export function runTogetherNames(cell: string): string[] {
  const pieces = cell
    .split(/(?<=\p{Ll})(?=\p{Lu})/u)
    .map(squeeze)
    .filter(Boolean);
  const names: string[] = [];
  for (const piece of pieces) {
    const last = names.at(-1)?.split(" ").at(-1);
    const continues =
      last !== undefined && (!piece.includes(" ") || /^\p{Ll}/u.test(last) || /^Ma?c$/.test(last));
    if (continues) names[names.length - 1] += piece;
    else names.push(piece);
  }
  return names;
}

/**
 * Web of Science `C1`: "[Smith, John; Doe, Jane] Univ X, Dept Y, City, Country; [Lee, K] Univ Z"
 * → each bracketed author's first address. The older form without brackets lists addresses, not
 * authors, and yields nothing (undefined).
 */
export function wosAddresses(c1: string | undefined): Map<string, string> | undefined {
  if (!c1 || !c1.includes("[")) return undefined;
  const byAuthor = new Map<string, string>();
  for (const match of c1.matchAll(/\[([^\]]*)\]\s*([^[]*)/g)) {
    const address = boundedAffiliation(squeeze(match[2]!.replace(/;\s*$/, "").replace(/\.$/, "")));
    for (const name of match[1]!.split(";")) {
      const key = foldedKey(displayName(name));
      if (key !== "" && !byAuthor.has(key)) byAuthor.set(key, address);
    }
  }
  return byAuthor;
}
