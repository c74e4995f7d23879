// A store's name blocks in the Worker: the last few read, each indexed for splitting only when a
// query first needs it; and a name's answer from the suggestion the batch run stored (at the
// defaults, for the same papers), which needs neither the index nor a split.
import type { Paper } from "../core/corpus";
import { indexCorpus } from "../core/corpusIndex";
import { constraintsKey as portableConstraintsKey } from "../core/decisions";
import type { SplitConstraints, SplitSuggestion } from "../core/identity";
import { nameKey } from "../core/nameKey";
import { buildWorkspace } from "../core/workspace/workspaceModel";
import { BLOCK_SEED, blockCorpus } from "../store/nameBlock";
import type { StoreReader } from "../store/storeReader";
import type { ReportStep } from "./openCorpus";
import type { NameDetails, PaperView, VariantView } from "./protocol";
import { CorpusQueries, paperView } from "./queries";

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
  // A busy name's papers share co-authors (and all carry the name): each form keyed once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let found = keys.get(name);
    if (found === undefined) keys.set(name, (found = nameKey(name)));
    return found;
  };
  const views = suggestion.paperIds.map((id) => paperView(byId.get(id)!, key, keyOf));
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
