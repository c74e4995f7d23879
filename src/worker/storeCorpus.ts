// A corpus store opened by URL (`?store=`): the Worker reads the manifest and the community
// overview, draws the communities, and answers every query from the few row groups it needs (a
// name's block, the rows of a searched word, a community's busiest names) by HTTP range requests.
// A name's split is suggested from its block with the engine's public API, exactly as the batch
// run scores it — or, at the defaults, read back from what the batch run stored — so the page
// shows a name of a DBLP-size store without anything proportional to the corpus on either thread.
import type { Paper } from "../core/corpus";
import type { CorpusOverview } from "../core/csr/overview";
import { foldedKey, variantKind } from "../core/nameKey";
import { storeOverHttp } from "../store/httpFiles";
import { StoreReader, type StoreFiles } from "../store/storeReader";
import type { ReportProgress } from "./loadCorpus";
import type { OpenCorpus, QueryHandlers } from "./openCorpus";
import {
  COMMUNITY_LINKS,
  COMMUNITY_NODES,
  communityNodes,
  EXPAND_AUTHORS,
  NEIGHBOURS,
} from "./overviewPayload";
import { communityNodeKey, type GraphPayload, type GraphPatch, type VariantView } from "./protocol";
import { sharedAuthorRefs } from "./queries";
import { GOLDEN_ANGLE, packDiscs } from "./seedLayout";
import {
  atDefaults,
  BlockCache,
  OpenNamePapers,
  sameNamePapers,
  storeAnswer,
  storedDetails,
} from "./storeBlocks";

/** Names looked at per search for a name's variants (the busiest carrying its words). */
const VARIANTS_SEARCHED = 50;

type Disc = { cx: number; cy: number; r: number };

/** @param files how the store is reached (by HTTP range requests from `url`; tests pass a folder) */
export async function openStoreCorpus(
  url: string,
  corpusId: string,
  report: ReportProgress,
  files: StoreFiles = storeOverHttp(url),
): Promise<OpenCorpus> {
  report("fetch", 0);
  const reader = await StoreReader.open(files);
  const overview = await reader.overview();
  report("layout", 0);
  const discs = packDiscs(overview.communities.map((c) => Math.sqrt(Math.max(1, c.authors))));
  const payload = storePayload(reader, corpusId, overview, discs);
  const blocks = new BlockCache(reader);
  const openPapers = new OpenNamePapers(blocks);
  // Once the overview is out, the footers a name needs are read while the curator looks.
  void reader.prepare().catch(() => undefined);
  const handlers: QueryHandlers = {
    search: ({ query, limit }) => reader.search(query, limit),
    name: async ({ key, resolution, constraints }, report) => {
      report({ stage: "read" });
      const plain = atDefaults(resolution, constraints);
      const [block, variants, stored] = await Promise.all([
        blocks.get(key),
        storeVariants(reader, key),
        plain ? reader.suggestion(key).catch(() => undefined) : undefined,
      ]);
      if (!block) return undefined;
      const details =
        stored && sameNamePapers(stored, block.papers)
          ? storedDetails(key, block.papers, stored, variants, report)
          : block.queries().name(key, resolution, constraints, report, variants);
      if (!details) return undefined;
      openPapers.answered(key, details.papers);
      return storeAnswer(details);
    },
    namePapers: ({ key, from, count }) => openPapers.page(key, from, count),
    portable: async ({ key }) => (await blocks.queries(key))?.portable(key) ?? [],
    papers: ({ ids }) => blocks.papers(ids),
    community: ({ community }) => ({
      community,
      members: overview.communities[community]?.authors ?? 0,
      papers: [],
    }),
    expand: async ({ community }) => {
      const members = await reader.communityMembers(community, EXPAND_AUTHORS);
      return expandFromStore(community, members, discs[community]);
    },
    neighbourhood: async ({ key }) => {
      const [name, papers] = await Promise.all([reader.name(key), blocks.papersOf(key)]);
      if (!name || !papers) return { replaces: [], nodes: [], edges: [] };
      return neighbourhoodFromBlock(name, papers, discs);
    },
  };
  return {
    payload,
    handlers: Promise.resolve(handlers),
    startTriage: (post) =>
      void reader.triage().then((scores) =>
        post({
          rows: scores.map((s) => ({
            nameKey: s.key,
            label: s.label,
            papers: s.papers,
            identities: s.identities,
            ambiguity: s.ambiguity,
            mixedPairs: s.mixedPairs,
          })),
          done: reader.manifest.triage?.names ?? 0,
          total: reader.manifest.triage?.names ?? 0,
        }),
      ),
  };
}

