import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TexValues } from "../../src/io/bibtex/tex";
import { fastTexToUnicode, texToUnicode } from "../../src/io/bibtex/texFast";

/** Converts through the fast path or, where it gives up, @retorquere/bibtex-parser. */
async function convert(...values: string[]): Promise<string[]> {
  const tex = new TexValues();
  const drafts = values.map((v) => tex.text(v));
  const fill = await tex.resolve();
  return drafts.map(fill);
}

describe("TeX → Unicode, fast path", () => {
  it.each([
    [String.raw`M{\"u}ller`, "Müller"],
    [String.raw`M\"uller`, "Müller"],
    [String.raw`M\"{u}ller`, "Müller"],
    [String.raw`Jos\'e`, "José"],
    [String.raw`Garc{\'\i}a`, "García"],
    [String.raw`Mat\'\ias`, "Matías"],
    [String.raw`Stra{\ss}e`, "Straße"],
    [String.raw`{\o}rsted`, "ørsted"],
    [String.raw`\AA{}ngstr\"om`, "Ångström"],
    [String.raw`Dvo\v{r}\'ak`, "Dvořák"],
    [String.raw`Erd\H{o}s`, "Erdős"],
    [String.raw`Fran\c{c}ois`, "François"],
    [String.raw`Fran\c cois`, "François"],
    [String.raw`\L{}ukasz Kaiser`, "Łukasz Kaiser"],
    [String.raw`Jos\`e`, "Josè"],
    [String.raw`\^{o}te`, "ôte"],
    [String.raw`Sm\~{a}o`, "Smão"],
    ["pages 1--10, a---b", "pages 1–10, a—b"],
    [String.raw`Top-$k$ and {CO$_2$} in $O(n^2)$`, "Top-k and CO₂ in O(n²)"],
    [String.raw`\emph{Deep} \textbf{learning}`, "Deep learning"],
    [String.raw`R\&D costs 5\% \$`, "R&D costs 5% $"],
    [String.raw`\{kept\}`, "{kept}"],
    ["Jane~Doe", "Jane Doe"],
    ["  plain   text  ", "plain text"],
  ])("%s → %s", (tex, text) => {
    expect(fastTexToUnicode(tex)).toBe(text);
  });

  it.each([
    String.raw`\MaxMinAntSystem`,
    String.raw`$\alpha$`,
    String.raw`a\hspace{0pt}b`,
    String.raw`$$x$$`,
  ])("leaves %s to the library", (tex) => {
    expect(fastTexToUnicode(tex)).toBeUndefined();
  });
});

describe("TeX → Unicode through @retorquere/bibtex-parser", () => {
  it.each([
    [String.raw`\MaxMinAntSystem`, "MaxMinAntSystem"],
    [String.raw`An $\mathcal{O}(n \log n)$ algorithm`, "An O(n log n) algorithm"],
    [String.raw`$\alpha$-helix and $\beta_2$`, "α-helix and β₂"],
    [String.raw`a\hspace{0pt}b`, "ab"],
    [String.raw`10\textsuperscript{2} cells`, "10² cells"],
    [String.raw`\textsc{Bert} and <i>html</i> a < b`, "Bert and html a < b"],
  ])("%s → %s", async (tex, text) => {
    expect(await convert(tex)).toEqual([text]);
  });

  it("agrees with the library on the accents, symbols and braces the fast path handles", async () => {
    const piece = fc.constantFrom(
      "a",
      "e",
      "o",
      "u",
      "n",
      "c",
      " ",
      "Ab",
      "{",
      "}",
      String.raw`\"u`,
      String.raw`\'e`,
      String.raw`\`a`,
      String.raw`\^o`,
      String.raw`\~n`,
      String.raw`\c{c}`,
      String.raw`\v{s}`,
      String.raw`\H{o}`,
      String.raw`{\ss}`,
      String.raw`{\o}`,
      String.raw`{\aa}`,
      String.raw`\L{}`,
      String.raw`{\'\i}`,
      String.raw`\&`,
      "--",
      "~",
    );
    const balanced = fc.array(piece, { maxLength: 12 }).map((pieces) => {
      let depth = 0;
      const kept = pieces.filter((p) => (p === "{" ? ++depth > 0 : p === "}" ? depth-- > 0 : true));
      return kept.join("") + "}".repeat(Math.max(0, depth));
    });
    const samples = fc.sample(fc.array(balanced, { minLength: 200, maxLength: 200 }), {
      numRuns: 1,
      seed: 8,
    })[0]!;
    const { parse } = await import("@retorquere/bibtex-parser");
    const bib = samples.map((s, i) => `@misc{v${i}, x = {${s}}}`).join("\n");
    // Empty values are left out of the library's entries.
    const library = parse(bib, { english: false, sentenceCase: false }).entries;
    for (const entry of library) {
      const tex = samples[Number(entry.key.slice(1))]!;
      // The library leaves a dotless ı under an accent; both read it as í.
      const expected = String(entry.fields.x ?? "")
        .replace(/ı([\u0300-\u036f])/g, "i$1")
        .normalize("NFC")
        .replace(/\s+/g, " ")
        .trim();
      expect([tex, fastTexToUnicode(tex)]).toEqual([tex, expected]);
    }
    expect(library.length).toBeGreaterThan(150);
  });

  it("falls back to the fast path's rules when the text is not TeX the library reads", () => {
    expect(texToUnicode(String.raw`\unknown{x} y`)).toBe("x y");
  });
});

describe("long values", () => {
  it("go to the library word by word, so one unknown command in an abstract costs one word", async () => {
    const words = Array.from({ length: 800 }, (_, i) => `w${i}`);
    words[400] = String.raw`\MaxMinAntSystem{}`;
    words[401] = String.raw`Fran\c cois`;
    const [text] = await convert(words.join(" "));
    expect(text!.split(" ")).toHaveLength(800);
    expect(text!.split(" ").slice(399, 403)).toEqual([
      "w399",
      "MaxMinAntSystem",
      "François",
      "w402",
    ]);
  });
});
