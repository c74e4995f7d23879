// From scanned entries to field text: @string macros resolved (the file's own, then those of every
// other file of the import), crossref inheritance applied, and a budget on macro expansion so a
// chain of macros cannot turn a small file into gigabytes.
import type { BibEntry, BibField, BibScan, ValuePart } from "./scan";

/** Month macros every BibTeX style defines. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export interface FieldText {
  tex: string;
  line: number;
  /** @string names that no file defines; their part is left out. */
  undefinedMacros: string[];
}

export class MacroTable {
  private readonly raw = new Map<string, ValuePart[]>();
  private readonly resolved = new Map<string, string>();
  /** Characters macro expansion may still add to this file. */
  private budget: number;
  overBudget = false;

  constructor(scan: BibScan, shared: Map<string, string>, textLength: number) {
    for (const [name, parts] of scan.strings) this.raw.set(name, parts);
    for (const [name, value] of shared) if (!this.raw.has(name)) this.resolved.set(name, value);
    this.budget = 4 * textLength + 10_000;
  }

  /** Spends `chars` of the budget on text copied from elsewhere (crossref); false when spent. */
  allow(chars: number): boolean {
    if (chars > this.budget) {
      this.overBudget = true;
      return false;
    }
    this.budget -= chars;
    return true;
  }

  /** The text of a value; undefined macros are collected, expansion stops at the budget. */
  text(parts: ValuePart[], missing: string[], seen: Set<string> = new Set()): string {
    let out = "";
    for (const part of parts) {
      if (typeof part === "string") {
        out += part;
        continue;
      }
      const value = this.macro(part.macro, missing, seen);
      if (value === undefined) continue;
      if (value.length > this.budget) {
        this.overBudget = true;
        continue;
      }
      this.budget -= value.length;
      out += value;
    }
    return out;
  }

  private macro(name: string, missing: string[], seen: Set<string>): string | undefined {
    const done = this.resolved.get(name);
    if (done !== undefined) return done;
    const parts = this.raw.get(name);
    if (parts === undefined || seen.has(name)) {
      const month = MONTHS.indexOf(name);
      if (month !== -1) return String(month + 1);
      missing.push(name);
      return undefined;
    }
    seen.add(name);
    const value = this.text(parts, missing, seen);
    seen.delete(name);
    this.resolved.set(name, value);
    return value;
  }
}

/** Every @string of a scan resolved against itself and the shared table (for `gather`). */
export function resolvedStrings(
  scan: BibScan,
  shared: Map<string, string>,
  textLength: number,
): Map<string, string> {
  const table = new MacroTable(scan, shared, textLength);
  const out = new Map<string, string>();
  for (const [name, parts] of scan.strings) out.set(name, table.text(parts, []));
  return out;
}

/**
 * The fields of one entry as text, computed when first asked for (an export carries dozens of
 * fields a paper never reads), with those its crossref parent gives (BibTeX and biblatex rules).
 */
export class EntryFields {
  private readonly done = new Map<string, FieldText | undefined>();

  constructor(
    private readonly entry: BibEntry,
    private readonly parent: BibEntry | undefined,
    private readonly macros: MacroTable,
  ) {}

  get(name: string): FieldText | undefined {
    if (this.done.has(name)) return this.done.get(name);
    const field = this.source(name);
    let text: FieldText | undefined;
    if (field) {
      const undefinedMacros: string[] = [];
      const tex = this.macros.text(field.parts, undefinedMacros);
      // A parent's field is copied into each child: it spends the budget macros spend.
      const inherited = !this.entry.fields.has(name);
      if (!inherited || this.macros.allow(tex.length)) {
        text = { tex, line: field.line, undefinedMacros };
      }
    }
    this.done.set(name, text);
    return text;
  }

  private source(name: string): BibField | undefined {
    const own = this.entry.fields.get(name);
    if (own || !this.parent || name === "crossref") return own;
    if (name === "booktitle") {
      const fields = this.entry.fields;
      const inherited = this.parent.fields.get("booktitle");
      // A proceedings' or book's title is the booktitle of the papers in it.
      if (inherited) return inherited;
      if (fields.has("journal") || fields.has("journaltitle")) return undefined;
      return this.parent.fields.get("title");
    }
    return name === "title" ? undefined : this.parent.fields.get(name);
  }
}
