// The fast path of TeX → Unicode for BibTeX fields: the markup nearly every real file uses
// (`{\"u}` → ü, `\'e` → é, `{\ss}` → ß, `--` → –, `\&`, braces, plain inline math such as
// `CO$_2$`). `fastTexToUnicode` answers undefined for anything else (an unknown command, math with
// commands), which then goes to @retorquere/bibtex-parser (tex.ts): the library knows thousands of
// commands but parses every value with a PEG grammar, about 0.2 MB/s, so it only sees the rest.

import { squeeze } from "../fieldValues";

/** Accent commands → Unicode combining marks; NFC then composes "u" + U+0308 into "ü". */
const ACCENTS: Record<string, string> = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
  d: "\u0323",
  b: "\u0331",
  t: "\u0361",
};

const SYMBOLS: Record<string, string> = {
  ss: "ß",
  SS: "SS",
  o: "ø",
  O: "Ø",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  aa: "å",
  AA: "Å",
  l: "ł",
  L: "Ł",
  i: "ı",
  j: "ȷ",
  dh: "ð",
  DH: "Ð",
  th: "þ",
  TH: "Þ",
  ng: "ŋ",
  NG: "Ŋ",
  dj: "đ",
  DJ: "Đ",
  textendash: "–",
  textemdash: "—",
  textquoteright: "’",
  textquoteleft: "‘",
  textregistered: "®",
  texttrademark: "™",
  textcopyright: "©",
  LaTeX: "LaTeX",
  TeX: "TeX",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  sigma: "σ",
  omega: "ω",
};

/** Formatting commands whose argument is kept as plain text. */
const FORMATTING = new Set([
  "emph",
  "textit",
  "textbf",
  "textrm",
  "textsf",
  "texttt",
  "textsc",
  "textup",
  "textsl",
  "textnormal",
  "em",
  "it",
  "bf",
  "rm",
  "sf",
  "tt",
  "sc",
  "sl",
  "mbox",
  "hbox",
  "text",
  "relax",
  "noopsort",
  "nocase",
  "NoCaseChange",
  "textmd",
  "uppercase",
  "lowercase",
]);
const ESCAPED = new Set(["&", "%", "$", "#", "_", "{", "}"]);
const SPACING = new Set([" ", ",", ";", "!", ":", "/", "\\"]);
const SUB = "₀₁₂₃₄₅₆₇₈₉";
const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Unicode for the TeX in `tex`, or undefined when it needs more than the fast path knows. */
export function fastTexToUnicode(tex: string): string | undefined {
  return convert(tex, true);
}

