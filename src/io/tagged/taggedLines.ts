// Tagged-line exports: a record is a run of "TAG value" lines, a continuation line carries on the
// tag above it, and a marker or a blank line ends the record. Web of Science plain text
// (`AU Smith, J` … `ER`), RIS (`AU  - Smith, J` … `ER  -`) and MEDLINE (`FAU - Smith, John`, records
// apart by blank lines) differ only in how a tag line and a continuation look (`TaggedSyntax`).

export interface TaggedField {
  tag: string;
  /** The field's lines: the first one's value, then each continuation line. */
  lines: string[];
  line: number;
}

export interface TaggedRecord {
  line: number;
  fields: TaggedField[];
}

export interface TaggedSyntax {
  /** Tag and value of a tag line, or undefined for any other line. */
  tagLine(line: string): { tag: string; value: string } | undefined;
  /** The value of a continuation line (indented), or undefined. */
  continuation(line: string): string | undefined;
  /** Tags that end a record (the tag line itself is not part of it). */
  endTags: Set<string>;
  /** A blank line ends a record too (MEDLINE). */
  blankEnds: boolean;
  /** Tags that are not record fields (WoS's FN, VR, EF file header and end). */
  fileTags?: Set<string>;
}

export function readTaggedRecords(text: string, syntax: TaggedSyntax): TaggedRecord[] {
  const records: TaggedRecord[] = [];
  let current: TaggedRecord | undefined;
  let field: TaggedField | undefined;
  let lineNumber = 0;
  const end = () => {
    if (current && current.fields.length > 0) records.push(current);
    current = undefined;
    field = undefined;
  };
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)) {
    lineNumber++;
    if (raw.trim() === "") {
      if (syntax.blankEnds) end();
      continue;
    }
    const tagged = syntax.tagLine(raw);
    if (tagged) {
      if (syntax.endTags.has(tagged.tag)) {
        end();
        continue;
      }
      if (syntax.fileTags?.has(tagged.tag)) continue;
      current ??= { line: lineNumber, fields: [] };
      field = { tag: tagged.tag, lines: [tagged.value], line: lineNumber };
      current.fields.push(field);
      continue;
    }
    const more = syntax.continuation(raw);
    if (more !== undefined && field) field.lines.push(more);
  }
  end();
  return records;
}

/** Reading one record's fields by tag. */
export class TaggedFields {
  constructor(readonly record: TaggedRecord) {}

  /** The first field with one of the tags, its lines joined by a space. */
  text(...tags: string[]): string | undefined {
    for (const tag of tags) {
      const field = this.record.fields.find((f) => f.tag === tag);
      if (!field) continue;
      const value = field.lines.join(" ").replace(/\s+/g, " ").trim();
      if (value !== "") return value;
    }
    return undefined;
  }

  /** Every field with the tag, each joined by a space (RIS and MEDLINE: one author per field). */
  each(tag: string): string[] {
    return this.record.fields
      .filter((f) => f.tag === tag)
      .map((f) => f.lines.join(" ").replace(/\s+/g, " ").trim())
      .filter(Boolean);
  }

  /** Every line of every field with the tag (WoS: one author per line). */
  lines(tag: string): string[] {
    return this.record.fields
      .filter((f) => f.tag === tag)
      .flatMap((f) => f.lines)
      .map((l) => l.trim())
      .filter(Boolean);
  }
}
