// Decisions in IndexedDB (through `idb`): one record per log entry, keyed [corpus, name, entry id],
// so two tabs append side by side and never overwrite each other. Records are checked as they are
// read; a name with a record that fails is quarantined (set aside with its raw records, which can be
// exported), and every other name loads. Version-1 review records are migrated on upgrade.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from "idb";
import { checkEntry, type DecisionEntry } from "../../core/decisions";
import { migrateLegacyRecords } from "./migration";

const DB_NAME = "coauthor-explorer";
const VERSION = 2;

/** A stored record as read back: whatever is there, checked before use. */
export type RawRecord = Record<string, unknown>;

export interface QuarantinedRecord {
  corpusId: string;
  nameKey: string;
  raw: unknown;
  problem: string;
  at: string;
  /** False while the name is shown as quarantined; true once the curator reset that name. */
  acknowledged: boolean;
  id?: number;
}

interface DecisionsDb extends DBSchema {
  /** Version 1: one record per name (groups). Kept as it was after migration, never written. */
  reviews: { key: [string, string]; value: RawRecord; indexes: { corpusId: string } };
  decisions: {
    key: [string, string, string];
    value: DecisionEntry;
    indexes: { corpusId: string; name: [string, string] };
  };
  quarantine: { key: number; value: QuarantinedRecord; indexes: { corpusId: string } };
}

export interface QuarantinedName {
  nameKey: string;
  /** What failed, naming the record and field. */
  problem: string;
  /** The raw records, for export. */
  records: unknown[];
}

export interface LoadedDecisions {
  logs: Map<string, DecisionEntry[]>;
  quarantined: Map<string, QuarantinedName>;
}

export class DecisionStore {
  private db: Promise<IDBPDatabase<DecisionsDb>> | undefined;

  private open(): Promise<IDBPDatabase<DecisionsDb>> {
    this.db ??= openDB<DecisionsDb>(DB_NAME, VERSION, {
      upgrade: (db, oldVersion, _newVersion, transaction) =>
        upgrade(db, oldVersion, transaction as unknown as UpgradeTransaction),
    });
    return this.db;
  }

  /** Every name's log of a corpus; names with a record that fails its check are quarantined. */
  async load(corpusId: string): Promise<LoadedDecisions> {
    const db = await this.open();
    const tx = db.transaction(["decisions", "quarantine"], "readonly");
    const records = (await tx
      .objectStore("decisions")
      .index("corpusId")
      .getAll(corpusId)) as unknown[];
    const held = await tx.objectStore("quarantine").index("corpusId").getAll(corpusId);
    return sortRecords(records, held);
  }

  /** One name's log, read again (another tab wrote to it). */
  async loadName(corpusId: string, nameKey: string): Promise<LoadedDecisions> {
    const db = await this.open();
    const tx = db.transaction(["decisions", "quarantine"], "readonly");
    const records = (await tx
      .objectStore("decisions")
      .index("name")
      .getAll([corpusId, nameKey])) as unknown[];
    const held = (await tx.objectStore("quarantine").index("corpusId").getAll(corpusId)).filter(
      (q) => q.nameKey === nameKey,
    );
    return sortRecords(records, held);
  }

  /** Appends entries; ones already stored (same key) are left as they are. */
  async append(entries: readonly DecisionEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const db = await this.open();
    const tx = db.transaction("decisions", "readwrite");
    const store = tx.objectStore("decisions");
    await Promise.all(
      entries.map(async (entry) => {
        const key: [string, string, string] = [entry.corpusId, entry.nameKey, entry.id];
        if ((await store.count(key)) === 0) await store.add(entry);
      }),
    );
    await tx.done;
  }

