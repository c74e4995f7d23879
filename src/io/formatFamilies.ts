// What the "Open files…" button and the drop overlay tell a user she can open: the registry's
// formats by family, in words she knows from her source's export menu. Kept apart from the registry
// so the page does not load every parser to say their names; a test ties the two (every format of
// the registry is in one family here, and no family names a format the registry lacks).

export interface FormatFamily {
  /** The family as the hint says it. */
  name: string;
  /** Registry format ids it covers. */
  ids: string[];
}

export const FORMAT_FAMILIES: readonly FormatFamily[] = [
  { name: "BibTeX", ids: ["bibtex"] },
  { name: "RIS", ids: ["ris"] },
  { name: "PubMed/MEDLINE (text or XML)", ids: ["medline", "pubmed-xml"] },
  { name: "CSL JSON", ids: ["csl-json"] },
  { name: "OpenAlex", ids: ["openalex", "openalex-csv"] },
  { name: "Crossref", ids: ["crossref"] },
  { name: "ORCID", ids: ["orcid"] },
  { name: "DBLP XML", ids: ["dblp-xml"] },
  { name: "Web of Science", ids: ["wos-text", "wos-tab"] },
  { name: "Scopus", ids: ["scopus-csv"] },
  { name: "Lens", ids: ["lens-csv"] },
  { name: "IEEE Xplore", ids: ["ieee-csv"] },
  { name: "SpringerLink", ids: ["springer-csv"] },
  { name: "CSV/TSV", ids: ["csv"] },
  { name: "project JSON", ids: ["corpus-json"] },
  { name: "person-XML", ids: ["person-xml"] },
];

/** "BibTeX, RIS, …, project JSON or person-XML; .gz too". */
export function formatFamiliesText(): string {
  const names = FORMAT_FAMILIES.map((family) => family.name);
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}; .gz too`;
}
