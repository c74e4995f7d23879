// Files and records from before the log: the version-1 review JSON ({"format":
// "coauthor-explorer-review", "reviews": [{nameKey, label, status, groups}]}) and the review CSV
// (one row per paper: name, name_key, paper_id, title, identity[, status]; this app's CSV export has
// the same columns and more). Each becomes a fixed grouping per name, applied as one decision.
import { CorpusError } from "../corpus";
import { nameKey as toNameKey } from "../nameKey";
import { readCsvRows } from "../../io/csvRows";
import { DecisionsFileError } from "./fileError";
import type { NameImport, ParsedDecisions } from "./file";
import { kindOf } from "./schema";
import type { IdentityId, PaperId } from "./types";

export const LEGACY_REVIEW_FORMAT = "coauthor-explorer-review";
/** The identity cell of a paper the curator held out ("not this person"). */
export const UNASSIGNED_CELL = "unassigned";

/** A stored or exported version-1 review record, once checked. */
export interface LegacyReview {
  nameKey: string;
  label: string;
  status: "accepted" | "edited";
  groups: PaperId[][];
  updatedAt: string | undefined;
}

/** Checks one version-1 record; the message names `where` and the field. */
export function checkLegacyReview(raw: unknown, where: string): LegacyReview | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return `${where}: expected an object, got ${kindOf(raw)}`;
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.nameKey !== "string" || r.nameKey === "") {
    return `${where}.nameKey: expected the name key as text, got ${kindOf(r.nameKey)}`;
  }
  if (!Array.isArray(r.groups)) {
    return `${where}.groups: expected lists of paper ids, got ${kindOf(r.groups)}`;
  }
  const groups: PaperId[][] = [];
  for (const [i, group] of r.groups.entries()) {
    if (!Array.isArray(group) || !group.every((id) => typeof id === "string" && id !== "")) {
      return `${where}.groups[${i}]: expected a list of paper ids (text)`;
    }
    if (group.length > 0) groups.push(group as PaperId[]);
  }
  return {
    nameKey: r.nameKey,
    label: typeof r.label === "string" && r.label !== "" ? r.label : r.nameKey,
    status: r.status === "accepted" ? "accepted" : "edited",
    groups,
    updatedAt:
      typeof r.updatedAt === "string" && Number.isFinite(Date.parse(r.updatedAt))
        ? new Date(Date.parse(r.updatedAt)).toISOString()
        : undefined,
  };
}

/** Group ids for a fixed grouping: each group's smallest paper id. */
export function groupsWithIds(groups: PaperId[][]): { id: IdentityId; papers: PaperId[] }[] {
  const used = new Set<string>();
  return groups.map((papers) => {
    let id = [...papers].sort()[0]!;
    for (let n = 2; used.has(id); n++) id = `${[...papers].sort()[0]!}~${n}`;
    used.add(id);
    return { id, papers: [...papers] };
  });
}

export function readLegacyJson(data: Record<string, unknown>, fileName: string): ParsedDecisions {
  if (!Array.isArray(data.reviews)) {
    throw new DecisionsFileError(
      fileName,
      `"reviews": expected a list, got ${kindOf(data.reviews)}`,
    );
  }
  const names: NameImport[] = [];
  const skipped: string[] = [];
  data.reviews.forEach((raw: unknown, i) => {
    const review = checkLegacyReview(raw, `reviews[${i}]`);
    if (typeof review === "string") skipped.push(review);
    else names.push(legacyName(review));
  });
  return {
    file: fileName,
    corpusId: typeof data.corpusId === "string" ? data.corpusId : undefined,
    names,
    skipped,
  };
}

function legacyName(review: LegacyReview): NameImport {
  return {
    nameKey: review.nameKey,
    label: review.label,
    papers: review.groups.flat().map((id) => ({ id, title: "" })),
    groups: groupsWithIds(review.groups),
  };
}

/** The review CSV; rows with an empty name, paper id or identity are skipped and reported. */
export function readReviewCsv(text: string, fileName: string): ParsedDecisions {
  let rows;
  try {
    rows = readCsvRows(text, ",", fileName);
  } catch (error) {
    if (error instanceof CorpusError)
      throw new DecisionsFileError(fileName, error.message.replace(`${fileName}, `, ""));
    throw error;
  }
  const header = rows.shift()?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const column = (...names: string[]): number => header.findIndex((h) => names.includes(h));
  const [name, key, paper, title, identity, doi, year] = [
    column("name"),
    column("name_key"),
    column("paper_id"),
    column("title"),
    column("identity_id", "identity"),
    column("doi"),
    column("year"),
  ];
  if (name < 0 || paper < 0 || identity < 0) {
    throw new DecisionsFileError(
      fileName,
      `line 1: expected the columns "name", "paper_id" and "identity" (found ${header.length > 0 ? header.map((h) => `"${h}"`).join(", ") : "no header"})`,
    );
  }
  const byName = new Map<
    string,
    {
      label: string;
      groups: Map<string, PaperId[]>;
      unassigned: PaperId[];
      papers: NameImport["papers"];
    }
  >();
  const skipped: string[] = [];
  for (const { line, cells } of rows) {
    if (cells.every((c) => c.trim() === "")) continue;
    const cell = (at: number): string => (at < 0 ? "" : uncell(cells[at] ?? ""));
    const [label, paperId, group] = [cell(name), cell(paper), cell(identity)];
    if (!label || !paperId || !group) {
      skipped.push(
        `line ${line}: "name", "paper_id" and "identity" must not be empty; row skipped`,
      );
      continue;
    }
    const nameKey = cell(key) || toNameKey(label);
    let entry = byName.get(nameKey);
    if (!entry)
      byName.set(nameKey, (entry = { label, groups: new Map(), unassigned: [], papers: [] }));
    const list = group === UNASSIGNED_CELL ? entry.unassigned : entry.groups.get(group);
    if (list) list.push(paperId);
    else entry.groups.set(group, [paperId]);
    const y = Number(cell(year));
    entry.papers.push({
      id: paperId,
      title: cell(title),
      ...(cell(doi) ? { doi: cell(doi) } : {}),
      ...(cell(year) && Number.isInteger(y) ? { year: y } : {}),
    });
  }
  const names = [...byName].map(([nameKey, { label, groups, unassigned, papers }]) => ({
    nameKey,
    label,
    papers,
    groups: groupsWithIds([...groups.values()]),
    unassigned,
  }));
  return { file: fileName, corpusId: undefined, names, skipped };
}

/** Strips the apostrophe the CSV export put before a cell a spreadsheet would run as a formula. */
function uncell(value: string): string {
  return value.replace(/^'(?='*[=+\-@\t\r])/, "").trim();
}
