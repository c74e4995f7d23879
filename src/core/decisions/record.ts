// Turning a decision into a log entry: a unique id (session + counter), a time no earlier than any
// entry the tab has seen, and the frontier it had seen as dependencies.
import { frontier, mergeLogs } from "./log";
import type { Decision, DecisionEntry } from "./types";

export interface RecordContext {
  corpusId: string;
  nameKey: string;
  /** The tab (page load) deciding; unique per tab, e.g. a random id made at start. */
  session: string;
  now: Date;
}

/** The entry for `decision`, and the log with it. */
export function recordDecision(
  log: readonly DecisionEntry[],
  decision: Decision,
  context: RecordContext,
): { entry: DecisionEntry; log: DecisionEntry[] } {
  const entry = makeEntry(log, decision, context);
  return { entry, log: mergeLogs(log, [entry]) };
}

export function makeEntry(
  log: readonly DecisionEntry[],
  decision: Decision,
  { corpusId, nameKey, session, now }: RecordContext,
): DecisionEntry {
  let count = 0;
  let latest = 0;
  for (const entry of log) {
    if (entry.session === session) count++;
    const t = Date.parse(entry.at);
    if (Number.isFinite(t) && t > latest) latest = t;
  }
  const ids = new Set(log.map((e) => e.id));
  let n = count + 1;
  while (ids.has(`${session}.${n}`)) n++;
  // Strictly after everything seen, so the fold order never puts an entry before its causes.
  const at = new Date(Math.max(now.getTime(), latest + 1)).toISOString();
  const header = { id: `${session}.${n}`, corpusId, nameKey, at, session, deps: frontier(log) };
  return { ...header, ...decision };
}
