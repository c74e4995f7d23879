// Web of Science's researcher identifiers: `RI` / `ResearcherID-Numbers` ("Smith, John/A-1234-2010;
// …") and `OI` / `ORCID-Numbers` ("Smith, John/0000-0002-1825-0097; …") name each author whose id
// they give. Matched to the record's authors by surname and first initial, they become the
// mentions' source ids: ORCID first (`orcid:…`), else `wos:A-1234-2010`.
import type { AuthorMention } from "../core/corpus";
import { foldedKey } from "../core/nameKey";
import { orcidOf, squeeze } from "./fieldValues";

interface NamedId {
  last: string;
  initial: string;
  id: string;
}

/** "Smith, John/A-1234-2010; Doe, J/B-5678-2012" → names with their ids. */
export function parseIdList(text: string | undefined, kind: "orcid" | "researcherid"): NamedId[] {
  if (!text) return [];
  const ids: NamedId[] = [];
  for (const item of text.split(/;\s*|\n/)) {
    const slash = item.lastIndexOf("/");
    if (slash === -1) continue;
    const name = squeeze(item.slice(0, slash));
    const raw = squeeze(item.slice(slash + 1));
    const id =
      kind === "orcid"
        ? orcidOf(raw)
        : /^[A-Z]{1,3}-\d{4}-\d{4}$/i.test(raw)
          ? `wos:${raw.toUpperCase()}`
          : undefined;
    if (!id || name === "") continue;
    const [last, first = ""] = name.split(",").map(squeeze);
    ids.push({ last: foldedKey(last!), initial: foldedKey(first).charAt(0), id });
  }
  return ids;
}

/**
 * Gives each author the id listed under their name. `names` are the record's authors as
 * "Last, First" (WoS order), parallel to `mentions`. ORCIDs win over ResearcherIDs.
 */
export function assignResearcherIds(
  mentions: AuthorMention[],
  names: { last: string; first: string }[],
  ...lists: NamedId[][]
): void {
  for (const list of lists) {
    for (const entry of list) {
      const at = names.findIndex(
        (n, i) =>
          foldedKey(n.last) === entry.last &&
          (entry.initial === "" || foldedKey(n.first).startsWith(entry.initial)) &&
          !mentions[i]!.sourceId?.startsWith("orcid:"),
      );
      if (at !== -1 && (mentions[at]!.sourceId === undefined || entry.id.startsWith("orcid:"))) {
        mentions[at]!.sourceId = entry.id;
      }
    }
  }
}
