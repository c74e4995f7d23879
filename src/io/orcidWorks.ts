// ORCID works JSON (public API v3.0, `Accept: application/json`): the full record (`/record`, the
// person's name and their works' summaries), the works list (`/works`, summaries only) or works
// fetched in bulk (`/works/{put-codes}`, with contributors). Every work belongs to the record's
// person, whose ORCID becomes their mention's source id; co-authors come from the contributors
// where the response has them. A summary names no one but the person, so a `/works` list is read
// only when its source names them (a work they added themselves).
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import { foldedKey } from "../core/nameKey";
import {
  isPlaceholderAuthor,
  isPlausibleYear,
  normalizeDoi,
  orcidOf,
  squeeze,
} from "./fieldValues";
import type { CorpusFormat, ParsedFile } from "./format";
import { topLevelKeys } from "./jsonHead";
import { jsonErrorLine, shortMessage } from "./jsonText";
import { array, isObject, object, str, type JsonObject } from "./jsonValues";
import { NoteTally } from "./noteTally";

export const orcidWorksFormat: CorpusFormat = {
  id: "orcid",
  label: "ORCID works JSON (record, works or bulk works)",
  extensions: ["json"],
  keeps:
    "put-code (orcid:…/work/N) as id, title, publication year, journal title, DOI; the record's person with their ORCID, co-authors from contributors",
  sniff: (head) => {
    const { keys } = topLevelKeys(head);
    return (
      (keys.has("orcid-identifier") && keys.has("activities-summary")) ||
      (keys.has("group") && /"work-summary"\s*:/.test(head)) ||
      (keys.has("bulk") && /"put-code"\s*:/.test(head))
    );
  },
  parse: (text, fileName) => parseOrcidWorks(text, fileName),
};

interface Owner {
  orcid: string | undefined;
  name: string | undefined;
}

export function parseOrcidWorks(text: string, fileName: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CorpusError(fileName, `not valid JSON (${shortMessage(error)})`, {
      line: jsonErrorLine(text, error),
    });
  }
  if (!isObject(data))
    throw new CorpusError(fileName, "expected an ORCID record or works object", { line: 1 });
  const record = object(data["activities-summary"]) ? data : undefined;
  const worksRoot = object(object(record?.["activities-summary"])?.works) ?? data;
  const owner: Owner = {
    orcid: orcidOf(
      str(object(data["orcid-identifier"])?.path) ?? str(worksRoot.path) ?? str(data.path),
    ),
    name: nameOf(object(object(data.person)?.name)),
  };
  const tally = new NoteTally();
  const papers: Paper[] = [];
  const add = (paper: Paper | undefined) => {
    if (paper) papers.push(paper);
  };
  for (const [i, item] of array(data.bulk).entries())
    add(fromWork(object(object(item)?.work), owner, `bulk[${i}]`, tally));
  for (const [g, group] of array(worksRoot.group).entries()) {
    // One group is one work as several sources list it; the first summary speaks for it.
    add(fromWork(object(array(object(group)?.["work-summary"])[0]), owner, `group[${g}]`, tally));
  }
  return tally.result(fileName, papers, "ORCID works");
}

function fromWork(
  work: JsonObject | undefined,
  owner: Owner,
  where: string,
  tally: NoteTally,
): Paper | undefined {
  tally.read++;
  if (!work) {
    tally.skip("an entry that is not a work", undefined, where);
    return undefined;
  }
  const title = str(object(object(work.title)?.title)?.value);
  if (title === undefined) {
    tally.skip("no title", undefined, where);
    return undefined;
  }
  const authors = authorsOf(work, owner);
  if (authors.length === 0) {
    tally.skip(
      "no name for the record's person (a /works summary added by another source names no one; export the full record, /record, or the works in bulk)",
      undefined,
      where,
    );
    return undefined;
  }
  const putCode = work["put-code"];
  const path = str(work.path);
  const id = path
    ? `orcid:${path.replace(/^\//, "")}`
    : typeof putCode === "number"
      ? `orcid:${owner.orcid?.slice(6) ?? "?"}/work/${putCode}`
      : where;
  const paper: Paper = { id, title, authors };
  const year = Number(str(object(object(work["publication-date"])?.year)?.value));
  if (isPlausibleYear(year)) paper.year = year;
  const venue = str(object(work["journal-title"])?.value);
  if (venue) paper.venue = venue;
  const ids = array(object(work["external-ids"])?.["external-id"]).map(object);
  const doi = normalizeDoi(
    str(ids.find((e) => str(e?.["external-id-type"]) === "doi")?.["external-id-value"]),
  );
  if (doi) paper.doi = doi;
  const description = str(work["short-description"]);
  if (description) paper.abstract = description;
  return paper;
}

/** Contributors when the work lists them (the owner among them by ORCID or name), else the owner. */
function authorsOf(work: JsonObject, owner: Owner): AuthorMention[] {
  const contributors = array(object(work.contributors)?.contributor).map(object);
  const mentions: AuthorMention[] = [];
  for (const contributor of contributors) {
    const role = str(object(contributor?.["contributor-attributes"])?.["contributor-role"]);
    if (role && !/author|editor/i.test(role)) continue;
    const name = str(object(contributor?.["credit-name"])?.value);
    if (name === undefined || isPlaceholderAuthor(name)) continue;
    const mention: AuthorMention = { name };
    const orcid = orcidOf(str(object(contributor?.["contributor-orcid"])?.path));
    if (orcid) mention.sourceId = orcid;
    mentions.push(mention);
  }
  const source = object(work.source);
  const sourceIsOwner =
    owner.orcid !== undefined &&
    orcidOf(str(object(source?.["source-orcid"])?.path)) === owner.orcid;
  const sourceName = sourceIsOwner ? str(object(source?.["source-name"])?.value) : undefined;
  const ownerName =
    owner.name ?? (sourceName && !isPlaceholderAuthor(sourceName) ? sourceName : undefined);
  if (owner.orcid === undefined) return mentions;
  const self =
    mentions.find((m) => m.sourceId === owner.orcid) ??
    (ownerName ? mentions.find((m) => sameName(m.name, ownerName)) : undefined);
  if (self) self.sourceId = owner.orcid;
  else if (ownerName) mentions.unshift({ name: ownerName, sourceId: owner.orcid });
  return mentions;
}

function nameOf(name: JsonObject | undefined): string | undefined {
  if (!name) return undefined;
  const credit = str(object(name["credit-name"])?.value);
  const given = str(object(name["given-names"])?.value);
  const family = str(object(name["family-name"])?.value);
  const full = credit ?? (given || family ? squeeze(`${given ?? ""} ${family ?? ""}`) : undefined);
  return full === undefined || isPlaceholderAuthor(full) ? undefined : full;
}

function sameName(a: string, b: string): boolean {
  return foldedKey(a) === foldedKey(b);
}
