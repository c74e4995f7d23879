// One OpenAlex work object → one `Paper`, or a skipped record noted with OpenAlex's own field path
// (`results[3].authorships`), so a user can find it in the API's documentation.
import type { AuthorMention, Paper } from "../core/corpus";
import { isPlausibleYear, normalizeDoi, orcidOf, plainText, squeeze } from "./fieldValues";
import type { NoteTally } from "./noteTally";

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** Where a work sits, for error messages: its file, its line (JSON Lines) and its JSON path prefix. */
export interface WorkPlace {
  file: string;
  line: number | undefined;
  path: string;
}

export function paperFromWork(raw: unknown, at: WorkPlace, tally: NoteTally): Paper | undefined {
  tally.read++;
  // Grouped by field and reason (one note for a thousand such works); the work is the example.
  const skip = (field: string, reason: string, example?: string): undefined => {
    const what = field === "" ? "the work" : `\`${field}\``;
    tally.skip(`${what} ${reason}`, at.line, example ?? (at.path || undefined));
    return undefined;
  };
  if (!isObject(raw)) return skip("", "is not a JSON object");
  const id = text(raw.id);
  if (id === undefined)
    return skip(
      "id",
      "is missing (every OpenAlex work has one, e.g. https://openalex.org/W2741809807)",
    );
  if (!Array.isArray(raw.authorships))
    return skip(
      "authorships",
      "is missing or not a list (export works with their authorships)",
      id,
    );
  const authors: AuthorMention[] = [];
  for (const authorship of raw.authorships) {
    const mention = mentionFrom(authorship);
    if (mention) authors.push(mention);
    else
      tally.add(
        "authorships without a name (no display_name, no raw_author_name) dropped",
        at.line,
        id,
      );
  }
  if (authors.length === 0) return skip("authorships", "holds no named author", id);
  if (authors.some((m) => m.name.includes("\uFFFD"))) {
    tally.add(
      "author names hold U+FFFD, a character lost before export; kept as they are",
      at.line,
      id,
    );
  }
  const title = plain(raw.title) ?? plain(raw.display_name);
  if (title === undefined) return skip("title", "is empty", id);
  const paper: Paper = { id, title, authors };
  const year = raw.publication_year;
  if (typeof year === "number" && isPlausibleYear(year)) paper.year = year;
  else if (year !== undefined && year !== null) {
    tally.add("`publication_year` that is not a plausible year left empty", at.line, String(year));
  }
  const venue = plain(object(object(raw.primary_location)?.source)?.display_name);
  const legacyVenue = plain(object(raw.host_venue)?.display_name);
  if (venue ?? legacyVenue) paper.venue = (venue ?? legacyVenue)!;
  const doi = normalizeDoi(text(raw.doi));
  if (doi) paper.doi = doi;
  const abstract = abstractFrom(raw.abstract_inverted_index);
  if (abstract) paper.abstract = abstract;
  const keywords = namesOf(raw.keywords);
  const concepts = namesOf(raw.concepts);
  if (keywords.length > 0 || concepts.length > 0)
    paper.keywords = keywords.length > 0 ? keywords : concepts;
  return paper;
}

/** One authorship → a mention: ORCID as source id when there is one, else the OpenAlex author id. */
function mentionFrom(raw: Json): AuthorMention | undefined {
  if (!isObject(raw)) return undefined;
  const author = object(raw.author);
  const shown = text(author?.display_name);
  const printed = text(raw.raw_author_name);
  const name = shown ?? printed;
  if (name === undefined) return undefined;
  const mention: AuthorMention = { name };
  if (printed !== undefined && printed !== name) mention.rawName = printed;
  const sourceId = orcidOf(text(author?.orcid)) ?? openAlexId(text(author?.id));
  if (sourceId) mention.sourceId = sourceId;
  const institutions = raw.institutions;
  const institution = Array.isArray(institutions)
    ? text(object(institutions[0])?.display_name)
    : undefined;
  const rawAffiliations = raw.raw_affiliation_strings;
  const affiliation =
    institution ?? (Array.isArray(rawAffiliations) ? text(rawAffiliations[0]) : undefined);
  if (affiliation) mention.affiliation = affiliation;
  return mention;
}

/** `openalex:A5023888391` from `https://openalex.org/A5023888391` (or a bare `A…`). */
export function openAlexId(id: string | undefined): string | undefined {
  const match = id === undefined ? null : /(?:^|openalex\.org\/)(A\d+)$/i.exec(id);
  return match ? `openalex:${match[1]!.toUpperCase()}` : undefined;
}

/** OpenAlex ships abstracts as word → positions; the text is the words put back in order. */
function abstractFrom(index: Json | undefined): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  for (const word in index) {
    const positions = index[word];
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      if (
        typeof position === "number" &&
        Number.isInteger(position) &&
        position >= 0 &&
        position < 100_000
      ) {
        words[position] = word;
      }
    }
  }
  const abstract = words.filter((w) => w !== undefined).join(" ");
  return abstract === "" ? undefined : abstract;
}

function namesOf(list: Json | undefined): string[] {
  if (!Array.isArray(list)) return [];
  const names: string[] = [];
  for (const item of list) {
    const name = text(object(item)?.display_name) ?? text(object(item)?.keyword);
    if (name) names.push(name);
  }
  return names;
}

/** A title or venue: OpenAlex keeps publishers' markup (`&amp;`, `<i>`), which is dropped here. */
function plain(value: Json | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const clean = plainText(value);
  return clean === "" ? undefined : clean;
}

function text(value: Json | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const clean = squeeze(value);
  return clean === "" ? undefined : clean;
}

function object(value: Json | undefined): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
