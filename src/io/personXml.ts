// Labeled person-XML (the Arnetminer/Tang name-disambiguation family): one file per ambiguous name,
// `<person><FullName>…</FullName><publication>…<label>k</label></publication>…</person>`.
// Most real files are not well-formed XML (bare `&`, HTML entities), so this reads the element
// structure leniently, repairs what it can and reports each repair as an import note; a
// publication without a title is skipped and counted.
import { CorpusError, type AuthorMention, type ImportNote, type Paper } from "../core/corpus";
import { foldedKey, nameKey, variantKind } from "../core/nameKey";
import { decodeEntities, emptyDecodeReport, type DecodeReport } from "./entities";
import { MAX_NAME, yearOf } from "./fieldValues";
import type { CorpusFormat, ParsedFile } from "./format";
import { LineIndex } from "./lines";
import { NoteTally } from "./noteTally";

const PUBLICATION =
  /<publication\b[^>]*>([\s\S]*?)(<\/publication\s*>|(?=<publication\b)|(?=<\/person\s*>)|$)/g;

export const personXmlFormat: CorpusFormat = {
  id: "person-xml",
  label: "Labeled person XML (Arnetminer name disambiguation)",
  extensions: ["xml"],
  keeps:
    "publication id, title, year, venue, abstract, keywords; the file's person with its ground-truth label and organisation; co-author names",
  sniff: (head) => /<person\b/.test(head) && /<(FullName|publication)\b/.test(head),
  parse: (text, fileName) => parsePersonXml(text, fileName),
};

export function parsePersonXml(text: string, fileName: string): ParsedFile {
  const lines = new LineIndex(text);
  const personAt = text.search(/<person\b/);
  if (personAt === -1) {
    throw new CorpusError(
      fileName,
      "no <person> element; a person-XML file holds one <person> with <FullName> and <publication> elements",
      { line: 1 },
    );
  }
  const entities = emptyDecodeReport();
  const fullName = field(text, "FullName", entities);
  if (fullName && fullName.length > MAX_NAME) {
    throw new CorpusError(fileName, `is ${fullName.length} characters long, not a person's name`, {
      line: lines.lineOf(personAt),
      field: "FullName",
    });
  }
  if (!fullName) {
    throw new CorpusError(
      fileName,
      "missing or empty; it names the person the file's labels refer to",
      {
        line: lines.lineOf(personAt),
        field: "FullName",
      },
    );
  }

  const papers: Paper[] = [];
  const tally = new NoteTally();
  let unclosed = 0;
  let attributed = 0;
  let added = 0;
  for (const match of text.matchAll(PUBLICATION)) {
    const body = match[1]!;
    const line = lines.lineOf(match.index);
    tally.read++;
    if (!/^<\/publication/.test(match[2]!)) unclosed++;
    const title = field(body, "title", entities);
    if (!title) {
      tally.skip("<publication> without a <title>", line);
      continue;
    }
    const labelText = field(body, "label", entities);
    const idText = field(body, "id", entities);
    const authors = splitAuthors(field(body, "authors", entities));
    const placed = placeLabeledName(authors, fullName);
    if (placed === "added") added++;
    if (placed === "attributed") attributed++;
    const mention = authors.find((m) => m.name === fullName)!;
    if (labelText !== undefined && labelText !== "") mention.label = `${fullName}#${labelText}`;
    const organization = field(body, "organization", entities);
    if (organization && organization !== "null") mention.affiliation = organization;

    const paper: Paper = {
      id: idText && idText !== "null" ? idText : `${fileName}#${papers.length + 1}`,
      title,
      authors,
    };
    const year = yearOf(field(body, "year", entities) ?? "");
    if (year !== undefined) paper.year = year;
    const venue = field(body, "jconf", entities) ?? field(body, "venue", entities);
    if (venue && venue !== "null") paper.venue = venue;
    const abstract = field(body, "abstract", entities);
    if (abstract && abstract !== "null") paper.abstract = abstract;
    const keywords = allFields(body, "keyword", entities).flatMap((k) => k.split(/[;,]/));
    const cleanKeywords = keywords.map((k) => k.trim()).filter((k) => k && k !== "null");
    if (cleanKeywords.length > 0) paper.keywords = cleanKeywords;
    papers.push(paper);
  }
  if (tally.read === 0) {
    throw new CorpusError(fileName, "no <publication> elements; nothing to import", {
      line: lines.lineOf(personAt),
    });
  }
  const result = tally.result(fileName, papers, "publications");
  const repairs = describeRepairs(fileName, entities, { unclosed, attributed, added, fullName });
  return { ...result, notes: [...repairs, ...result.notes] };
}

