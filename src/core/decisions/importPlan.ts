// An import is a preview first: per name, what it would add or change, which of its papers this
// corpus does not hold, and where it contradicts a decision made here. Only `importEntries`, on
// the curator's confirmation, produces entries; they sit behind one import entry, so undoing the
// import is one step. A file from this corpus merges its log (history and all, idempotently);
// one from another corpus is mapped onto this corpus's papers by their portable keys and applied
// as one decision.
import { findConflicts } from "./conflicts";
import type { NameImport } from "./file";
import { foldLog, type CuratedState } from "./fold";
import { mergeLogs } from "./log";
import { matchPapers, type PortablePaper } from "./portable";
import { makeEntry, type RecordContext } from "./record";
import { logPapers } from "./references";
import type { AssignDecision, DecisionEntry, IdentityId, PaperId } from "./types";

export interface LocalName {
  nameKey: string;
  log: readonly DecisionEntry[];
  /** This corpus's papers of the name, with portable keys (empty: the name is not here). */
  papers: readonly PortablePaper[];
}

export type PlanStatus = "added" | "changed" | "unchanged" | "not in this corpus";

export interface NamePlan {
  nameKey: string;
  label: string;
  status: PlanStatus;
  /** history: the file's log joins this one; translated: its decisions, mapped onto these papers. */
  mode: "history" | "translated";
  /** Entries of the file new to this log (history mode). */
  foreign: DecisionEntry[];
  /** The decision applying the file's grouping (translated mode). */
  decision: AssignDecision | undefined;
  /** Papers here whose identity or status the import changes. */
  changed: PaperId[];
  /** Of those, papers a decision made here had placed otherwise (or concurrent edits of a paper). */
  conflicts: PaperId[];
  /** Papers of the file this corpus does not hold (or not under this name). */
  missing: PortablePaper[];
  /** Papers of the file that fit several papers here equally (same title and year, no DOI). */
  ambiguous: PortablePaper[];
}

export function planImport(
  incoming: NameImport,
  local: LocalName,
  sameCorpus: boolean,
  source: string,
): NamePlan {
  const base = { nameKey: incoming.nameKey, label: incoming.label };
  const none = { foreign: [], decision: undefined, changed: [], conflicts: [], ambiguous: [] };
  if (local.papers.length === 0) {
    return {
      ...base,
      ...none,
      status: "not in this corpus",
      mode: "translated",
      missing: incoming.papers,
    };
  }
  const here = new Set(local.papers.map((p) => p.id));
  const referenced = incoming.log ? [...logPapers(incoming.log)] : [];
  if (incoming.log && sameCorpus && referenced.every((p) => here.has(p))) {
    const known = new Set(local.log.map((e) => e.id));
    const foreign = incoming.log.filter((e) => !known.has(e.id));
    const missing = incoming.papers.filter((p) => !here.has(p.id));
    const after = mergeLogs(local.log, foreign);
    const before = new Set(findConflicts(local.log).map((c) => c.paper));
    const fresh = findConflicts(after)
      .map((c) => c.paper)
      .filter((p) => !before.has(p));
    return {
      ...base,
      ...compare(foldLog(local.log), foldLog(after), local.log.length > 0, fresh),
      mode: "history",
      foreign,
      decision: undefined,
      missing,
      ambiguous: [],
    };
  }
  const match = matchPapers(incoming.papers, local.papers);
  const decision = translate(incoming, match.map, source);
  const probe = makeEntry(local.log, decision, {
    corpusId: "",
    nameKey: local.nameKey,
    session: "preview",
    now: new Date(0),
  });
  const before = foldLog(local.log);
  const after = foldLog(mergeLogs(local.log, [probe]));
  return {
    ...base,
    ...compare(before, after, local.log.length > 0, []),
    mode: "translated",
    foreign: [],
    decision,
    missing: match.missing,
    ambiguous: match.ambiguous,
  };
}

/** The entries a confirmed import appends: what it brings, then the import entry gating them. */
export function importEntries(
  plan: NamePlan,
  log: readonly DecisionEntry[],
  context: RecordContext,
  file: string,
  importId: string,
): DecisionEntry[] {
  let brought: DecisionEntry[] = plan.foreign;
  if (plan.mode === "translated" && plan.decision)
    brought = [makeEntry(log, plan.decision, context)];
  const known = new Set(log.map((e) => e.id));
  brought = brought.filter((e) => !known.has(e.id));
  if (brought.length === 0) return [];
  const gate = makeEntry(
    mergeLogs(log, brought),
    { kind: "import", file, adds: brought.map((e) => e.id), importId },
    context,
  );
  return [...brought, gate];
}

