// The decisions as a spreadsheet: one row per paper of each decided name, with its identity (id and
// label), its portable keys and whether a decision placed it. Read back by the review CSV importer.
import type { DecisionsFile } from "./file";
import { UNASSIGNED_CELL } from "./legacy";

export const CSV_COLUMNS = [
  "name",
  "name_key",
  "identity_id",
  "identity_label",
  "paper_id",
  "doi",
  "title",
  "year",
  "author_ids",
] as const;

export function decisionsToCsv(file: DecisionsFile): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const name of file.names) {
    const papers = new Map(name.papers.map((p) => [p.id, p]));
    const row = (identity: string, label: string, paperId: string): string => {
      const paper = papers.get(paperId);
      return [
        name.label,
        name.nameKey,
        identity,
        label,
        paperId,
        paper?.doi ?? "",
        paper?.title ?? "",
        paper?.year === undefined ? "" : String(paper.year),
        (paper?.authorIds ?? []).join(" "),
      ]
        .map(csvCell)
        .join(",");
    };
    for (const identity of name.identities) {
      for (const paperId of identity.papers) lines.push(row(identity.id, identity.label, paperId));
    }
    for (const paperId of name.unassigned) {
      lines.push(row(UNASSIGNED_CELL, "not this person", paperId));
    }
  }
  return lines.join("\r\n") + "\r\n";
}

/**
 * Quotes a CSV cell; cells a spreadsheet would run as a formula get a leading apostrophe, and so do
 * cells that already start with apostrophes before one, so that import strips exactly the one added.
 */
export function csvCell(value: string): string {
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
