// The vendor profiles: one header signature and one row reader each. Sniffed in this order (the
// generic table last); column names are the vendors' own, as their export documentation lists them.
import type { AuthorMention } from "../../core/corpus";
import { foldedKey } from "../../core/nameKey";
import { displayName, initialsLastName, orcidOf, plainText, squeeze } from "../fieldValues";
import { openAlexId } from "../openAlexWork";
import { assignResearcherIds, parseIdList } from "../researcherIds";
import {
  runTogetherNames,
  sameShortName,
  scopusAffiliations,
  scopusAuthors,
  scopusFullNames,
  scopusIds,
  wosAddresses,
} from "./authorLists";
import { paperOf, zipAffiliations, type Cells, type CsvProfile, type RowContext } from "./profile";

const has = (header: Set<string>, ...names: string[]) => names.every((n) => header.has(n));

export const scopusCsv: CsvProfile = {
  id: "scopus-csv",
  label: "Scopus CSV export",
  keeps:
    "EID as id, title, year, source title, DOI, abstract, author keywords; authors from Author full names (else Authors, old comma lists too) with Scopus author ids (scopus:…), affiliations from Authors with affiliations",
  matches: (h) =>
    h.has("eid") && h.has("source title") && (h.has("authors") || h.has("author full names")),
  row: (cells, ctx) => {
    const full = cells.get("author full names");
    const ids = scopusIds(cells.get("author(s) id"));
    let authors: AuthorMention[];
    if (full) {
      authors = scopusFullNames(full).map(({ name, id }) =>
        id ? { name, sourceId: `scopus:${id}` } : { name },
      );
    } else {
      const names = scopusAuthors(cells.get("authors") ?? "");
      authors = names.map((short) => ({ name: initialsLastName(short), rawName: short }));
      if (ids.length === authors.length)
        authors.forEach((a, i) => (a.sourceId = `scopus:${ids[i]}`));
      else if (ids.length > 0)
        ctx.tally.add("`Author(s) ID` not one per author; ids left out", ctx.line);
    }
    const withAffiliations = cells.get("authors with affiliations");
    if (withAffiliations) {
      const entries = scopusAffiliations(withAffiliations);
      authors.forEach((author, i) => {
        const entry =
          entries.length === authors.length
            ? entries[i]
            : entries.find((e) => sameShortName(e.short, author.name));
        if (entry?.affiliation) author.affiliation = entry.affiliation;
      });
    } else if (cells.get("affiliations")) {
      ctx.tally.add(
        "Scopus's `Affiliations` lists institutions, not one per author; not given to authors",
        ctx.line,
      );
    }
    return paperOf(
      {
        id: cells.get("eid"),
        title: cells.get("title"),
        authors,
        year: cells.get("year"),
        venue: cells.get("source title"),
        doi: cells.get("doi"),
        abstract: cells.get("abstract"),
        keywords: cells.get("author keywords"),
      },
      ctx,
    );
  },
};

export const wosTab: CsvProfile = {
  id: "wos-tab",
  label: "Web of Science tab-delimited (UTF-8 or UTF-16)",
  keeps:
    "UT as id, TI, PY, SO, DI, AB, DE; authors from AF (else AU) with ORCID (OI) or ResearcherID (RI) as source id, address from the bracketed C1",
  matches: (h) => has(h, "ut", "ti") && (h.has("au") || h.has("af")),
  row: (cells, ctx) => wosRecord((tag) => cells.get(tag.toLowerCase()), ctx),
};

/**
 * A Web of Science record from its tags (tab-delimited cells, or plain-text fields whose list tags
 * were joined with "; ").
 */
export function wosRecord(tag: (name: string) => string | undefined, ctx: RowContext) {
  const list = (name: string) => tag(name)?.split(/;\s*/).map(squeeze).filter(Boolean);
  const written = list("AF") ?? list("AU") ?? [];
  const group = list("CA") ?? list("GP") ?? [];
  const authors: AuthorMention[] = written.map((name) => ({ name: displayName(name) }));
  for (const name of group) authors.push({ name });
  const rawNames = written.map((name) => {
    const [last = "", first = ""] = name.split(",").map(squeeze);
    return { last, first };
  });
  assignResearcherIds(
    authors,
    rawNames,
    parseIdList(tag("RI"), "researcherid"),
    parseIdList(tag("OI"), "orcid"),
  );
  const addresses = wosAddresses(tag("C1"));
  if (addresses) {
    for (const author of authors) {
      const address = addresses.get(foldedKey(author.name));
      if (address) author.affiliation = address;
    }
  } else if (tag("C1")) {
    ctx.tally.add(
      "`C1` without [author] brackets lists addresses, not one per author; not given to authors",
      ctx.line,
    );
  }
  return paperOf(
    {
      id: tag("UT"),
      title: tag("TI"),
      authors,
      year: tag("PY") ?? tag("EY"),
      venue: tag("SO") ?? tag("SE"),
      doi: tag("DI"),
      abstract: tag("AB"),
      keywords: tag("DE"),
    },
    ctx,
  );
}

