// Answers to the main thread's questions about a loaded corpus: one name's papers, suggested split
// and variants; one community's papers; papers by id (for exports). Pure reads of the index.
import type { Communities } from "../core/communities";
import type { AuthorMention, Paper } from "../core/corpus";
import { labelOf, type CorpusIndex } from "../core/corpusIndex";
import { nameKey } from "../core/nameKey";
import { constraintsKey, portablePaper, type PortablePaper } from "../core/decisions";
import type { SplitConstraints, SplitSuggestion } from "../core/identity";
import { prepareSplit, preparedFor, splitPrepared, type PreparedSplit } from "../core/split";
import { buildWorkspace } from "../core/workspace/workspaceModel";
import { NameVariants } from "./nameVariants";
import type { NameWorkspace } from "../core/workspace/types";
import type {
  AuthorRef,
  CommunityDetails,
  NameDetails,
  PaperView,
  QueryStep,
  VariantView,
} from "./protocol";

const CACHE_SIZE = 24;
/**
 * Suggestions kept from triage, which visits names most papers first: the biggest names' splits
 * cost the most (Lei Wang's is hundreds of ms cold) and are the ones a curator comes for.
 */
const TRIAGE_KEPT = 8;

export class CorpusQueries {
  /** Variants of every name of the corpus (built on first use, or ahead by prepare()). */
  private readonly variants: NameVariants;
  private readonly suggestions = new Map<string, SplitSuggestion>();
  private readonly fromTriage = new Map<string, SplitSuggestion>();
  /**
   * Names prepared for splitting (blocks, evidence, scores: the same at every resolution): the
   * open name's, and triage's kept names', so a resolution change only clusters again.
   */
  private readonly prepared = new Map<string, PreparedSplit>();
  /** The workspace laid out for a suggestion (kept while the suggestion is). */
  private readonly workspaces = new WeakMap<SplitSuggestion, NameWorkspace>();
  private views: { key: string; views: PaperView[] } | undefined;

  constructor(
    readonly index: CorpusIndex,
    private readonly communities: Communities,
  ) {
    this.variants = new NameVariants(index.graph.labels);
  }

  /**
   * What the first name query would otherwise wait for, built ahead in steps (run them in slices):
   * the index of name variants over every name of the corpus (seconds at 100k papers).
   */
  prepare(): Generator<void, void> {
    return this.variants.steps();
  }

  name(
    key: string,
    resolution: number,
    constraints: SplitConstraints = {},
    report: (step: QueryStep) => void = () => undefined,
    /** The name's variants when the caller knows them better (a store: among all its names). */
    variants?: VariantView[],
  ): NameDetails | undefined {
    const lean = this.leanName(key, resolution, constraints, report, variants);
    return lean && { ...lean, papers: this.paperViews(key) };
  }

  /** The name's answer without its papers (for a page that holds them already). */
  leanName(
    key: string,
    resolution: number,
    constraints: SplitConstraints = {},
    report: (step: QueryStep) => void = () => undefined,
    variants?: VariantView[],
  ): Omit<NameDetails, "papers"> | undefined {
    const papers = this.index.papersOfName.get(key);
    if (!papers) return undefined;
    const label = labelOf(this.index, key);
    report({ stage: "split", label, papers: papers.length });
    const suggestion = this.suggestion(key, resolution, constraints);
    const identities = suggestion.identities.length;
    report({ stage: "workspace", label, papers: papers.length, identities });
    const workspace = this.workspaceOf(key, label, suggestion);
    const reported = this.index.corpus.reportedRecords?.find((r) => nameKey(r.name) === key);
    return {
      ...(reported
        ? { reportedRecords: { records: reported.records, source: reported.source } }
        : {}),
      key,
      label,
      suggestion,
      constraintsKey: constraintsKeyOf(constraints),
      workspace,
      variants: variants ?? this.variantsOf(label),
    };
  }

  private workspaceOf(key: string, label: string, suggestion: SplitSuggestion): NameWorkspace {
    let workspace = this.workspaces.get(suggestion);
    if (!workspace) {
      workspace = buildWorkspace({
        nameKey: key,
        label,
        papers: this.paperViews(key),
        groups: suggestion.identities,
      });
      this.workspaces.set(suggestion, workspace);
    }
    return workspace;
  }

  /** The name's papers as the panels show them (the open name's kept: each answer needs them). */
  private paperViews(key: string): PaperView[] {
    if (this.views?.key !== key) {
      const papers = this.index.papersOfName.get(key) ?? [];
      const refOf = sharedAuthorRefs();
      this.views = {
        key,
        views: papers.map((p) => paperView(this.index.corpus.papers[p]!, key, refOf)),
      };
    }
    return this.views.views;
  }

  private variantsOf(label: string): VariantView[] {
    return this.variants.variantsOf(label).map((v) => ({
      key: v.key,
      kind: v.kind,
      label: labelOf(this.index, v.key),
      papers: this.index.papersOfName.get(v.key)?.length ?? 0,
    }));
  }

