// The decisions file: per name, the identities as shown when exported (stable paper keys, source
// author ids), the papers they name with their portable keys, and the full log (history included).
// Another corpus holding the same papers under other ids can re-apply them (see importPlan).
import * as v from "valibot";
import { DecisionsFileError } from "./fileError";
import type { PortablePaper } from "./portable";
import { checkEntry, describeIssue, kindOf } from "./schema";
import type { DecisionEntry, IdentityId, PaperId } from "./types";

export const DECISIONS_FORMAT = "coauthor-explorer-decisions";
export const DECISIONS_VERSION = 2;

export interface ExportedIdentity {
  id: IdentityId;
  /** Named by content, as the app shows it. */
  label: string;
  papers: PaperId[];
  /** Source author ids (author records) seen on this identity's mentions. */
  authorIds: string[];
}

export interface NameDecisionsExport {
  nameKey: string;
  label: string;
  identities: ExportedIdentity[];
  unassigned: PaperId[];
  /** Every paper the identities, unassigned list and log name, with its portable keys. */
  papers: PortablePaper[];
  log: DecisionEntry[];
}

export interface DecisionsFile {
  format: typeof DECISIONS_FORMAT;
  version: typeof DECISIONS_VERSION;
  corpusId: string;
  corpusLabel: string;
  exportedAt: string;
  names: NameDecisionsExport[];
}

/** One name as read from any supported file: a log (this format) or a fixed grouping (older ones). */
export interface NameImport {
  nameKey: string;
  label: string;
  papers: PortablePaper[];
  log?: DecisionEntry[];
  groups?: { id: IdentityId; papers: PaperId[] }[];
  unassigned?: PaperId[];
}

export interface ParsedDecisions {
  file: string;
  /** The corpus the file was exported from, when it says. */
  corpusId: string | undefined;
  names: NameImport[];
  /** Names that could not be read, each with the entry and field at fault; the others still import. */
  skipped: string[];
}

export function decisionsToJson(file: DecisionsFile): string {
  return JSON.stringify(file, null, 1);
}

const text = v.pipe(v.string(), v.maxLength(10_000));
const nonEmpty = v.pipe(text, v.minLength(1, "must not be empty"));
const portable = v.object({
  id: nonEmpty,
  doi: v.optional(text),
  title: text,
  year: v.optional(v.pipe(v.number(), v.integer())),
  authorIds: v.optional(v.array(text)),
});
const nameSchema = v.object({
  nameKey: nonEmpty,
  label: v.optional(text),
  papers: v.optional(v.array(portable)),
  log: v.array(v.unknown()),
});

/** Reads a parsed JSON value in this format; one bad name is skipped and reported. */
export function readDecisionsJson(
  data: Record<string, unknown>,
  fileName: string,
): ParsedDecisions {
  if (data.version !== DECISIONS_VERSION) {
    throw new DecisionsFileError(
      fileName,
      `"version" is ${JSON.stringify(data.version) ?? "missing"}; this app reads version ${DECISIONS_VERSION} (update the app that wrote it, or export again)`,
    );
  }
  if (!Array.isArray(data.names)) {
    throw new DecisionsFileError(
      fileName,
      `"names": expected a list of names, got ${kindOf(data.names)}`,
    );
  }
  const names: NameImport[] = [];
  const skipped: string[] = [];
  data.names.forEach((raw: unknown, i) => {
    const where = `names[${i}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      skipped.push(`${where}: expected an object, got ${kindOf(raw)}`);
      return;
    }
    const parsed = v.safeParse(nameSchema, raw);
    if (!parsed.success) {
      skipped.push(describeIssue(parsed.issues, where));
      return;
    }
    const { nameKey, label = nameKey, papers = [], log: rawLog } = parsed.output;
    const log: DecisionEntry[] = [];
    for (const [j, entry] of rawLog.entries()) {
      const check = checkEntry(entry, `${where} (${label}).log[${j}]`);
      if (!check.ok) {
        skipped.push(`${check.problem}; this name was not imported`);
        return;
      }
      if (check.entry.nameKey !== nameKey) {
        skipped.push(
          `${where} (${label}).log[${j}].nameKey: "${check.entry.nameKey}" is not "${nameKey}"; this name was not imported`,
        );
        return;
      }
      log.push(check.entry);
    }
    names.push({ nameKey, label, papers, log });
  });
  return {
    file: fileName,
    corpusId: typeof data.corpusId === "string" ? data.corpusId : undefined,
    names,
    skipped,
  };
}