function storePayload(
  reader: StoreReader,
  corpusId: string,
  overview: CorpusOverview,
  discs: Disc[],
): GraphPayload {
  const { manifest } = reader;
  const shown = overview.communities.slice(0, COMMUNITY_NODES);
  return {
    corpus: {
      id: corpusId,
      label: manifest.label,
      papers: manifest.papers,
      names: manifest.names,
      notes: manifest.notes,
      hasLabels: false,
    },
    ...communityNodes(shown, overview.links, (_, i) => discs[i]!, COMMUNITY_LINKS),
    communitySizes: overview.communities.map((c) => c.authors),
    communityHubs: overview.communities.map((c) => c.hub.label),
    communityCount: overview.communityCount,
    modularity: NaN,
  };
}

/**
 * Names of the store that may be `key` written differently ("W. Wang", "Wang Wei"), among the
 * busiest names carrying its surname (the terms table). A block holds only the name's co-authors,
 * so its own variant index would find none, and took a second to build on a 6,681-paper name.
 */
export async function storeVariants(reader: StoreReader, key: string): Promise<VariantView[]> {
  const words = foldedKey(key).split(" ").filter(Boolean);
  if (words.length < 2) return [];
  const surname = words[words.length - 1]!;
  // A trailing space: every word whole, so "w wang " finds "W. Wang" and not every "Wei Wang".
  const queries = [`${words.join(" ")} `, `${words[0]![0]} ${surname} `];
  const found = new Map<string, VariantView>();
  for (const hits of await Promise.all(queries.map((q) => reader.search(q, VARIANTS_SEARCHED)))) {
    for (const hit of hits) {
      const kind = hit.key === key ? undefined : variantKind(key, hit.label);
      if (kind && !found.has(hit.key)) found.set(hit.key, { ...hit, kind });
    }
  }
  return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** A community's busiest names on a sunflower inside its disc (the store keeps no positions). */
function expandFromStore(
  community: number,
  members: { key: string; label: string; papers: number }[],
  disc: Disc | undefined,
): GraphPatch {
  const { cx, cy, r } = disc ?? { cx: 0, cy: 0, r: 1 };
  return {
    replaces: [communityNodeKey(community)],
    nodes: members.map((m, k) => {
      const rho = r * Math.sqrt((k + 0.5) / members.length);
      return {
        ...m,
        community,
        members: 0,
        x: cx + rho * Math.cos(k * GOLDEN_ANGLE),
        y: cy + rho * Math.sin(k * GOLDEN_ANGLE),
      };
    }),
    edges: [],
  };
}

/**
 * A name and its strongest co-authors from its block (fractional counting: 1/(k−1) per paper of k
 * authors), the name at its community's disc and its co-authors on a ring around it.
 */
function neighbourhoodFromBlock(
  name: { key: string; label: string; papers: number; community: number },
  papers: Paper[],
  discs: Disc[],
): GraphPatch {
  const weights = new Map<string, { label: string; weight: number; papers: number }>();
  // A busy name's papers share co-authors: each form keyed once (105,590 mentions, 38,189 forms
  // on a 33,607-paper name).
  const refOf = sharedAuthorRefs();
  for (const paper of papers) {
    const keys = new Map(paper.authors.map((a) => [refOf(a.name).key, a.name]));
    keys.delete(name.key);
    const share = 1 / Math.max(1, keys.size);
    for (const [key, label] of keys) {
      const entry = weights.get(key) ?? { label, weight: 0, papers: 0 };
      entry.weight += share;
      entry.papers++;
      weights.set(key, entry);
    }
  }
  const kept = [...weights]
    .sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
    .slice(0, NEIGHBOURS);
  const disc = discs[name.community];
  const centre = disc ?? { cx: 0, cy: 0, r: 1 };
  const ring = Math.max(1, centre.r * 0.6);
  return {
    replaces: [],
    nodes: [
      { ...name, members: 0, x: centre.cx, y: centre.cy },
      ...kept.map(([key, entry], k) => {
        const angle = (2 * Math.PI * k) / Math.max(1, kept.length);
        return {
          key,
          label: entry.label,
          papers: entry.papers,
          community: -1,
          members: 0,
          x: centre.cx + ring * Math.cos(angle),
          y: centre.cy + ring * Math.sin(angle),
        };
      }),
    ],
    edges: kept.map(([key, entry]) => ({ source: name.key, target: key, weight: entry.weight })),
  };
}
