// Turns DBLP's SAX events into papers: one record element (`<article key=…>`) → one `Paper`.
// Kept lean on purpose: it sees every tag and text run of a multi-gigabyte dump.
import { CorpusError, type AuthorMention, type Paper } from "../core/corpus";
import { normalizeDoi, squeeze } from "./fieldValues";
import { notUtf8Message, REPLACEMENT_CHAR } from "./encoding";
import type { NoteTally } from "./noteTally";

const RECORDS = new Set([
  "article",
  "inproceedings",
  "proceedings",
  "incollection",
  "book",
  "phdthesis",
  "mastersthesis",
  "www",
  "data",
]);
const FIELDS = new Set(["author", "editor", "title", "year", "journal", "booktitle", "ee"]);
/** DBLP's homonym number: "Wei Wang 0001" is one of the people DBLP knows as Wei Wang. */
const HOMONYM = / \d{4}$/;

interface OpenRecord {
  type: string;
  key: string | undefined;
  line: number;
  authors: AuthorMention[];
  editors: AuthorMention[];
  title: string | undefined;
  year: number | undefined;
  venue: string | undefined;
  doi: string | undefined;
}

export class DblpRecordBuilder {
  private record: OpenRecord | undefined;
  private field: string | undefined;
  private fieldLine = 0;
  private text = "";
  count = 0;

  constructor(
    private readonly fileName: string,
    private readonly tally: NoteTally,
    private readonly emit: (paper: Paper) => void,
  ) {}

  openTag(name: string, attributes: Record<string, string>, line: number): void {
    const record = this.record;
    if (record === undefined) {
      if (RECORDS.has(name)) {
        // Every field set up front: one object shape for all records keeps the hot path monomorphic.
        this.record = {
          type: name,
          key: attributes.key,
          line,
          authors: [],
          editors: [],
          title: undefined,
          year: undefined,
          venue: undefined,
          doi: undefined,
        };
      }
    } else if (this.field === undefined && FIELDS.has(name)) {
      this.field = name;
      this.fieldLine = line;
      this.text = "";
      if (attributes.orcid !== undefined) {
        this.tally.add(
          "ORCIDs on author elements not kept; sourceId is the DBLP name, which DBLP already disambiguates",
          line,
        );
      }
    }
  }

  onText(text: string): void {
    if (this.field !== undefined) this.text += text;
  }

  closeTag(name: string): void {
    const record = this.record;
    if (record === undefined) return;
    if (name === this.field) {
      this.endField(record, name);
      this.field = undefined;
    } else if (name === record.type && this.field === undefined) {
      this.record = undefined;
      this.endRecord(record);
    }
  }

  private endField(record: OpenRecord, name: string): void {
    const value = squeeze(this.text);
    if (value.includes(REPLACEMENT_CHAR)) {
      throw new CorpusError(this.fileName, notUtf8Message, { line: this.fieldLine, field: name });
    }
    if (value === "") return;
    switch (name) {
      case "author":
      case "editor": {
        const mention: AuthorMention = { name: HOMONYM.test(value) ? value.slice(0, -5) : value };
        mention.sourceId = value;
        (name === "author" ? record.authors : record.editors).push(mention);
        break;
      }
      case "title":
        record.title = value.endsWith(".") && !value.endsWith("..") ? value.slice(0, -1) : value;
        break;
      case "year":
        if (!/^\d{4}$/.test(value)) {
          throw new CorpusError(this.fileName, `"${value}" is not a year; write it as 2019`, {
            line: this.fieldLine,
            field: "year",
          });
        }
        record.year = Number(value);
        break;
      case "journal":
      case "booktitle":
        record.venue ??= value;
        break;
      case "ee":
        record.doi ??= normalizeDoi(value);
        break;
    }
  }

  private endRecord(record: OpenRecord): void {
    if (record.type === "www" || record.type === "data") {
      this.tally.add(
        `skipped <${record.type}> records (person pages and data sets, not papers)`,
        record.line,
      );
      return;
    }
    const where = { line: record.line };
    if (!record.key) {
      throw new CorpusError(
        this.fileName,
        `<${record.type}> has no key attribute; DBLP records carry key="conf/…/Name19"`,
        {
          ...where,
          field: "key",
        },
      );
    }
    if (record.title === undefined) {
      throw new CorpusError(
        this.fileName,
        `record ${record.key} has no <title>; every paper needs a title`,
        {
          ...where,
          field: "title",
        },
      );
    }
    const authors = record.authors.length > 0 ? record.authors : record.editors;
    if (authors.length === 0) {
      this.tally.add("skipped records without authors or editors", record.line, record.key);
      return;
    }
    const paper: Paper = { id: record.key, title: record.title, authors };
    if (record.year !== undefined) paper.year = record.year;
    if (record.venue !== undefined) paper.venue = record.venue;
    if (record.doi !== undefined) paper.doi = record.doi;
    this.count++;
    this.emit(paper);
  }
}