function field(body: string, tag: string, entities: DecodeReport): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`).exec(body);
  return match ? clean(match[1]!, entities) : undefined;
}

function allFields(body: string, tag: string, entities: DecodeReport): string[] {
  const pattern = new RegExp(`<${tag}s?\\b[^>]*>([\\s\\S]*?)</${tag}s?\\s*>`, "g");
  return [...body.matchAll(pattern)].map((m) => clean(m[1]!, entities));
}

function clean(raw: string, entities: DecodeReport): string {
  const text = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
  return decodeEntities(text, entities).replace(/\s+/g, " ").trim();
}

function splitAuthors(list: string | undefined): AuthorMention[] {
  if (!list || list === "null") return [];
  return list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name }));
}

/**
 * Makes sure the file's own name appears in the author list under its full spelling. Exact match
 * first; then a variant spelling ("Jose M. Garcia" for "Jose M. García"), which is attributed and
 * keeps the printed form in `rawName`; otherwise (the variant format that leaves the name out) added.
 */
function placeLabeledName(
  authors: AuthorMention[],
  fullName: string,
): "exact" | "attributed" | "added" {
  const key = nameKey(fullName);
  const exact = authors.find((m) => nameKey(m.name) === key);
  if (exact) {
    exact.name = fullName;
    return "exact";
  }
  const folded = foldedKey(fullName);
  const variant =
    authors.find((m) => foldedKey(m.name) === folded) ??
    authors.find((m) => variantKind(m.name, fullName) !== undefined);
  if (variant) {
    variant.rawName = variant.name;
    variant.name = fullName;
    return "attributed";
  }
  authors.unshift({ name: fullName });
  return "added";
}

function describeRepairs(
  file: string,
  entities: DecodeReport,
  counts: { unclosed: number; attributed: number; added: number; fullName: string },
): ImportNote[] {
  const notes: ImportNote[] = [];
  if (entities.bareAmpersands > 0) {
    notes.push({
      file,
      message: `read ${entities.bareAmpersands} bare '&' as a literal ampersand (not well-formed XML)`,
    });
  }
  if (entities.resolved > 0) {
    notes.push({
      file,
      message: `resolved ${entities.resolved} HTML entities that XML does not define (e.g. &eacute;)`,
    });
  }
  if (entities.unknown.length > 0) {
    const names = [...new Set(entities.unknown)]
      .slice(0, 5)
      .map((n) => `&${n};`)
      .join(", ");
    notes.push({
      file,
      message: `kept ${entities.unknown.length} unknown entities verbatim: ${names}`,
    });
  }
  if (counts.unclosed > 0) {
    notes.push({
      file,
      message: `closed ${counts.unclosed} <publication> elements that were not closed`,
    });
  }
  if (counts.attributed > 0) {
    notes.push({
      file,
      message: `attributed ${counts.attributed} author-list spellings to "${counts.fullName}" (accents, initials or name order differ)`,
    });
  }
  if (counts.added > 0) {
    notes.push({
      file,
      message: `added "${counts.fullName}" to ${counts.added} author lists that did not name it`,
    });
  }
  return notes;
}
