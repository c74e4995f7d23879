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