  /**
   * Sets a name's records aside (reset of that name only): they move to the quarantine store,
   * where they stay exportable, and the name starts afresh.
   */
  async setAside(corpusId: string, nameKey: string, problem: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(["decisions", "quarantine"], "readwrite");
    const decisions = tx.objectStore("decisions");
    const range = IDBKeyRange.bound([corpusId, nameKey], [corpusId, nameKey, []]);
    const at = new Date().toISOString();
    const quarantine = tx.objectStore("quarantine");
    for (let cursor = await decisions.openCursor(range); cursor; cursor = await cursor.continue()) {
      await quarantine.add({
        corpusId,
        nameKey,
        raw: cursor.value,
        problem,
        at,
        acknowledged: true,
      });
      await cursor.delete();
    }
    for (const held of await quarantine.index("corpusId").getAll(corpusId)) {
      if (held.nameKey === nameKey && !held.acknowledged)
        await quarantine.put({ ...held, acknowledged: true });
    }
    await tx.done;
  }
}

type UpgradeTransaction = IDBPTransaction<
  DecisionsDb,
  ("reviews" | "decisions" | "quarantine")[],
  "versionchange"
>;

async function upgrade(
  db: IDBPDatabase<DecisionsDb>,
  oldVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore("reviews", { keyPath: ["corpusId", "nameKey"] }).createIndex(
      "corpusId",
      "corpusId",
    );
  }
  if (oldVersion < 2) {
    const decisions = db.createObjectStore("decisions", { keyPath: ["corpusId", "nameKey", "id"] });
    decisions.createIndex("corpusId", "corpusId");
    decisions.createIndex("name", ["corpusId", "nameKey"]);
    db.createObjectStore("quarantine", { keyPath: "id", autoIncrement: true }).createIndex(
      "corpusId",
      "corpusId",
    );
    const legacy = (await tx.objectStore("reviews").getAll()) as unknown[];
    const { entries, rejected } = migrateLegacyRecords(legacy, new Date());
    for (const entry of entries) await tx.objectStore("decisions").put(entry);
    for (const record of rejected) await tx.objectStore("quarantine").add(record);
  }
}

/** Groups raw records by name and checks each; one bad record quarantines its name only. */
export function sortRecords(
  records: readonly unknown[],
  held: readonly QuarantinedRecord[],
): LoadedDecisions {
  const logs = new Map<string, DecisionEntry[]>();
  const quarantined = new Map<string, QuarantinedName>();
  for (const record of held) {
    if (record.acknowledged) continue;
    const name = quarantined.get(record.nameKey);
    if (name) name.records.push(record.raw);
    else
      quarantined.set(record.nameKey, {
        nameKey: record.nameKey,
        problem: record.problem,
        records: [record.raw],
      });
  }
  for (const raw of records) {
    const nameKey = nameKeyOf(raw);
    if (typeof raw !== "object" || raw === null || typeof (raw as RawRecord).nameKey !== "string") {
      const problem = `a stored decision filed under "${nameKey}" is not a decision record`;
      const name = quarantined.get(nameKey);
      if (name) name.records.push(raw);
      else quarantined.set(nameKey, { nameKey, problem, records: [raw] });
      continue;
    }
    const check = checkEntry(raw, `a stored decision of "${nameKey}"`);
    const name = quarantined.get(nameKey);
    if (name) {
      name.records.push(raw);
      continue;
    }
    if (!check.ok || check.entry.nameKey !== nameKey) {
      const problem = check.ok
        ? `a stored decision of "${nameKey}" is filed under another name`
        : check.problem;
      const log = logs.get(nameKey) ?? [];
      logs.delete(nameKey);
      quarantined.set(nameKey, { nameKey, problem, records: [...log, raw] });
      continue;
    }
    const log = logs.get(nameKey);
    if (log) log.push(check.entry);
    else logs.set(nameKey, [check.entry]);
  }
  return { logs, quarantined };
}

function nameKeyOf(raw: unknown): string {
  const key = typeof raw === "object" && raw !== null ? (raw as RawRecord).nameKey : undefined;
  return typeof key === "string" ? key : String(JSON.stringify(key) ?? "?");
}
