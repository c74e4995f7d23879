// TeX → Unicode for one BibTeX import: the fast path (texFast.ts) converts what nearly every file
// holds; every other value (an unknown command such as `\MaxMinAntSystem`, `\hspace{0pt}`, math
// with commands) is converted by @retorquere/bibtex-parser, Zotero's Better BibTeX parser, in one
// batch per file. The library is loaded only when a file needs it (413 KB, 92 KB gzipped: a chunk
// of its own in the app's bundle), so fields are first given placeholders that `resolve` fills in.
import { plainText, stripTags } from "../fieldValues";
import { fastTexToUnicode, texToUnicode } from "./texFast";

/** Placeholder brackets: private-use characters, removed from the input first. */
const OPEN = "\uE010";
const CLOSE = "\uE011";
const PLACEHOLDER = /\uE010(\d+)\uE011/g;
/** Values longer than this are converted word by word. */
const SEGMENT_ABOVE = 200;
/** Longer pieces are not given to the library (converted by the fast path's rules, noted). */
const LIBRARY_MAX = 2000;

export class TexValues {
  private readonly pending: string[] = [];
  private readonly index = new Map<string, number>();
  /** Values the library could not read, converted by the fast path's rules instead. */
  approximated = 0;

  /** Unicode text for `tex`, or a placeholder the library's result replaces in `resolve`. */
  text(tex: string): string {
    // Publishers' HTML (`<i>in vivo</i>`) is not TeX; placeholder characters are not text.
    const untagged = stripTags(tex);
    const clean = /[\uE010\uE011]/.test(untagged)
      ? untagged.replace(/[\uE010\uE011]/g, "")
      : untagged;
    const fast = fastTexToUnicode(clean);
    if (fast !== undefined) return fast;
    // A long value (an abstract) goes word by word: only the words the fast path cannot read
    // reach the library, whose grammar takes seconds on a page of text.
    if (clean.length > SEGMENT_ABOVE) {
      return segments(clean)
        .map((segment) => fastTexToUnicode(segment) ?? this.placeholder(segment))
        .join(" ");
    }
    return this.placeholder(clean);
  }

  private placeholder(clean: string): string {
    if (clean.length > LIBRARY_MAX) {
      this.approximated++;
      return texToUnicode(clean);
    }
    let n = this.index.get(clean);
    if (n === undefined) {
      n = this.pending.length;
      this.pending.push(clean);
      this.index.set(clean, n);
    }
    return `${OPEN}${n}${CLOSE}`;
  }

  get needsLibrary(): boolean {
    return this.pending.length > 0;
  }

  /** Converts the pending values; returns the function that fills placeholders in a string. */
  async resolve(): Promise<(text: string) => string> {
    const results = this.pending.length > 0 ? await this.convert(this.pending) : [];
    return (text) =>
      text.includes(OPEN)
        ? text
            .replace(PLACEHOLDER, (_, n: string) => results[Number(n)] ?? "")
            .replace(/\s+/g, " ")
            .trim()
        : text;
  }

  private async convert(values: string[]): Promise<string[]> {
    const { parse } = await import("@retorquere/bibtex-parser");
    const bib = values.map((v, i) => `@misc{v${i}, x = {${forLibrary(v)}}}`).join("\n");
    let entries: { key: string; fields: Record<string, unknown> }[] = [];
    try {
      entries = parse(bib, {
        english: false,
        sentenceCase: false,
        applyCrossRef: false,
        unsupported: (node, tex) => unsupported(node as { _renderInfo?: { mode?: string } }, tex),
      }).entries;
    } catch {
      entries = [];
    }
    const byKey = new Map(entries.map((e) => [e.key, e.fields.x]));
    return values.map((value, i) => {
      const converted = byKey.get(`v${i}`);
      if (typeof converted === "string") return fromLibrary(converted);
      this.approximated++;
      return texToUnicode(value);
    });
  }
}

/**
 * A value cut at spaces outside braces and math, each piece balanced; a control word keeps the
 * word after it (`\c c`, `\bf text`).
 */
export function segments(tex: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let math = false;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth = Math.max(0, depth - 1);
    else if (c === "$") math = !math;
    else if (depth === 0 && !math && (c === " " || c === "\n" || c === "\t")) {
      const piece = tex.slice(start, i);
      if (/\\[A-Za-z]+$/.test(piece)) continue;
      if (piece !== "") pieces.push(piece);
      start = i + 1;
    }
  }
  if (start < tex.length) pieces.push(tex.slice(start));
  return pieces;
}

/** Math font and text commands: their argument is the text. */
const MATH_FONTS = /^\\(math[a-z]*|text[a-z]*|operatorname|boldsymbol|bm|mbox|hbox)$/;

/**
 * A command the library does not know. In text it is a user's macro (`\MaxMinAntSystem`, often the
 * very title): keep its name. In math a font command keeps its argument; other names (`\log`)
 * print as themselves, spaced.
 */
function unsupported(node: { _renderInfo?: { mode?: string } }, tex: string): string {
  if (MATH_FONTS.test(tex)) return "";
  const name = tex.replace(/^\\/, "");
  return node._renderInfo?.mode === "math" ? ` ${name} ` : `${name} `;
}

/** Outside math, `<` and `>` are upside-down punctuation in TeX's OT1 encoding: name them. */
function forLibrary(tex: string): string {
  return tex
    .replace(/\\(["'`^~=.])\s*\\([ij])(?=[a-z])/g, "\\$1{\\$2}")
    .split(/(\$[^$]*\$)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/</g, "\\textless{}").replace(/>/g, "\\textgreater{}"),
    )
    .join("");
}

/** The library marks up italics, small caps and links as HTML: the text is what is wanted. */
function fromLibrary(text: string): string {
  return plainText(
    text
      .replace(/[\u200B\u00AD]/g, "")
      .replace(/ı([\u0300-\u036f])/g, "i$1")
      .replace(/ȷ([\u0300-\u036f])/g, "j$1"),
  ).normalize("NFC");
}
