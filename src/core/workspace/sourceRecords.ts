// The source's author records for a name set beside the suggested people, and what would reconcile
// them: a record whose papers fall into several identities looks like several people (split it);
// an identity holding several records says they are one person (merge them); a record count the
// source reports without ids ("2 author rows") is compared with the number of people suggested.
// Pure: reads identities and records, writes sentences and the per-record reading.

export interface RecordIdentity {
  key: string;
  name: string;
  /** Source author ids on this identity's mentions, with their paper counts. */
  sourceIds: readonly { id: string; papers: number }[];
}

/** A record count the source reports for the name without saying which paper is whose. */
export interface ReportedRecords {
  records: number;
  /** Where the count comes from ("an author-name cluster page"). */
  source: string;
}

export interface RecordReading {
  id: string;
  papers: number;
  /** Identity keys holding this record's papers. */
  identities: string[];
}

export type Verdict = "agree" | "merge-records" | "split-record" | "mixed" | "unknown";

export interface RecordReconciliation {
  records: RecordReading[];
  reported: ReportedRecords | undefined;
  verdict: Verdict;
  /** Sentences for the curator, most useful first. */
  lines: string[];
}

export function reconcileRecords(
  identities: readonly RecordIdentity[],
  reported?: ReportedRecords,
): RecordReconciliation {
  const byRecord = new Map<string, RecordReading>();
  for (const identity of identities) {
    for (const { id, papers } of identity.sourceIds) {
      const reading = byRecord.get(id) ?? { id, papers: 0, identities: [] };
      reading.papers += papers;
      reading.identities.push(identity.key);
      byRecord.set(id, reading);
    }
  }
  const records = [...byRecord.values()].sort(
    (a, b) => b.papers - a.papers || (a.id < b.id ? -1 : 1),
  );
  const nameOf = new Map(identities.map((i) => [i.key, i.name]));
  const people = identities.length;
  const lines: string[] = [];
  let merges = 0;
  let splits = 0;
  for (const identity of identities) {
    if (identity.sourceIds.length < 2) continue;
    merges++;
    lines.push(
      `${identity.name} holds ${identity.sourceIds.length} source records (${identity.sourceIds
        .map((s) => s.id)
        .join(", ")}): the suggestion says one person, so merge these records.`,
    );
  }
  for (const record of records) {
    if (record.identities.length < 2) continue;
    splits++;
    lines.push(
      `Record ${record.id} spans ${record.identities.length} suggested people (${record.identities
        .map((k) => nameOf.get(k) ?? k)
        .join("; ")}): split it, or merge those identities if they are one person.`,
    );
  }
  if (reported) lines.push(countLine(reported, people));
  const agreeing = records.filter((r) => r.identities.length === 1).length;
  if (records.length > 0 && merges === 0 && splits === 0)
    lines.unshift(
      `Each of the ${plural(records.length, "source record")} matches one suggested person.`,
    );
  else if (records.length > 0 && agreeing > 0)
    lines.push(
      `${plural(agreeing, "source record")} ${agreeing === 1 ? "matches" : "match"} one suggested person each.`,
    );
  return {
    records,
    reported,
    verdict: verdictOf(records.length, merges, splits, reported, people),
    lines,
  };
}

function countLine(reported: ReportedRecords, people: number): string {
  const source = `The source (${reported.source}) lists ${plural(reported.records, "author record")}`;
  if (reported.records === people)
    return `${source}; the suggestion also finds ${plural(people, "person", "people")}.`;
  if (reported.records > people)
    return `${source}; the suggestion says ${plural(people, "person", "people")}: ${
      people === 1 ? "merge them" : `merge them into ${people}`
    } (the source splits one person's papers).`;
  return `${source}; the suggestion finds ${plural(people, "person", "people")}: check the identities before splitting the source's record${
    reported.records === 1 ? "" : "s"
  }.`;
}

function verdictOf(
  withIds: number,
  merges: number,
  splits: number,
  reported: ReportedRecords | undefined,
  people: number,
): Verdict {
  if (withIds > 0) {
    if (merges > 0 && splits > 0) return "mixed";
    if (merges > 0) return "merge-records";
    if (splits > 0) return "split-record";
    return "agree";
  }
  if (!reported) return "unknown";
  if (reported.records === people) return "agree";
  return reported.records > people ? "merge-records" : "split-record";
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