export const lensCsv: CsvProfile = {
  id: "lens-csv",
  label: "Lens.org scholarly works CSV",
  keeps:
    "Lens ID as id, title, publication year, source title, DOI, abstract, keywords; authors from Author/s",
  matches: (h) => has(h, "lens id", "title", "author/s"),
  row: (cells, ctx) =>
    paperOf(
      {
        id: cells.get("lens id"),
        title: cells.get("title"),
        authors: (cells.get("author/s") ?? "")
          .split(";")
          .map(squeeze)
          .filter(Boolean)
          .map((name) => ({ name })),
        year: cells.get("publication year", "date published"),
        venue: cells.get("source title"),
        doi: cells.get("doi"),
        abstract: cells.get("abstract"),
        keywords: cells.get("keywords"),
      },
      ctx,
    ),
};

export const openAlexCsv: CsvProfile = {
  id: "openalex-csv",
  label: "OpenAlex web interface CSV export",
  keeps:
    "work id, title (markup removed), publication year, source, DOI; authors with ORCID or OpenAlex author id as source id, institutions when one per author",
  matches: (h) => has(h, "id", "authorships.author.display name"),
  row: (cells, ctx) => {
    const piped = (name: string) => (cells.get(name) ?? "").split("|").map(squeeze);
    const names = piped("authorships.author.display name").filter(Boolean);
    const ids = piped("authorships.author.id");
    const orcids = piped("authorships.author.orcid");
    const authors: AuthorMention[] = names.map((name, i) => {
      const mention: AuthorMention = { name };
      const sourceId =
        (orcids.length === names.length ? orcidOf(orcids[i]) : undefined) ??
        (ids.length === names.length ? openAlexId(ids[i]) : undefined);
      if (sourceId) mention.sourceId = sourceId;
      return mention;
    });
    const institutions = cells.get("authorships.institutions.display name");
    if (institutions)
      zipAffiliations(
        authors,
        institutions.split("|"),
        ctx,
        "authorships.institutions.display_name",
      );
    const title = cells.get("title", "display name");
    return paperOf(
      {
        id: cells.get("id"),
        title: title === undefined ? undefined : plainText(title) || undefined,
        authors,
        year: cells.get("publication year", "publication date"),
        venue: cells.get("primary location.source.display name", "host venue.display name"),
        doi: cells.get("doi"),
      },
      ctx,
    );
  },
};

export const ieeeCsv: CsvProfile = {
  id: "ieee-csv",
  label: "IEEE Xplore search results CSV",
  keeps:
    "article number (ieee:…) as id, document title, publication year, publication title, DOI, abstract, author keywords; authors with their Author Affiliations",
  matches: (h) =>
    has(h, "document title", "authors", "publication title") &&
    (h.has("author affiliations") || h.has("ieee terms")),
  row: (cells, ctx) => {
    const authors = (cells.get("authors") ?? "")
      .split(";")
      .map(squeeze)
      .filter(Boolean)
      .map((name) => ({ name }));
    zipAffiliations(
      authors,
      cells.get("author affiliations")?.split(";"),
      ctx,
      "Author Affiliations",
    );
    const article = /arnumber=(\d+)/.exec(cells.get("pdf link") ?? "")?.[1];
    return paperOf(
      {
        id: article ? `ieee:${article}` : cells.get("doi"),
        title: cells.get("document title"),
        authors,
        year: cells.get("publication year"),
        venue: cells.get("publication title"),
        doi: cells.get("doi"),
        abstract: cells.get("abstract"),
        keywords: cells.get("author keywords"),
      },
      ctx,
    );
  },
};

export const springerCsv: CsvProfile = {
  id: "springer-csv",
  label: "SpringerLink search results CSV",
  keeps:
    "DOI as id, Item Title as title (Publication Title is the journal or book), year, DOI; authors split from SpringerLink's run-together Authors cell",
  matches: (h) =>
    has(h, "item title", "publication title", "authors") &&
    (h.has("item doi") || h.has("content type")),
  row: (cells, ctx) => {
    const cell = cells.get("authors") ?? "";
    const names = runTogetherNames(cell);
    if (names.length > 1)
      ctx.tally.add(
        "SpringerLink runs author names together; split where a lower-case letter meets a capital",
        ctx.line,
      );
    return paperOf(
      {
        id: cells.get("item doi"),
        title: cells.get("item title"),
        authors: names.map((name) => ({ name })),
        year: cells.get("publication year"),
        venue: cells.get("publication title", "book series title"),
        doi: cells.get("item doi"),
      },
      ctx,
    );
  },
};

export type { Cells };
