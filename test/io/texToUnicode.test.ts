import { describe, expect, it } from "vitest";
import { texToUnicode } from "../../src/io/texToUnicode";

describe("texToUnicode", () => {
  it.each([
    [String.raw`M{\"u}ller`, "Müller"],
    [String.raw`M\"uller`, "Müller"],
    [String.raw`M\"{u}ller`, "Müller"],
    [String.raw`Jos\'e`, "José"],
    [String.raw`Garc{\'\i}a`, "García"],
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
    [String.raw`Top-$k$ and {CO$_2$}`, "Top-k and CO2"],
    [String.raw`\emph{Deep} \textbf{learning}`, "Deep learning"],
    [String.raw`R\&D costs 5\% \$`, "R&D costs 5% $"],
    [String.raw`\{kept\}`, "{kept}"],
    ["Jane~Doe", "Jane Doe"],
    ["  plain   text  ", "plain text"],
  ])("%s → %s", (tex, text) => {
    expect(texToUnicode(tex)).toBe(text);
  });
});
