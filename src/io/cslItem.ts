// One CSL item (the data model of Zotero's CSL JSON, citeproc and Crossref's API) → one paper:
// family/given or literal names, issued date-parts, container-title, DOI, abstract (JATS markup
// dropped), keywords. Crossref's variant (arrays for title and container-title, `ORCID`,
// `affiliation`) reads through the same function.
import type { AuthorMention, Paper } from "../core/corpus";
import {
  isPlaceholderAuthor,
  isPlausibleYear,
  normalizeDoi,
  orcidOf,
  squeeze,
} from "./fieldValues";
import { array, dateYear, isObject, object, str, type Json } from "./jsonValues";
import type { NoteTally } from "./noteTally";

export function paperFromCslItem(
  raw: unknown,
  where: string,
  fallbackId: string,
  tally: NoteTally,
): Paper | undefined {
  tally.read++;
  if (!isObject(raw)) {
    tally.skip("an item that is not a JSON object", undefined, where);
    return undefined;
  }
  const doi = normalizeDoi(str(raw.DOI) ?? str(raw.doi));
  const people = array(raw.author).length > 0 ? array(raw.author) : array(raw.editor);
  const authors = people.map(mentionOf).filter((m): m is AuthorMention => m !== undefined);
  if (authors.length === 0) {
    tally.skip("no `author` (nor `editor`) with a name", undefined, where);
    return undefined;
  }
  const title = str(raw.title);
  if (title === undefined) {
    tally.skip("no `title`", undefined, where);
    return undefined;
  }
  const subtitle = str(raw.subtitle);
  const id = str(raw.id) ?? (doi ? doi.toLowerCase() : undefined) ?? fallbackId;
  const paper: Paper = {
    id: typeof raw.id === "number" ? String(raw.id) : id,
    title: subtitle ? `${title}: ${subtitle}` : title,
    authors,
  };
  const year =
    dateYear(raw.issued) ??
    dateYear(raw["published-print"]) ??
    dateYear(raw["published-online"]) ??
    dateYear(raw.published) ??
    dateYear(raw.created);
  if (year !== undefined && isPlausibleYear(year)) paper.year = year;
  else if (year !== undefined)
    tally.add("`issued` date without a plausible year left empty", undefined, String(year));
  const venue = str(raw["container-title"]) ?? str(raw["event-title"]) ?? str(raw.publisher);
  if (venue) paper.venue = venue;
  if (doi) paper.doi = doi;
  const abstract = str(raw.abstract);
  if (abstract) paper.abstract = abstract;
  const keywords = keywordsOf(raw.keyword ?? raw.subject);
  if (keywords.length > 0) paper.keywords = keywords;
  return paper;
}

function mentionOf(raw: Json): AuthorMention | undefined {
  const person = object(raw);
  if (!person) return undefined;
  const name =
    str(person.literal) ??
    str(person.name) ??
    squeeze(
      [
        str(person.given),
        str(person["non-dropping-particle"]),
        str(person.family),
        str(person.suffix),
      ]
        .filter(Boolean)
        .join(" "),
    );
  if (isPlaceholderAuthor(name)) return undefined;
  const mention: AuthorMention = { name };
  const orcid = orcidOf(str(person.ORCID) ?? str(person.orcid));
  if (orcid) mention.sourceId = orcid;
  const affiliation = str(object(array(person.affiliation)[0])?.name);
  if (affiliation) mention.affiliation = affiliation;
  return mention;
}

function keywordsOf(value: Json | undefined): string[] {
  if (typeof value === "string") return value.split(/[;,]/).map(squeeze).filter(Boolean);
  return array(value)
    .map((v) => str(v))
    .filter((v): v is string => v !== undefined);
}
