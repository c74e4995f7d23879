// BibTeX's surface syntax, read leniently: `@type{key, field = value # value, …}` entries,
// `@string` macros, `@comment`/`@preamble` passed over, text between entries ignored (as BibTeX
// does). Keys and field names take any character BibTeX itself accepts (`D'Ambrosio2017`,
// `Usage-Count-(Last-180-days)`). An entry that breaks (an unclosed brace, a missing `=`) is
// dropped whole with its line and reason, and reading resumes at the next line that starts with
// `@`; no half-read entry is ever returned. Values keep their TeX and their macro references:
// resolving those needs the macros of every file of the import (see bibtex.ts).

/** A value as written: literal TeX pieces and @string names, in order (`icde # { 2019}`). */
export type ValuePart = string | { macro: string };

export interface BibField {
  parts: ValuePart[];
  line: number;
}

export interface BibEntry {
  type: string;
  key: string;
  line: number;
  /** Field names in lower case; the first of a repeated field wins, as in BibTeX. */
  fields: Map<string, BibField>;
}

export interface BibScan {
  entries: BibEntry[];
  /** `@string` definitions in file order (a later one replaces an earlier one). */
  strings: [string, ValuePart[]][];
  /** Entries dropped whole: where and why. */
  broken: { line: number; reason: string }[];
}

class BrokenEntry extends Error {}

/** Character classes as lookup tables over char codes: the scanner sees every character. */
function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const SPACE = table(" \t\n\r\f\v");
/** Characters that end a field name: BibTeX allows the rest, parentheses included. */
const FIELD_STOP = table(' \t\n\r\f\v={}",#%');
/** Characters that end a macro name or number in a value (`month = jan)` closes the entry). */
const WORD_STOP = table(' \t\n\r\f\v={}(),"#%');
const TYPE_STOP = table(" \t\n\r\f\v{(");

/** Whitespace beyond ASCII (no-break space and friends) counts as space too. */
function isSpace(code: number): boolean {
  return code < 128 ? SPACE[code] === 1 : /\s/.test(String.fromCharCode(code));
}
const ENTRY_START = /(?:^|\n)[ \t]*@/g;

/**
 * Scans a BibTeX text. With `wanted`, only those fields keep their values (a Web of Science entry
 * carries thirty fields a paper never reads; skipping them spares most of the allocation).
 */
export function scanBibtex(text: string, wanted?: ReadonlySet<string>): BibScan {
  return new Scanner(text, wanted).scan();
}

class Scanner {
  private pos = 0;
  private readonly result: BibScan = { entries: [], strings: [], broken: [] };

  private countedTo = 0;
  private lineCount = 1;

  constructor(
    private readonly text: string,
    private readonly wanted: ReadonlySet<string> | undefined,
  ) {}

