// The product's real cost: how many corrections a curator needs before a name's split is right.
// A greedy curator, knowing the truth, makes one decision at a time (move the largest block of
// papers that sits in the wrong identity to where its person lives, or split it off as a new
// identity; a whole identity moved is a merge), and the engine recomputes around the decisions
// after each. Pure: the engine comes in as a function, so eval runs it in Node.
import { scoreClustering } from "../metrics";
import { mergeIdentities, movePapers } from "./actions";
import { foldLog, toConstraints } from "./fold";
import { recordDecision } from "./record";
import type { Decision, DecisionConstraints, DecisionEntry, PaperId } from "./types";
import { nameView, type CuratedIdentity, type NameView } from "./view";

/** The engine around constraints: identities as paper-id lists, and the papers held out. */
export type ConstrainedSplit = (constraints: DecisionConstraints) => {
  identities: PaperId[][];
  unassigned: PaperId[];
};

export interface CuratorOptions {
  /** B³ F1 at which the name counts as done (0.99). */
  target?: number;
  /** Give up after this many corrections (50): a name that needs more is reported as not reached. */
  maxCorrections?: number;
}

export interface CuratorRun {
  /** Corrections made (= `maxCorrections` when the target was not reached). */
  corrections: number;
  reached: boolean;
  /** B³ F1 before any correction and after each one. */
  f1: number[];
  /** The decisions, in order (kinds: move, split-off, merge). */
  decisions: Decision[];
  /** Papers of the name with a truth label; 0 means there is nothing to score (skip the name). */
  labelled: number;
}

export function simulateCurator(
  split: ConstrainedSplit,
  truth: Map<PaperId, string>,
  options: CuratorOptions = {},
): CuratorRun {
  const { target = 0.99, maxCorrections = 50 } = options;
  if (!(target > 0 && target <= 1)) throw new RangeError(`target must be in (0, 1], got ${target}`);
  if (!Number.isInteger(maxCorrections) || maxCorrections < 0) {
    throw new RangeError(`maxCorrections must be a whole number ≥ 0, got ${maxCorrections}`);
  }
  let log: DecisionEntry[] = [];
  const decisions: Decision[] = [];
  const f1: number[] = [];
  let labelled = -1;
  for (;;) {
    const state = foldLog(log);
    const result = split(toConstraints(state));
    if (labelled < 0) {
      labelled = [...result.identities.flat(), ...result.unassigned].filter((p) =>
        truth.has(p),
      ).length;
      if (labelled === 0) return { corrections: 0, reached: false, f1: [], decisions, labelled };
    }
    const view = nameView(result.identities, state, result.unassigned);
    const score = scoreClustering(
      [...view.identities.map((i) => i.paperIds), ...view.unassigned.map((p) => [p])],
      truth,
    ).b3.f1;
    f1.push(score);
    if (score >= target)
      return { corrections: decisions.length, reached: true, f1, decisions, labelled };
    if (decisions.length >= maxCorrections) break;
    const decision = nextCorrection(view, truth);
    if (!decision) break;
    decisions.push(decision);
    const context = { corpusId: "eval", nameKey: "eval", session: "curator", now: new Date(0) };
    log = recordDecision(log, decision, context).log;
  }
  return { corrections: decisions.length, reached: false, f1, decisions, labelled };
}

interface Block {
  identity: CuratedIdentity;
  person: string;
  papers: PaperId[];
}

/** The correction that fixes the largest misplaced block, or undefined if none helps. */
export function nextCorrection(
  view: NameView,
  truth: ReadonlyMap<PaperId, string>,
): Decision | undefined {
  const blocks: Block[] = [];
  const home = new Map<string, Block>();
  const majority = new Map<CuratedIdentity, string>();
  for (const identity of view.identities) {
    const byPerson = new Map<string, PaperId[]>();
    for (const p of identity.paperIds) {
      const person = truth.get(p);
      if (person === undefined) continue;
      const list = byPerson.get(person);
      if (list) list.push(p);
      else byPerson.set(person, [p]);
    }
    let top: Block | undefined;
    for (const [person, papers] of byPerson) {
      const block = { identity, person, papers };
      blocks.push(block);
      if (!top || papers.length > top.papers.length) top = block;
      const best = home.get(person);
      if (!best || papers.length > best.papers.length) home.set(person, block);
    }
    if (top) majority.set(identity, top.person);
  }
  const misplaced = blocks
    .filter((b) => home.get(b.person) !== b || majority.get(b.identity) !== b.person)
    .sort((a, b) => b.papers.length - a.papers.length || (a.papers[0]! < b.papers[0]! ? -1 : 1));
  for (const block of misplaced) {
    const where = home.get(block.person)!;
    const hasHome = where !== block && majority.get(where.identity) === block.person;
    const whole = block.papers.length === block.identity.paperIds.length;
    const decision: Decision | undefined =
      hasHome && whole
        ? mergeIdentities(view, where.identity.id, [block.identity.id])
        : movePapers(view, block.papers, hasHome ? where.identity.id : "new");
    if (decision) return decision;
  }
  return undefined;
}
