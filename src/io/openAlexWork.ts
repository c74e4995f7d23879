// One OpenAlex work object → one `Paper`. Field paths in errors are OpenAlex's own
// (`authorships[2].author.display_name`), so a user can find them in the API's documentation.
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import { normalizeDoi, squeeze } from "./fieldValues";
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
  const fail = (field: string, message: string): never => {
    throw new CorpusError(at.file, message, { line: at.line, field: `${at.path}${field}` });
  };
  if (!isObject(raw)) return fail("", 'each work must be a JSON object such as {"id": …}');
  const id = raw.id;
  if (typeof id !== "string" || id === "") {
    return fail(
      "id",
      "is missing; every OpenAlex work has an id such as https://openalex.org/W2741809807",
    );
  }
  if (!Array.isArray(raw.authorships)) {
    return fail(
      "authorships",
      "is missing or not a list; export works with their authorships (with `select=`, include authorships)",
    );
  }
  const authors = raw.authorships.map((a, i) => mentionFrom(a, `authorships[${i}]`, fail));
  if (authors.length === 0) {
    tally.add(
      "skipped works without authorships (they add nothing to a co-author graph)",
      at.line,
      id,
    );
    return undefined;
  }
  if (authors.some((m) => m.name.includes("\uFFFD"))) {
    tally.add(
      "author names hold U+FFFD, a character lost before export; kept as they are",
      at.line,
      id,
    );
  }
  const title = text(raw.title) ?? text(raw.display_name);
  if (title === undefined) tally.add('works without a title kept as "(untitled)"', at.line, id);
  const paper: Paper = { id, title: title ?? "(untitled)", authors };
  const year = raw.publication_year;
  if (typeof year === "number" && Number.isInteger(year)) paper.year = year;
  else if (year !== undefined && year !== null)
    fail("publication_year", "must be a whole year such as 2019");
  const venue = text(object(object(raw.primary_location)?.source)?.display_name);
  const legacyVenue = text(object(raw.host_venue)?.display_name);
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

function mentionFrom(
  raw: Json,
  path: string,
  fail: (field: string, message: string) => never,
): AuthorMention {
  if (!isObject(raw)) return fail(path, "each authorship must be an object with an `author`");
  const author = object(raw.author);
  const shown = text(author?.display_name);
  const printed = text(raw.raw_author_name);
  const name = shown ?? printed;
  if (name === undefined) {
    return fail(
      `${path}.author.display_name`,
      "is missing and so is raw_author_name; every authorship needs a name",
    );
  }
  const mention: AuthorMention = { name };
  if (printed !== undefined && printed !== name) mention.rawName = printed;
  const sourceId = text(author?.id);
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
