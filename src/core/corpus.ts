// The corpus model every step reads: papers with their author mentions. Plain data, no classes,
// so it crosses the Worker boundary by structured clone and serialises to the project's JSON format.

/** One appearance of an author name on one paper. */
export interface AuthorMention {
  /** The name as printed on the paper (after canonicalisation by the importer, see `rawName`). */
  name: string;
  /** The spelling in the source when the importer attributed it to another written form. */
  rawName?: string;
  /**
   * An identifier the source gives this author, prefixed by where it comes from, so ids of
   * different sources never collide and an ORCID is recognisable wherever it was read:
   * `orcid:0000-0002-1825-0097` (preferred whenever a source gives one: it names the person across
   * sources, so two mentions sharing it are near-certainly one person), else the source's own
   * author record: `openalex:A5023888391`, `scopus:57193254100`, `wos:A-1234-2010` (ResearcherID),
   * `dblp:Wei Wang 0001` (DBLP name with homonym number), `pubmed:…` (PubMed author identifier).
   * Files in the project's JSON may carry any string.
   */
  sourceId?: string;
  affiliation?: string;
  /** Ground truth: the real person behind this mention, unique across the corpus. */
  label?: string;
}

export interface Paper {
  id: string;
  title: string;
  year?: number;
  venue?: string;
  authors: AuthorMention[];
  abstract?: string;
  keywords?: string[];
  doi?: string;
}

/** Something an importer repaired or skipped, reported rather than silently absorbed. */
export interface ImportNote {
  file: string;
  line?: number;
  message: string;
}

/**
 * How many author records a source says it keeps for a name, without saying which paper is whose
 * (an author-name cluster page reporting "2 author rows"). Compared with the suggested people.
 */
export interface ReportedRecords {
  name: string;
  records: number;
  /** Where the count comes from, as the curator should read it. */
  source: string;
}

export interface Corpus {
  /** Stable identifier of this corpus (used to key review decisions). */
  id: string;
  /** Human-readable name shown in the corpus switcher. */
  label: string;
  papers: Paper[];
  notes: ImportNote[];
  reportedRecords?: ReportedRecords[];
}

/** The error every importer throws: it says which file, line and field, and how to fix it. */
export class CorpusError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(file: string, message: string, options: { line?: number; field?: string } = {}) {
    const where = [file, options.line !== undefined ? `line ${options.line}` : undefined]
      .filter(Boolean)
      .join(", ");
    const what = options.field !== undefined ? `\`${options.field}\`: ` : "";
    super(`${where}: ${what}${message}`);
    this.name = "CorpusError";
    this.file = file;
    this.line = options.line;
    this.field = options.field;
  }
}

/** Counts shown in summaries and checked in tests. */
export function corpusStats(corpus: Corpus): { papers: number; mentions: number } {
  let mentions = 0;
  for (const paper of corpus.papers) mentions += paper.authors.length;
  return { papers: corpus.papers.length, mentions };
}
