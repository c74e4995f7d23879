// Version-1 review records (one per name: the curator's groups) become one "assign" entry each, so
// no stored decision is lost when the log replaces them; a record that fails its check is set aside
// with the reason, to be shown on its name and exported.
import { checkLegacyReview, groupsWithIds, type DecisionEntry } from "../../core/decisions";
import type { QuarantinedRecord } from "./decisionStore";

export const MIGRATION_SESSION = "migrated-v1";

export function migrateLegacyRecords(
  records: readonly unknown[],
  now: Date,
): { entries: DecisionEntry[]; rejected: QuarantinedRecord[] } {
  const entries: DecisionEntry[] = [];
  const rejected: QuarantinedRecord[] = [];
  records.forEach((raw, i) => {
    const corpusId = field(raw, "corpusId");
    const nameKey = field(raw, "nameKey");
    const review = checkLegacyReview(raw, `the saved review of "${nameKey}"`);
    if (typeof review === "string") {
      rejected.push({
        corpusId,
        nameKey,
        raw,
        problem: review,
        at: now.toISOString(),
        acknowledged: false,
      });
      return;
    }
    entries.push({
      id: `${MIGRATION_SESSION}.${i + 1}`,
      corpusId,
      nameKey: review.nameKey,
      at: review.updatedAt ?? now.toISOString(),
      session: MIGRATION_SESSION,
      deps: [],
      kind: review.status === "accepted" ? "accept" : "assign",
      groups: groupsWithIds(review.groups),
      unassigned: [],
      source: "decisions saved by an earlier version",
    });
  });
  return { entries, rejected };
}

function field(raw: unknown, key: string): string {
  const value =
    typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : String(JSON.stringify(value) ?? "?");
}