/** The fast path's conversion, unknown commands dropped: the fallback when the library fails. */
export function texToUnicode(tex: string): string {
  return convert(tex, false) ?? "";
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * One pass over the text: accents on a letter (`\"u`, `\"{u}`, `{\'\i}`, `\c c`), symbol words
 * (`\ss`, `\o`), escapes (`\&`), formatting commands (their argument kept), grouping braces
 * dropped, `--`/`---`/`~`, inline math of letters and digits. `strict` gives up (undefined) on
 * anything else; otherwise an unknown command is dropped.
 */
function convert(tex: string, strict: boolean): string | undefined {
  let out = "";
  let start = 0;
  let marks = false;
  const n = tex.length;
  for (let i = 0; i < n; i++) {
    const c = tex.charCodeAt(i);
    if (c !== 92 && c !== 123 && c !== 125 && c !== 126 && c !== 45 && c !== 36) continue;
    if (c === 45 /* - */ && tex.charCodeAt(i + 1) !== 45) continue;
    out += tex.slice(start, i);
    if (c === 123 || c === 125) {
      start = i + 1;
    } else if (c === 126 /* ~ */) {
      out += " ";
      start = i + 1;
    } else if (c === 45) {
      const em = tex.charCodeAt(i + 2) === 45;
      out += em ? "—" : "–";
      i += em ? 2 : 1;
      start = i + 1;
    } else if (c === 36 /* $ */) {
      const end = closingDollar(tex, i + 1);
      const math = end === -1 ? undefined : tex.slice(i + 1, end);
      if (math === undefined || /[\\{}]/.test(math) || tex.charCodeAt(i + 1) === 36) {
        if (strict) return undefined;
        start = i + 1;
        continue;
      }
      out += scripts(math);
      i = end;
      start = i + 1;
    } else {
      const next = tex[i + 1];
      if (next === undefined) {
        start = i + 1;
        continue;
      }
      if (isLetter(next.charCodeAt(0))) {
        let j = i + 1;
        while (j < n && isLetter(tex.charCodeAt(j))) j++;
        const word = tex.slice(i + 1, j);
        let k = j;
        while (k < n && isSpace(tex.charCodeAt(k))) k++;
        if (Object.hasOwn(ACCENTS, word)) {
          const arg = accentArgument(tex, k, j > i + 2 || k > j);
          if (arg === undefined) {
            if (strict) return undefined;
            i = k - 1;
          } else {
            out += arg.letter + ACCENTS[word];
            marks = true;
            i = arg.end - 1;
          }
        } else if (Object.hasOwn(SYMBOLS, word) || word === "i" || word === "j") {
          out += word === "i" ? "ı" : word === "j" ? "ȷ" : SYMBOLS[word];
          i = tex.startsWith("{}", k) ? k + 1 : k - 1;
        } else if (FORMATTING.has(word) || !strict) {
          i = k - 1;
        } else {
          return undefined;
        }
      } else if (Object.hasOwn(ACCENTS, next)) {
        let k = i + 2;
        while (k < n && isSpace(tex.charCodeAt(k))) k++;
        const arg = accentArgument(tex, k, false);
        if (arg === undefined) {
          // `\~` or `\^` alone: a tilde or caret as printed.
          if (strict && next !== "~" && next !== "^") return undefined;
          out += next === "~" || next === "^" ? next : "";
          i = i + 1;
        } else {
          out += arg.letter + ACCENTS[next];
          marks = true;
          i = arg.end - 1;
        }
      } else if (ESCAPED.has(next)) {
        out += next;
        i++;
      } else if (SPACING.has(next)) {
        out += " ";
        i++;
      } else if (strict) {
        return undefined;
      } else {
        i++;
      }
      start = i + 1;
    }
  }
  out += tex.slice(start);
  return squeeze(marks ? out.normalize("NFC") : out);
}

/** The letter an accent sits on at `at`: `u`, `{u}`, `{\i}`, `\i`; undefined when none. */
function accentArgument(
  tex: string,
  at: number,
  _spaced: boolean,
): { letter: string; end: number } | undefined {
  let i = at;
  const braced = tex[i] === "{";
  if (braced) i++;
  while (braced && isSpace(tex.charCodeAt(i))) i++;
  let letter: string;
  if (
    tex[i] === "\\" &&
    (tex[i + 1] === "i" || tex[i + 1] === "j") &&
    !isLetter(tex.charCodeAt(i + 2) ?? 0)
  ) {
    letter = tex[i + 1]!;
    i += 2;
  } else if (tex[i] === "\\" && (tex[i + 1] === "i" || tex[i + 1] === "j")) {
    // `\'\ias`: a dotless i run into the next letters, as sloppy exports write it.
    letter = tex[i + 1]!;
    i += 2;
  } else if (i < tex.length && isLetter(tex.charCodeAt(i))) {
    letter = tex[i]!;
    i++;
  } else {
    return undefined;
  }
  if (braced) {
    while (isSpace(tex.charCodeAt(i))) i++;
    if (tex[i] !== "}") return undefined;
    i++;
  }
  return { letter, end: i };
}

function closingDollar(tex: string, from: number): number {
  for (let i = from; i < tex.length; i++) {
    const c = tex[i];
    if (c === "\\") i++;
    else if (c === "$") return i;
  }
  return -1;
}

/** `_2` → ₂, `^{10}` → ¹⁰; other sub- and superscripts lose their mark ("$k_i$" → "ki"). */
function scripts(math: string): string {
  return math
    .replace(/([_^])\{?(\d+)\}?/g, (_, mark: string, digits: string) =>
      [...digits].map((d) => (mark === "_" ? SUB : SUP)[Number(d)]).join(""),
    )
    .replace(/[_^]/g, "");
}