  scan(): BibScan {
    const text = this.text;
    for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", this.pos)) {
      this.pos = at + 1;
      const type = this.word(TYPE_STOP)?.toLowerCase();
      this.skipSpace();
      const open = text[this.pos];
      if (type === undefined || !/^[a-z][\w-]*$/.test(type) || (open !== "{" && open !== "(")) {
        continue; // an "@" in free text: an e-mail address, a comment
      }
      const line = this.lineOf(at);
      try {
        this.item(type, open === "{" ? "}" : ")", line);
      } catch (error) {
        if (!(error instanceof BrokenEntry)) throw error;
        this.result.broken.push({ line, reason: error.message });
        this.pos = this.nextEntryAfter(at);
      }
    }
    return this.result;
  }

  private item(type: string, close: string, line: number): void {
    this.pos++; // the opening brace or parenthesis
    if (type === "comment") {
      this.pos--;
      this.braced(close === "}" ? "}" : ")", line);
    } else if (type === "preamble") {
      this.value(line);
      this.skipSpace();
      this.expect(close);
    } else if (type === "string") {
      this.skipSpace();
      const name = this.word(WORD_STOP);
      if (name === undefined) this.fail("@string needs a name: @string{acm = {ACM}}");
      this.skipSpace();
      this.expect("=");
      this.result.strings.push([name.toLowerCase(), this.value(line)]);
      this.skipSpace();
      this.expect(close);
    } else {
      this.result.entries.push(this.entry(type, close, line));
    }
  }

  private entry(type: string, close: string, line: number): BibEntry {
    this.skipSpace();
    const keyEnd = this.text.indexOf(",", this.pos);
    const closeAt = this.text.indexOf(close, this.pos);
    const end = keyEnd === -1 || (closeAt !== -1 && closeAt < keyEnd) ? closeAt : keyEnd;
    const key = end === -1 ? "" : this.text.slice(this.pos, end).trim();
    if (key === "" || /[\s={}"]/.test(key)) {
      this.fail(`the @${type} entry has no citation key; write @${type}{key, …}`);
    }
    this.pos = end;
    const fields = new Map<string, BibField>();
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) break;
      this.expect(",");
      this.skipSpace();
      if (this.text[this.pos] === close) break;
      const fieldLine = this.lineOf(this.pos);
      const name = this.word(FIELD_STOP)?.toLowerCase();
      if (name === undefined) this.fail(`expected a field name in entry ${key}`);
      this.skipSpace();
      this.expect("=");
      if (this.wanted && !this.wanted.has(name)) {
        this.value(fieldLine, false);
        continue;
      }
      const parts = this.value(fieldLine, true);
      if (!fields.has(name)) fields.set(name, { parts, line: fieldLine });
    }
    this.pos++;
    return { type, key, line, fields };
  }

  /** A value: `{…}`, `"…"`, a number or a macro name, joined by `#` (read past when not `keep`). */
  private value(line: number, keep = true): ValuePart[] {
    const parts: ValuePart[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === "{" || c === '"') {
        const text = this.braced(c === "{" ? "}" : '"', line);
        if (keep) parts.push(text);
      } else {
        const word = this.word(WORD_STOP);
        if (word === undefined) {
          const found = c === undefined ? "the end of the file" : `"${c}"`;
          this.fail(
            `expected a value in {braces}, "quotes", a number or a @string name, found ${found}`,
          );
        }
        if (keep) parts.push(/^\d+$/.test(word) ? word : { macro: word.toLowerCase() });
      }
      this.skipSpace();
      if (this.text[this.pos] !== "#") return parts;
      this.pos++;
    }
  }

  /** Text up to the matching `}` (or an unbraced `"` or `)`), inner braces kept for TeX. */
  private braced(end: string, line: number): string {
    const text = this.text;
    const start = ++this.pos;
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 123 /* { */) depth++;
      else if (c === 125 /* } */ && depth > 0) depth--;
      else if (depth === 0 && text[i] === end) {
        this.pos = i + 1;
        return text.slice(start, i);
      }
    }
    const what = end === '"' ? 'the quote " opened' : `the ${end === ")" ? "(" : "{"} opened`;
    return this.fail(
      `${what} on line ${line} is never closed (a brace is missing, or the file is truncated)`,
    );
  }

  private word(stop: Uint8Array): string | undefined {
    const text = this.text;
    const start = this.pos;
    let i = start;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128 ? stop[code] === 1 : isSpace(code)) break;
    }
    if (i === start) return undefined;
    this.pos = i;
    return this.text.slice(start, i);
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos++;
  }

  private expect(char: string): void {
    if (this.text[this.pos] === char) {
      this.pos++;
      return;
    }
    const found =
      this.pos >= this.text.length
        ? "the end of the file (truncated?)"
        : `"${this.text[this.pos]}" on line ${this.lineOf(this.pos)}`;
    this.fail(`expected "${char}" but found ${found}`);
  }

  private fail(reason: string): never {
    throw new BrokenEntry(reason);
  }

  /** Where reading resumes after a broken entry: the next line that starts with `@`. */
  private nextEntryAfter(at: number): number {
    ENTRY_START.lastIndex = at + 1;
    const match = ENTRY_START.exec(this.text);
    return match ? match.index + match[0].length - 1 : this.text.length;
  }

  /** Line of an offset; counting resumes where the last call stopped (the scanner moves forward). */
  lineOf(offset: number): number {
    if (offset < this.countedTo) {
      this.countedTo = 0;
      this.lineCount = 1;
    }
    const text = this.text;
    for (
      let i = text.indexOf("\n", this.countedTo);
      i !== -1 && i < offset;
      i = text.indexOf("\n", i + 1)
    ) {
      this.lineCount++;
    }
    this.countedTo = offset;
    return this.lineCount;
  }
}
