// BibTeX's surface syntax: `@type{key, field = value # value, …}` entries, `@string` macros,
// `@comment`/`@preamble` skipped, text between entries ignored (as BibTeX does). Values come back
// with their TeX markup; turning that into Unicode is bibtex.ts's job.
import { CorpusError } from "../core/corpus";
import { LineIndex } from "./lines";

export interface BibField {
  value: string;
  line: number;
}

export interface BibEntry {
  type: string;
  key: string;
  line: number;
  fields: Map<string, BibField>;
}

const MONTHS: [string, string][] = [
  ["jan", "January"],
  ["feb", "February"],
  ["mar", "March"],
  ["apr", "April"],
  ["may", "May"],
  ["jun", "June"],
  ["jul", "July"],
  ["aug", "August"],
  ["sep", "September"],
  ["oct", "October"],
  ["nov", "November"],
  ["dec", "December"],
];
const IDENTIFIER = /[^\s"#%'(),={}]+/y;

export function readBibEntries(
  text: string,
  fileName: string,
): { entries: BibEntry[]; duplicates: string[] } {
  return new BibReader(text, fileName).read();
}

class BibReader {
  private pos = 0;
  private readonly lines: LineIndex;
  private readonly macros = new Map<string, string>(MONTHS);

  constructor(
    private readonly text: string,
    private readonly fileName: string,
  ) {
    this.lines = new LineIndex(text);
  }

  read(): { entries: BibEntry[]; duplicates: string[] } {
    const entries: BibEntry[] = [];
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (let at = this.text.indexOf("@"); at !== -1; at = this.text.indexOf("@", this.pos)) {
      this.pos = at + 1;
      this.skipSpace();
      const type = this.identifier()?.toLowerCase();
      this.skipSpace();
      const open = this.text[this.pos];
      if (type === undefined || (open !== "{" && open !== "(")) continue; // an "@" in comment text
      const close = open === "{" ? "}" : ")";
      const line = this.lineAt(at);
      this.pos++;
      if (type === "comment") {
        this.pos--;
        this.delimited(close, line, "@comment");
      } else if (type === "preamble") {
        this.value("@preamble", line);
        this.skipSpace();
        this.expect(close, "@preamble", line);
      } else if (type === "string") {
        this.stringMacro(close, line);
      } else {
        const entry = this.entry(type, close, line);
        const lowerKey = entry.key.toLowerCase();
        if (seen.has(lowerKey)) duplicates.push(entry.key);
        else entries.push(entry);
        seen.add(lowerKey);
      }
    }
    return { entries, duplicates };
  }

  private entry(type: string, close: string, line: number): BibEntry {
    this.skipSpace();
    const key = this.identifier() ?? "";
    this.skipSpace();
    if (key === "" || this.text[this.pos] === "=") {
      this.fail(line, "entry has no citation key; write @article{key, …}", `@${type}`);
    }
    const fields = new Map<string, BibField>();
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) break;
      this.expect(",", key, line);
      this.skipSpace();
      if (this.text[this.pos] === close) break;
      const fieldLine = this.lineAt(this.pos);
      const name = this.identifier()?.toLowerCase();
      if (name === undefined) this.fail(fieldLine, `expected a field name in entry ${key}`, key);
      this.skipSpace();
      this.expect("=", name, fieldLine);
      const value = this.value(name, fieldLine);
      if (!fields.has(name)) fields.set(name, { value, line: fieldLine });
    }
    this.pos++;
    return { type, key, line, fields };
  }

  private stringMacro(close: string, line: number): void {
    this.skipSpace();
    const name = this.identifier();
    if (name === undefined)
      this.fail(line, "@string needs a name: @string{acm = {ACM}}", "@string");
    this.skipSpace();
    this.expect("=", name, line);
    this.macros.set(name.toLowerCase(), this.value(name, line));
    this.skipSpace();
    this.expect(close, "@string", line);
  }

  /** A value: `{…}`, `"…"`, a number or a macro name, joined by `#`. */
  private value(field: string, line: number): string {
    let value = "";
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === "{") value += this.delimited("}", line, field);
      else if (c === '"') value += this.delimited('"', line, field);
      else {
        const word = this.identifier();
        if (word === undefined) {
          const found = c === undefined ? "the end of the file" : `"${c}"`;
          this.fail(
            this.lineAt(this.pos),
            `expected a value in {braces}, "quotes", a number or a @string name, found ${found}`,
            field,
          );
        }
        const macro = /^\d+$/.test(word) ? word : this.macros.get(word.toLowerCase());
        if (macro === undefined) {
          this.fail(
            line,
            `unknown @string macro "${word}"; define it with @string{${word} = {…}} or write the value in {braces}`,
            field,
          );
        }
        value += macro;
      }
      this.skipSpace();
      if (this.text[this.pos] !== "#") return value;
      this.pos++;
    }
  }

  /** Text up to the matching `}` (or an unbraced `"` or `)`), braces inside kept for TeX. */
  private delimited(end: string, line: number, field: string): string {
    const start = ++this.pos;
    let depth = 0;
    for (let i = start; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === "\\") i++;
      else if (c === "{") depth++;
      else if (c === "}" && depth > 0) depth--;
      else if (c === end && depth === 0) {
        this.pos = i + 1;
        return this.text.slice(start, i);
      }
    }
    const what =
      end === '"'
        ? 'quote " is never closed'
        : `opening ${end === ")" ? "(" : "{"} is never closed`;
    return this.fail(line, `the ${what}; the file may be truncated or a brace is missing`, field);
  }

  private identifier(): string | undefined {
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private expect(char: string, field: string, line: number): void {
    if (this.text[this.pos] === char) {
      this.pos++;
      return;
    }
    const found =
      this.pos >= this.text.length
        ? "the end of the file (truncated?)"
        : `"${this.text[this.pos]}"`;
    this.fail(
      this.pos >= this.text.length ? line : this.lineAt(this.pos),
      `expected "${char}" but found ${found}`,
      field,
    );
  }

  private lineAt(offset: number): number {
    return this.lines.lineOf(offset);
  }

  private fail(line: number, message: string, field: string): never {
    throw new CorpusError(this.fileName, message, { line, field });
  }
}
