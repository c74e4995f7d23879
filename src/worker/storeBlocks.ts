// A store's name blocks in the Worker: the last few read, each indexed for splitting only when a
// query first needs it; and a name's answer from the suggestion the batch run stored (at the
// defaults, for the same papers), which needs neither the index nor a split.
import type { Paper } from "../core/corpus";
import { indexCorpus } from "../core/corpusIndex";
import { constraintsKey as portableConstraintsKey } from "../core/decisions";
import type { SplitConstraints, SplitSuggestion } from "../core/identity";
import { buildWorkspace } from "../core/workspace/workspaceModel";
import { BLOCK_SEED, blockCorpus } from "../store/nameBlock";
import type { StoreReader } from "../store/storeReader";
import type { ReportStep } from "./openCorpus";
import type { NameAnswer, NameDetails, PaperView, VariantView } from "./protocol";
import { CorpusQueries, pageOf, paperView, sharedAuthorRefs } from "./queries";

/**
 * Co-authors of each identity's facts sent to the page: its card shows the first five; an identity
 * of a name with thousands of papers has thousands (2.25 MB of the 8.35 MB a 33,607-paper
 * "Ming Liu" sent, serialised).
 */
export const FACTS_COAUTHORS_SENT = 20;

/** Name blocks kept, most recent first: the open name, and the few before it. */
const BLOCKS_KEPT = 6;
const NO_COMMUNITIES = { communityOf: {}, sizes: [], count: 0, modularity: 0 };

/** The last few name blocks read; a block's split index is built when a query first needs it. */
export class BlockCache {
  private readonly blocks = new Map<string, Promise<Block | undefined>>();

  constructor(private readonly reader: StoreReader) {}

  async queries(key: string): Promise<CorpusQueries | undefined> {
    return (await this.get(key))?.queries();
  }

  async papersOf(key: string): Promise<Paper[] | undefined> {
    return (await this.get(key))?.papers;
  }

  /** Papers by id among the blocks read (exports ask for the open name's papers). */
  async papers(ids: string[]): Promise<PaperView[]> {
    const wanted = new Set(ids);
    const views = new Map<string, PaperView>();
    for (const pending of this.blocks.values()) {
      for (const paper of (await pending)?.papers ?? []) {
        if (!wanted.has(paper.id)) continue;
        views.set(paper.id, paperView(paper));
        wanted.delete(paper.id);
      }
    }
    return ids.flatMap((id) => views.get(id) ?? []);
  }

  get(key: string): Promise<Block | undefined> {
    let pending = this.blocks.get(key);
    if (pending) this.blocks.delete(key);
    else
      pending = this.reader.block(key).then((papers) => {
        if (papers.length === 0) return undefined;
        let queries: CorpusQueries | undefined;
        return {
          papers,
          queries: () =>
            (queries ??= new CorpusQueries(
              indexCorpus(blockCorpus(key, papers), undefined, BLOCK_SEED),
              NO_COMMUNITIES,
            )),
        };
      });
    this.blocks.set(key, pending);
    while (this.blocks.size > BLOCKS_KEPT) this.blocks.delete(this.blocks.keys().next().value!);
    pending.catch(() => this.blocks.delete(key));
    return pending;
  }
}

export interface Block {
  papers: Paper[];
  queries(): CorpusQueries;
}

const PLAIN = constraintsKey({});

/** The defaults a stored suggestion was computed at: resolution 1, no decisions. */
export function atDefaults(resolution: number, constraints: SplitConstraints | undefined): boolean {
  return resolution === 1 && constraintsKey(constraints) === PLAIN;
}

function constraintsKey(constraints: SplitConstraints | undefined): string {
  const { together = [], apart = [], unassigned = [] } = constraints ?? {};
  return portableConstraintsKey({ together, apart, unassigned });
}

/** A stored suggestion is used only for the block it was computed from: the same papers. */
export function sameNamePapers(suggestion: SplitSuggestion, papers: Paper[]): boolean {
  if (suggestion.paperIds.length !== papers.length) return false;
  const ids = new Set(papers.map((p) => p.id));
  return suggestion.paperIds.every((id) => ids.has(id));
}

/**
 * The answer from the suggestion the batch run stored, without indexing the block or splitting:
 * the papers in the suggestion's order (the block index's corpus order), laid out as a fresh
 * split's answer would be (the store test holds the two equal).
 */
export function storedDetails(
  key: string,
  papers: Paper[],
  suggestion: SplitSuggestion,
  variants: VariantView[],
  report: ReportStep,
): NameDetails {
  const { label, identities } = suggestion;
  const byId = new Map(papers.map((p) => [p.id, p]));
  report({ stage: "split", label, papers: papers.length });
  const refOf = sharedAuthorRefs();
  const views = suggestion.paperIds.map((id) => paperView(byId.get(id)!, key, refOf));
  report({ stage: "workspace", label, papers: papers.length, identities: identities.length });
  return {
    key,
    label,
    papers: views,
    suggestion,
    constraintsKey: PLAIN,
    workspace: buildWorkspace({ nameKey: key, label, papers: views, groups: identities }),
    variants,
  };
}

/**
 * What the page is sent of a store name: each identity's facts with its strongest co-authors only
 * (FACTS_COAUTHORS_SENT; the page describes an identity a decision changed from the papers), and
 * no papers: the page draws the workspace first and then asks for them by pages (`namePapers`);
 * 33,607 papers were 5.1 of the 6.2 MB a "Ming Liu" answer serialised to.
 */
export function storeAnswer(details: NameDetails): NameAnswer {
  const identities = details.workspace.identities.map((identity) =>
    identity.facts.coauthors.length <= FACTS_COAUTHORS_SENT
      ? identity
      : {
          ...identity,
          facts: {
            ...identity.facts,
            coauthors: identity.facts.coauthors.slice(0, FACTS_COAUTHORS_SENT),
          },
        },
  );
  const answer: NameAnswer = { ...details, workspace: { ...details.workspace, identities } };
  delete answer.papers;
  return answer;
}

/**
 * The open name's papers as its answer listed them, for the pages the page asks for next. The
 * first order a name was answered in holds while it stays open (a fresh split lists the same
 * papers in another order), so pages asked across a resolution change still tile the list. The
 * name before it is kept too: pages of a name the curator just left may still be on their way.
 */
export class OpenNamePapers {
  private readonly kept = new Map<string, PaperView[]>();

  constructor(private readonly blocks: BlockCache) {}

  /** The papers of the name just answered (kept unless they are that name's already). */
  answered(key: string, views: PaperView[]): void {
    if (this.kept.has(key)) return;
    this.kept.set(key, views);
    while (this.kept.size > NAMES_PAGED) this.kept.delete(this.kept.keys().next().value!);
  }

  async page(
    key: string,
    from: number,
    count: number,
  ): Promise<{ papers: PaperView[]; total: number }> {
    let views = this.kept.get(key);
    if (!views) {
      const papers = (await this.blocks.papersOf(key)) ?? [];
      const refOf = sharedAuthorRefs();
      views = papers.map((p) => paperView(p, key, refOf));
      this.answered(key, views);
    }
    return { papers: pageOf(views, from, count), total: views.length };
  }
}

/** Names whose papers are kept for paging: the open one and the one before it. */
const NAMES_PAGED = 2;
