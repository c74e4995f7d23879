// A corpus read into the Worker's memory: the overview built at load, then (in later tasks, so
// the overview goes out first) the split index on the same CSR graph and the name search. Every
// query is answered here; the page receives only what it draws and the open name's details.
import { indexCorpus } from "../core/corpusIndex";
import type { BuiltCorpus, ReportProgress } from "./loadCorpus";
import { NameSearch } from "./nameSearch";
import type { OpenCorpus, QueryHandlers } from "./openCorpus";
import { expandCommunity, neighbourhood } from "./overviewPayload";
import { CorpusQueries } from "./queries";
import { runTriage } from "./triageRunner";

export function memoryCorpus(built: BuiltCorpus, report: ReportProgress): OpenCorpus {
  let queries: CorpusQueries | undefined;
  const handlers = nextTask().then(async () => {
    report("index", 0);
    const index = indexCorpus(built.corpus, built.csr);
    // The app shows the CSR communities: hand them to the index instead of a second Louvain.
    const communities = built.communities;
    queries = new CorpusQueries({ ...index, communities: () => communities }, communities);
    const search = new NameSearch();
    const { keys, labels, papers } = built.csr;
    await search.addAll(
      keys.map((key, i) => ({ id: i, key, label: labels[i]!, papers: papers[i]! })),
    );
    // After `ready` is posted: the first name opened does not wait for it.
    setTimeout(() => queries?.prepare(), 0);
    return answers(built, queries, search);
  });
  return {
    payload: built.payload,
    handlers,
    startTriage: (post) =>
      void handlers.then(() =>
        runTriage(queries!.index, post, (key) => queries!.defaultSuggestion(key)),
      ),
  };
}

function answers(built: BuiltCorpus, queries: CorpusQueries, search: NameSearch): QueryHandlers {
  const { drawn } = built;
  return {
    name: ({ key, resolution, constraints, papersKnown }, report) =>
      papersKnown
        ? queries.leanName(key, resolution, constraints, report)
        : queries.name(key, resolution, constraints, report),
    community: ({ community }) => queries.community(community),
    papers: ({ ids }) => queries.papers(ids),
    portable: ({ key }) => queries.portable(key),
    search: ({ query, limit }) => search.search(query, limit),
    expand: ({ community }) => expandCommunity(drawn, community),
    neighbourhood: ({ key }) => {
      const node = queries.index.nodeOf.get(key);
      return node === undefined
        ? { replaces: [], nodes: [], edges: [] }
        : neighbourhood(drawn, node);
    },
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