  community(community: number): CommunityDetails {
    const { communityOf, sizes } = this.communities;
    const papers: PaperView[] = [];
    this.index.corpus.papers.forEach((paper, p) => {
      const keys = this.index.keysOfPaper[p]!;
      let inside = 0;
      for (const key of keys) if (communityOf[key] === community) inside++;
      if (inside >= Math.min(2, keys.length)) papers.push(paperView(paper));
    });
    papers.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title));
    return { community, members: sizes[community] ?? 0, papers };
  }

  /** A page of the name's papers, in the order its answer lists them. */
  namePapers(key: string, from: number, count: number): { papers: PaperView[]; total: number } {
    const views = this.paperViews(key);
    return { papers: pageOf(views, from, count), total: views.length };
  }

  papers(ids: string[]): PaperView[] {
    const views: PaperView[] = [];
    for (const id of ids) {
      const p = this.index.paperIndexById.get(id);
      if (p !== undefined) views.push(paperView(this.index.corpus.papers[p]!));
    }
    return views;
  }

  portable(key: string): PortablePaper[] {
    const papers = this.index.papersOfName.get(key) ?? [];
    return papers.map((p) => portablePaper(this.index.corpus.papers[p]!, key));
  }

  /**
   * `key`'s suggestion at the defaults (resolution 1, no decisions), as triage asks for it; the
   * first few asked for are kept for the name query (and one the query made is reused).
   */
  defaultSuggestion(key: string): SplitSuggestion {
    const known = this.fromTriage.get(key) ?? this.suggestions.get(cacheKeyOf(key, 1, {}));
    if (known) return known;
    const kept = this.fromTriage.size < TRIAGE_KEPT;
    const prepared = kept ? this.preparedOf(key, {}) : prepareSplit(this.index, key);
    const suggestion = splitPrepared(prepared, { resolution: 1 });
    if (kept) {
      this.fromTriage.set(key, suggestion);
      // Laid out too: opening one of the biggest names then only sends what is ready.
      this.workspaceOf(key, labelOf(this.index, key), suggestion);
    }
    return suggestion;
  }

  private suggestion(
    key: string,
    resolution: number,
    constraints: SplitConstraints,
  ): SplitSuggestion {
    const cacheKey = cacheKeyOf(key, resolution, constraints);
    let suggestion = this.suggestions.get(cacheKey);
    if (suggestion) {
      this.suggestions.delete(cacheKey);
    } else {
      const plain = cacheKey === cacheKeyOf(key, 1, {});
      suggestion =
        (plain ? this.fromTriage.get(key) : undefined) ??
        splitPrepared(this.preparedOf(key, constraints), { resolution });
      if (this.suggestions.size >= CACHE_SIZE) {
        this.suggestions.delete(this.suggestions.keys().next().value!);
      }
    }
    this.suggestions.set(cacheKey, suggestion);
    return suggestion;
  }

  /** `key` prepared with these constraints: kept for the open name and triage's kept names. */
  private preparedOf(key: string, constraints: SplitConstraints): PreparedSplit {
    const known = this.prepared.get(key);
    if (known && preparedFor(known, this.index, key, { constraints })) return known;
    const prepared = prepareSplit(this.index, key, { constraints });
    // Identities the decisions left alone are described as before.
    if (known)
      for (const [at, described] of known.descriptions) prepared.descriptions.set(at, described);
    // The open name's preparation replaces the last one that is not one of triage's kept names.
    for (const other of this.prepared.keys())
      if (other !== key && !this.fromTriage.has(other)) this.prepared.delete(other);
    this.prepared.set(key, prepared);
    return prepared;
  }
}

/** A mention's author as a paper view carries it: its name and its key. */
export function authorRef(name: string): AuthorRef {
  return { key: nameKey(name), name };
}

/**
 * authorRef remembered per name: a name's papers share co-authors (and all carry the name), so
 * each form is keyed once and is one object in every view that names it.
 */
export function sharedAuthorRefs(): (name: string) => AuthorRef {
  const refs = new Map<string, AuthorRef>();
  return (name) => {
    let ref = refs.get(name);
    if (ref === undefined) refs.set(name, (ref = authorRef(name)));
    return ref;
  };
}

/**
 * @param refOf authorRef, or a memo of it when many papers share co-authors (a store's block): one
 *   object per name, which the structured clone to the page then sends once
 */
export function paperView(paper: Paper, viewedKey?: string, refOf = authorRef): PaperView {
  const view: PaperView = {
    id: paper.id,
    title: paper.title,
    authors: paper.authors.map((m: AuthorMention) => refOf(m.name)),
  };
  if (paper.venue) view.venue = paper.venue;
  if (paper.year !== undefined) view.year = paper.year;
  if (viewedKey !== undefined) {
    const mention = paper.authors.find((m) => refOf(m.name).key === viewedKey);
    if (mention?.label) view.truth = mention.label;
    if (mention?.affiliation) view.affiliation = mention.affiliation;
  }
  return view;
}

/** `items` from `from` on, `count` at most; a bad bound is a caller's bug, said as such. */
export function pageOf<T>(items: readonly T[], from: number, count: number): T[] {
  if (!Number.isInteger(from) || from < 0 || !Number.isInteger(count) || count < 1)
    throw new RangeError(
      `a page needs a whole from ≥ 0 and count ≥ 1; got from ${String(from)}, count ${String(count)}`,
    );
  return items.slice(from, from + count);
}

function cacheKeyOf(key: string, resolution: number, constraints: SplitConstraints): string {
  return `${resolution}\u0000${key}\u0000${constraintsKeyOf(constraints)}`;
}

function constraintsKeyOf(constraints: SplitConstraints): string {
  const { together = [], apart = [], unassigned = [] } = constraints;
  return constraintsKey({ together, apart, unassigned });
}
