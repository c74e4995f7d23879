// PubMed XML (efetch `rettype=xml`, "Send to: File → XML"): `<PubmedArticleSet>` of
// `<PubmedArticle>`, read with saxes as a stream. Authors from `<AuthorList>`: LastName + ForeName
// (or CollectiveName), ORCID from `<Identifier Source="ORCID">`, the first `<Affiliation>`.
// Titles keep their text, inline markup (`<i>`, `<sup>`) dropped.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import { namedEntity } from "./entities";
import { isPlaceholderAuthor, normalizeDoi, orcidOf, squeeze, yearOf } from "./fieldValues";
import type { CorpusFormat, PaperSink, ParsedFile } from "./format";
import { NoteTally } from "./noteTally";
import { WellFormedChunks } from "./xmlText";

export const pubmedXmlFormat: CorpusFormat = {
  id: "pubmed-xml",
  label: "PubMed XML (PubmedArticleSet)",
  extensions: ["xml"],
  keeps:
    "PMID (pubmed:…) as id, ArticleTitle, year, journal, DOI, abstract, keywords and MeSH; authors with ORCID from Identifier, first affiliation",
  sniff: (head) => /<(PubmedArticleSet|PubmedArticle|MedlineCitation)\b/.test(head),
  parse: (text, fileName) => readPubmed([text], fileName),
  stream: (chunks, fileName, onPaper) => readPubmed(chunks, fileName, onPaper),
};

/** Text-collecting elements, by name, and what they become. */
const TEXT = new Set([
  "PMID",
  "ArticleTitle",
  "VernacularTitle",
  "Title",
  "ISOAbbreviation",
  "Year",
  "MedlineDate",
  "LastName",
  "ForeName",
  "Initials",
  "CollectiveName",
  "Identifier",
  "Affiliation",
  "AbstractText",
  "ELocationID",
  "ArticleId",
  "Keyword",
  "DescriptorName",
]);

interface Draft {
  line: number;
  pmid?: string;
  title?: string;
  journal?: string;
  year?: string;
  doi?: string;
  abstract: string[];
  keywords: string[];
  authors: AuthorMention[];
}

