// The shape every log entry must have, checked at every door: records read back from IndexedDB,
// entries arriving from another tab, and imported files. A failure names the entry and the field
// ("log[3].papers: expected an array"), never a TypeError from deep inside the fold.
import * as v from "valibot";
import type { DecisionEntry } from "./types";

const text = v.pipe(v.string(), v.maxLength(10_000));
const id = v.pipe(text, v.minLength(1, "must not be empty"));
const ids = v.array(id);
const ref = v.object({ id, keep: v.optional(id), rest: v.optional(ids) });

const header = {
  id,
  corpusId: text,
  nameKey: text,
  at: v.pipe(text, v.isoTimestamp("must be an ISO time such as 2026-01-31T12:00:00.000Z")),
  session: id,
  deps: ids,
};

const group = v.object({ id, papers: ids });

export const entrySchema = v.variant(
  "kind",
  [
    v.object({ ...header, kind: v.literal("move"), papers: ids, to: ref, from: v.array(ref) }),
    v.object({
      ...header,
      kind: v.literal("split-off"),
      papers: ids,
      identity: id,
      from: v.array(ref),
    }),
    v.object({
      ...header,
      kind: v.literal("unassign"),
      papers: ids,
      from: v.optional(v.array(ref)),
    }),
    v.object({
      ...header,
      kind: v.literal("merge"),
      into: ref,
      from: v.array(ref),
      papers: v.optional(ids),
    }),
    v.object({
      ...header,
      kind: v.picklist(["accept", "assign"]),
      groups: v.array(group),
      apart: v.optional(v.array(v.tuple([id, id]))),
      apartPapers: v.optional(v.array(v.tuple([id, id]))),
      unassigned: ids,
      resolution: v.optional(v.pipe(v.number(), v.finite())),
      source: v.optional(text),
    }),
    v.object({ ...header, kind: v.literal("reset") }),
    v.object({ ...header, kind: v.literal("undo"), targets: ids }),
    v.object({ ...header, kind: v.literal("import"), file: text, adds: ids, importId: id }),
  ],
  'must have a "kind": move, split-off, unassign, merge, accept, assign, reset, undo or import',
);

// The schema's output is exactly a DecisionEntry (a compile error here means they drifted apart).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<v.InferOutput<typeof entrySchema>, DecisionEntry> = true;
void sameShape;

/** "log[3].papers: expected an array, got a string" for the first problem of `issues`. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], where: string): string {
  const issue = issues[0];
  if (!issue) return `${where}: not valid`;
  let path = where;
  for (const item of issue.path ?? []) {
    path += typeof item.key === "number" ? `[${item.key}]` : `.${String(item.key)}`;
  }
  if (issue.received === "undefined") return `${path}: is missing`;
  const expected = issue.expected ? `expected ${issue.expected}, got ${issue.received}` : "";
  const message = issue.message.startsWith("Invalid ") ? expected : issue.message;
  return `${path}: ${message || expected}`;
}

export type EntryCheck = { ok: true; entry: DecisionEntry } | { ok: false; problem: string };

/** Checks one entry; `where` names it in the message ("log[3]", "stored record of Lei Wang"). */
export function checkEntry(raw: unknown, where: string): EntryCheck {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: `${where}: expected an object, got ${kindOf(raw)}` };
  }
  const result = v.safeParse(entrySchema, raw);
  return result.success
    ? { ok: true, entry: result.output }
    : { ok: false, problem: describeIssue(result.issues, where) };
}

/** "null", "an array", "a number" … for messages about a value that is not what was expected. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "undefined" ? "nothing" : `a${/^[aeiou]/.test(type) ? "n" : ""} ${type}`;
}
