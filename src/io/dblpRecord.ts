// Turns DBLP's SAX events into papers: one record element (`<article key=…>`) → one `Paper`.
// Kept lean on purpose: it sees every tag and text run of a multi-gigabyte dump. A record that
// cannot be used (no key, no title, no authors) is skipped and counted, never the file.
import type { AuthorMention, Paper } from "../core/corpus";
import { normalizeDoi, orcidOf, squeeze, yearOf } from "./fieldValues";
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
  private orcid: string | undefined;
  private text = "";
  count = 0;

  constructor(
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
      this.orcid = attributes.orcid;
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
    if (value === "") {
      if (name === "year") this.tally.add("blank <year> left empty", this.fieldLine, record.key);
      return;
    }
    switch (name) {
      case "author":
      case "editor": {
        const mention: AuthorMention = { name: HOMONYM.test(value) ? value.slice(0, -5) : value };
        // An ORCID names the person across sources; else DBLP's name with its homonym number.
        mention.sourceId = orcidOf(this.orcid) ?? `dblp:${value}`;
        (name === "author" ? record.authors : record.editors).push(mention);
        break;
      }
      case "title":
        record.title = value.endsWith(".") && !value.endsWith("..") ? value.slice(0, -1) : value;
        break;
      case "year": {
        const year = /^\d{4}$/.test(value) ? yearOf(value) : undefined;
        if (year === undefined) {
          this.tally.add(`<year> that is not a plausible year left empty`, this.fieldLine, value);
        }
        record.year = year;
        break;
      }
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
    this.tally.read++;
    if (record.type === "www" || record.type === "data") {
      this.tally.passOver(
        `passed over <${record.type}> records (person pages and data sets, not papers)`,
        record.line,
      );
      return;
    }
    if (!record.key) {
      this.tally.skip(`<${record.type}> without a key attribute`, record.line);
      return;
    }
    if (record.title === undefined) {
      this.tally.skip("no <title>", record.line, record.key);
      return;
    }
    const authors = record.authors.length > 0 ? record.authors : record.editors;
    if (authors.length === 0) {
      this.tally.skip("no <author> or <editor>", record.line, record.key);
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
