// Review decisions in and out of the app: JSON (the records as stored) and CSV (one row per paper
// mention: name, paper id, title, identity), both readable back. Pure, unit-tested.
import { nameKey } from "../../core/nameKey";
import { readCsvRows } from "../../io/csvRows";
import type { ReviewRecord, ReviewStatus } from "../reviewModel";

export const REVIEW_FORMAT = "coauthor-explorer-review";
export const CSV_COLUMNS = ["name", "name_key", "paper_id", "title", "identity", "status"] as const;

export function reviewsToJson(corpusId: string, records: ReviewRecord[], now = new Date()): string {
  const body = { format: REVIEW_FORMAT, version: 1, corpusId, exportedAt: now.toISOString() };
  return JSON.stringify({ ...body, reviews: records }, null, 2);
}

export function reviewsFromJson(text: string, corpusId: string): ReviewRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message}); export the file again`);
  }
  const root = data as { format?: unknown; reviews?: unknown };
  if (root?.format !== REVIEW_FORMAT || !Array.isArray(root.reviews)) {
    throw new Error(`expected a "${REVIEW_FORMAT}" file with a "reviews" array`);
  }
  return root.reviews.map((raw: unknown, i) => {
    const r = raw as Partial<ReviewRecord>;
    const groupsOk =
      Array.isArray(r.groups) &&
      r.groups.every((g) => Array.isArray(g) && g.every((id) => typeof id === "string"));
    if (typeof r.nameKey !== "string" || !groupsOk) {
      throw new Error(`reviews[${i}]: needs "nameKey" (text) and "groups" (lists of paper ids)`);
    }
    return {
      corpusId,
      nameKey: r.nameKey,
      label: typeof r.label === "string" ? r.label : r.nameKey,
      status: r.status === "accepted" ? "accepted" : "edited",
      groups: r.groups!.filter((g) => g.length > 0),
      updatedAt: typeof r.updatedAt === "string" ? r.updatedAt : new Date(0).toISOString(),
    };
  });
}

export function reviewsToCsv(
  records: ReviewRecord[],
  titleOf: (paperId: string) => string | undefined,
): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const record of records) {
    record.groups.forEach((group, g) => {
      for (const paperId of group) {
        const row = [record.label, record.nameKey, paperId, titleOf(paperId) ?? ""];
        lines.push([...row, String(g + 1), record.status].map(csvCell).join(","));
      }
    });
  }
  return lines.join("\r\n") + "\r\n";
}

export function reviewsFromCsv(text: string, corpusId: string, now = new Date()): ReviewRecord[] {
  const rows = readCsvRows(text.replace(/^\uFEFF/, ""), ",", "review CSV");
  const header = rows.shift()?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const column = (name: string): number => header.indexOf(name);
  for (const required of ["name", "paper_id", "identity"]) {
    if (column(required) < 0) {
      throw new Error(`CSV line 1: missing the "${required}" column; expected ${CSV_COLUMNS}`);
    }
  }
  const byName = new Map<string, { record: ReviewRecord; groups: Map<string, string[]> }>();
  for (const { line, cells } of rows) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    const cell = (name: string): string => uncell(cells[column(name)] ?? "");
    const name = cell("name");
    const paperId = cell("paper_id");
    const identity = cell("identity");
    if (!name || !paperId || !identity) {
      throw new Error(`CSV line ${line}: "name", "paper_id" and "identity" must not be empty`);
    }
    const key = column("name_key") >= 0 && cell("name_key") ? cell("name_key") : nameKey(name);
    let entry = byName.get(key);
    if (!entry) {
      const status: ReviewStatus = cell("status") === "edited" ? "edited" : "accepted";
      const record = { corpusId, nameKey: key, label: name, status, groups: [], updatedAt: "" };
      byName.set(
        key,
        (entry = { record: { ...record, updatedAt: now.toISOString() }, groups: new Map() }),
      );
    }
    let group = entry.groups.get(identity);
    if (!group) entry.groups.set(identity, (group = []));
    group.push(paperId);
  }
  return [...byName.values()].map(({ record, groups }) => ({
    ...record,
    groups: [...groups.entries()]
      .sort((a, b) => Number(a[0]) - Number(b[0]) || a[0].localeCompare(b[0]))
      .map(([, ids]) => ids),
  }));
}

/**
 * Quotes a CSV cell; cells a spreadsheet would run as a formula get a leading apostrophe, and so do
 * cells that already start with apostrophes before one, so that import strips exactly the one added.
 */
export function csvCell(value: string): string {
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function uncell(value: string): string {
  return value.replace(/^'(?='*[=+\-@\t\r])/, "").trim();
}