async function readPubmed(
  chunks: Iterable<string> | AsyncIterable<string>,
  fileName: string,
  onPaper?: PaperSink,
): Promise<ParsedFile> {
  const tally = new NoteTally();
  const papers: Paper[] = [];
  const parser = new SaxesParser();
  parser.ENTITIES = new Proxy({} as Record<string, string>, {
    get: (_, name) => (typeof name === "string" ? namedEntity(name) : undefined),
  });
  const path: string[] = [];
  let draft: Draft | undefined;
  let author:
    | {
        last?: string;
        fore?: string;
        initials?: string;
        collective?: string;
        orcid?: string;
        affiliation?: string;
      }
    | undefined;
  let text = "";
  let collecting: string | undefined;
  let attributes: Record<string, string> = {};
  let broken: string | undefined;
  let sawRoot = false;
  let count = 0;

  parser.on("opentag", (tag: SaxesTagPlain) => {
    sawRoot = true;
    path.push(tag.name);
    if (tag.name === "PubmedArticle" || tag.name === "PubmedBookArticle") {
      draft = { line: parser.line, abstract: [], keywords: [], authors: [] };
    } else if (tag.name === "Author" && draft) {
      author = {};
    } else if (collecting === undefined && TEXT.has(tag.name)) {
      collecting = tag.name;
      attributes = tag.attributes;
      text = "";
    }
  });
  parser.on("text", (t) => {
    if (collecting !== undefined) text += t;
  });
  parser.on("closetag", (tag) => {
    path.pop();
    const name = tag.name;
    if (name === collecting) {
      collecting = undefined;
      if (draft) take(draft, name, squeeze(text), attributes, path);
    } else if (name === "Author" && draft && author) {
      const mention = mentionOf(author);
      if (mention) draft.authors.push(mention);
      author = undefined;
    } else if ((name === "PubmedArticle" || name === "PubmedBookArticle") && draft) {
      const paper = finish(draft, fileName, tally);
      draft = undefined;
      if (!paper) return;
      count++;
      if (onPaper) onPaper(paper);
      else papers.push(paper);
    }
  });
  parser.on("error", (error) => {
    broken ??= `${error.message.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "")} (line ${parser.line})`;
  });

  const take = (
    d: Draft,
    name: string,
    value: string,
    attrs: Record<string, string>,
    at: string[],
  ) => {
    if (value === "") return;
    const parent = at.at(-1);
    if (author && parent !== undefined && (parent === "Author" || parent === "AffiliationInfo")) {
      if (name === "LastName") author.last = value;
      else if (name === "ForeName") author.fore = value;
      else if (name === "Initials") author.initials = value;
      else if (name === "CollectiveName") author.collective = value;
      else if (name === "Identifier" && /orcid/i.test(attrs.Source ?? "")) author.orcid = value;
      else if (name === "Affiliation") author.affiliation ??= value;
      return;
    }
    if (name === "PMID" && parent === "MedlineCitation") d.pmid ??= value;
    else if (name === "ArticleTitle" || (name === "VernacularTitle" && d.title === undefined))
      d.title = value;
    else if (name === "Title" && parent === "Journal") d.journal = value;
    else if (name === "ISOAbbreviation") d.journal ??= value;
    else if ((name === "Year" || name === "MedlineDate") && at.includes("PubDate"))
      d.year ??= value;
    else if (name === "AbstractText")
      d.abstract.push(attrs.Label ? `${attrs.Label}: ${value}` : value);
    else if (
      (name === "ELocationID" && attrs.EIdType === "doi") ||
      (name === "ArticleId" && attrs.IdType === "doi")
    )
      d.doi ??= value;
    else if (name === "Keyword" || name === "DescriptorName") d.keywords.push(value);
  };

  const wellFormed = new WellFormedChunks();
  const feed = (step: () => unknown) => {
    try {
      step();
    } catch (error) {
      broken ??= `the XML cannot be read (${(error as Error).message}) (line ${parser.line})`;
    }
  };
  for await (const chunk of chunks) {
    if (broken) break;
    feed(() => parser.write(wellFormed.next(chunk)));
  }
  if (!broken) feed(() => parser.write(wellFormed.end()).close());
  if (!sawRoot)
    throw new CorpusError(fileName, "no XML elements found; PubMed XML holds <PubmedArticleSet>", {
      line: 1,
    });
  if (broken) {
    if (count === 0)
      throw new CorpusError(
        fileName,
        `${broken}; the file is not well-formed XML or is truncated; export it again`,
      );
    tally.add(`${broken}; the ${count} articles before it were kept`);
  }
  return tally.result(fileName, papers, "PubMed articles", onPaper !== undefined && count > 0);
}

function mentionOf(a: {
  last?: string;
  fore?: string;
  initials?: string;
  collective?: string;
  orcid?: string;
  affiliation?: string;
}): AuthorMention | undefined {
  const name = a.collective ?? squeeze(`${a.fore ?? a.initials ?? ""} ${a.last ?? ""}`);
  if (isPlaceholderAuthor(name)) return undefined;
  const mention: AuthorMention = { name };
  const orcid = orcidOf(a.orcid);
  if (orcid) mention.sourceId = orcid;
  if (a.affiliation) mention.affiliation = a.affiliation;
  return mention;
}

function finish(d: Draft, fileName: string, tally: NoteTally): Paper | undefined {
  tally.read++;
  if (d.authors.length === 0) {
    tally.skip("no <Author> with a name", d.line, d.pmid);
    return undefined;
  }
  const title = d.title?.replace(/^\[(.*)\]\.?$/, "$1").replace(/\.$/, "");
  if (!title) {
    tally.skip("no <ArticleTitle>", d.line, d.pmid);
    return undefined;
  }
  const paper: Paper = {
    id: d.pmid ? `pubmed:${d.pmid}` : `${fileName}#${d.line}`,
    title,
    authors: d.authors,
  };
  if (d.year !== undefined) {
    const year = yearOf(d.year);
    if (year === undefined)
      tally.add("publication date without a plausible year left empty", d.line, d.year);
    else paper.year = year;
  }
  if (d.journal) paper.venue = d.journal;
  const doi = normalizeDoi(d.doi);
  if (doi) paper.doi = doi;
  if (d.abstract.length > 0) paper.abstract = d.abstract.join(" ");
  if (d.keywords.length > 0) paper.keywords = [...new Set(d.keywords)];
  return paper;
}
