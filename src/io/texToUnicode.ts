// TeX markup in BibTeX fields → plain Unicode: `{\"u}` → ü, `\'e` → é, `{\ss}` → ß, `--` → –,
// formatting commands dropped, braces removed. Names and titles must read as printed.

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

const LETTER = String.raw`(?:\\[ij](?![A-Za-z])|[A-Za-z])`;
const SYMBOL_ACCENT = new RegExp(
  String.raw`\\(["'\x60^~=.])\s*(?:\{\s*(${LETTER})\s*\}|(${LETTER}))`,
  "g",
);
const LETTER_ACCENT = new RegExp(
  String.raw`\\([uvHckrdbt])(?:\s*\{\s*(${LETTER})\s*\}|\s+(${LETTER}))`,
  "g",
);
/** Inline math: kept as its text, with sub- and superscript marks dropped ("CO$_2$" → "CO2"). */
const MATH = /(?<!\\)\$((?:[^$\\]|\\.)*)\$/g;
const CONTROL_WORD = /\\([A-Za-z]+)\*?\s*/g;
/** Private-use stand-ins so escaped braces survive the removal of grouping braces. */
const OPEN = "\uE000";
const CLOSE = "\uE001";

export function texToUnicode(tex: string): string {
  if (!/[\\{}~$-]/.test(tex)) return tex.replace(/\s+/g, " ").trim();
  const accent = (_: string, command: string, braced?: string, bare?: string) => {
    const letter = braced ?? bare ?? "";
    return (letter.startsWith("\\") ? letter.slice(1) : letter) + (ACCENTS[command] ?? "");
  };
  return tex
    .replace(/\\\{/g, OPEN)
    .replace(/\\\}/g, CLOSE)
    .replace(SYMBOL_ACCENT, accent)
    .replace(LETTER_ACCENT, accent)
    .replace(MATH, (_, math: string) => math.replace(/[_^]/g, ""))
    .replace(/\\([&%$#_])/g, "$1")
    .replace(/\\[ ,;!]/g, " ")
    .replace(/\\\\/g, " ")
    .replace(CONTROL_WORD, (_, word: string) => SYMBOLS[word] ?? "")
    .replace(/---/g, "—")
    .replace(/--/g, "–")
    .replace(/~/g, " ")
    .replace(/[{}]/g, "")
    .replace(/\\/g, "")
    .replace(new RegExp(OPEN, "g"), "{")
    .replace(new RegExp(CLOSE, "g"), "}")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}
