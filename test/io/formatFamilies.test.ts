import { describe, expect, it } from "vitest";
import { FORMAT_FAMILIES, formatFamiliesText } from "../../src/io/formatFamilies";
import { formats } from "../../src/io/registry";

describe("the formats the Open files hint names", () => {
  it("cover every format of the registry, each once, and nothing else", () => {
    const named = FORMAT_FAMILIES.flatMap((family) => family.ids).sort();
    expect(named).toEqual(formats.map((format) => format.id).sort());
  });

  it.each([["RIS"], ["PubMed/MEDLINE"], ["CSL JSON"], ["BibTeX"], ["DBLP XML"], ["OpenAlex"]])(
    "names %s",
    (name) => {
      expect(formatFamiliesText()).toContain(name);
    },
  );
});
