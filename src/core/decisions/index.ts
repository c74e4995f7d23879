// The decisions API in one place: what the UI, the Worker and the eval import. See
// notes/DECISIONS-API.md for how the pieces fit.
export type * from "./types";
export {
  acceptView,
  DecisionError,
  mergeIdentities,
  movePapers,
  redoLast,
  resetName,
  undoLast,
  type MoveTarget,
} from "./actions";
export { findConflicts, groupConflicts, type DecisionConflict, type Placement } from "./conflicts";
export { EMPTY_STATE, foldLog, toConstraints, type CuratedState } from "./fold";
export {
  describeEntry,
  historyRows,
  papersOf,
  type HistoryRow,
  type IdentityLabel,
} from "./history";
export { identityIds, newIdentityId } from "./identities";
export { compareEntries, frontier, mergeLogs } from "./log";
export { makeEntry, recordDecision, type RecordContext } from "./record";
export { LogStatus, type EntryStatus } from "./status";
export { identityOf, nameView, type CuratedIdentity, type NameView } from "./view";
export {
  nextCorrection,
  simulateCurator,
  type ConstrainedSplit,
  type CuratorOptions,
  type CuratorRun,
} from "./curatorSimulation";
export { decisionsToCsv } from "./csvExport";
export { decisionsFile, nameExport, type NameExportInput } from "./exportFile";
export {
  DECISIONS_FORMAT,
  decisionsToJson,
  type DecisionsFile,
  type ExportedIdentity,
  type NameDecisionsExport,
  type NameImport,
  type ParsedDecisions,
} from "./file";
export { DecisionsFileError } from "./fileError";
export {
  importEntries,
  planImport,
  type LocalName,
  type NamePlan,
  type PlanStatus,
} from "./importPlan";
export { checkLegacyReview, groupsWithIds, type LegacyReview } from "./legacy";
export {
  matchPapers,
  normaliseDoi,
  normaliseTitle,
  portablePaper,
  type PortablePaper,
} from "./portable";
export { readDecisionsFile } from "./readFile";
export { checkEntry } from "./schema";
export { constraintsKey, nameDecisions, type NameDecisions } from "./nameDecisions";