/** The file's settled grouping (its log folded, or its fixed groups) on this corpus's paper ids. */
function translate(
  incoming: NameImport,
  map: Map<PaperId, PaperId>,
  source: string,
): AssignDecision {
  let groups: { id: IdentityId; papers: PaperId[] }[];
  let apart: [IdentityId, IdentityId][] | undefined;
  let apartPapers: [PaperId, IdentityId][] = [];
  let unassigned: PaperId[];
  if (incoming.log) {
    const state = foldLog(incoming.log);
    groups = [...state.groups].map(([id, papers]) => ({ id, papers: [...papers] }));
    apart = state.apart.map(([a, b]) => [a, b]);
    apartPapers = state.apartPapers.map(([p, id]) => [p, id]);
    unassigned = [...state.unassigned];
  } else {
    groups = incoming.groups ?? [];
    unassigned = incoming.unassigned ?? [];
  }
  const local = (ids: readonly PaperId[]): PaperId[] =>
    ids.flatMap((id) => (map.has(id) ? [map.get(id)!] : []));
  const renamed = new Map<IdentityId, IdentityId>();
  const used = new Set<IdentityId>();
  const mapped = groups.flatMap(({ id, papers }) => {
    const here = local(papers).sort();
    if (here.length === 0) return [];
    // The identity is named after its smallest paper here, as an untouched one would be.
    let name = `${here[0]!}`;
    for (let n = 2; used.has(name); n++) name = `${here[0]!}~${n}`;
    used.add(name);
    renamed.set(id, name);
    return [{ id: name, papers: here }];
  });
  const decision: AssignDecision = {
    kind: "assign",
    groups: mapped,
    unassigned: local(unassigned).sort(),
    source,
  };
  if (apart) {
    decision.apart = apart.flatMap(([a, b]) =>
      renamed.has(a) && renamed.has(b)
        ? [[renamed.get(a)!, renamed.get(b)!] as [IdentityId, IdentityId]]
        : [],
    );
  }
  const outOf = apartPapers.flatMap(([p, id]) =>
    map.has(p) && renamed.has(id) ? [[map.get(p)!, renamed.get(id)!] as [PaperId, IdentityId]] : [],
  );
  if (outOf.length > 0) decision.apartPapers = outOf;
  return decision;
}

/** Papers whose placement differs (a group that only grew keeps its old members unchanged). */
function compare(
  before: CuratedState,
  after: CuratedState,
  hadLog: boolean,
  concurrent: PaperId[],
): { status: PlanStatus; changed: PaperId[]; conflicts: PaperId[] } {
  const changed: PaperId[] = [];
  const conflicts = new Set<PaperId>(concurrent);
  const papers = new Set([
    ...before.groupOf.keys(),
    ...after.groupOf.keys(),
    ...before.unassigned,
    ...after.unassigned,
  ]);
  for (const p of papers) {
    const was = placement(before, p);
    const is = placement(after, p);
    if (same(was, is)) continue;
    changed.push(p);
    if (was !== undefined) conflicts.add(p);
  }
  const anyBefore = hadLog && (before.groupOf.size > 0 || before.unassigned.size > 0);
  const status: PlanStatus =
    changed.length === 0 && conflicts.size === 0 ? "unchanged" : anyBefore ? "changed" : "added";
  return { status, changed: changed.sort(), conflicts: [...conflicts].sort() };
}

type PaperPlacement = "unassigned" | ReadonlySet<PaperId> | undefined;

function placement(state: CuratedState, paper: PaperId): PaperPlacement {
  if (state.unassigned.has(paper)) return "unassigned";
  const group = state.groupOf.get(paper);
  return group === undefined ? undefined : new Set(state.groups.get(group));
}

function same(was: PaperPlacement, is: PaperPlacement): boolean {
  if (was === undefined || is === undefined || was === "unassigned" || is === "unassigned") {
    return was === is;
  }
  for (const p of was) if (!is.has(p)) return false;
  return true;
}
