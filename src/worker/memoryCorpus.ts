// A corpus read into the Worker's memory: the overview built at load, then (in later tasks, so
// the overview goes out first) the name search and the split index on the same CSR graph. Every
// query is answered here; the page receives only what it draws and the open name's details.
// The corpus is usable once its search answers: the split index (seconds at 100k papers) is built
// after that, in slices, so searches are answered while it is built; the queries that read it
// wait for it.
import { indexingSteps } from "../core/corpusIndex";
import type { BuiltCorpus, ReportProgress } from "./loadCorpus";
import { NameSearch } from "./nameSearch";
import type { OpenCorpus, QueryHandlers } from "./openCorpus";
import { expandCommunity, neighbourhood } from "./overviewPayload";
import { CorpusQueries } from "./queries";
import { nextTask, runSliced } from "./sliced";
import { runTriage } from "./triageRunner";

export function memoryCorpus(built: BuiltCorpus, report: ReportProgress): OpenCorpus {
  const searched = nextTask().then(async () => {
    report("search", 0);
    const search = new NameSearch();
    const { keys, labels, papers } = built.csr;
    await search.addAll(
      keys.map((key, i) => ({ id: i, key, label: labels[i]!, papers: papers[i]! })),
    );
    return search;
  });
  const indexed = searched.then(nextTask).then(async () => {
    const index = await runSliced(indexingSteps(built.corpus, built.csr));
    // The app shows the CSR communities: hand them to the index instead of a second Louvain.
    const communities = built.communities;
    const queries = new CorpusQueries({ ...index, communities: () => communities }, communities);
    // In slices of their own: the first name opened waits only for what is left of them.
    void runSliced(queries.prepare());
    return queries;
  });
  // A failed index is reported by each query that needed it.
  indexed.catch(() => undefined);
  return {
    payload: built.payload,
    handlers: searched.then((search) => answers(built, indexed, search)),
    startTriage: (post) =>
      void indexed.then((queries) =>
        runTriage(queries.index, post, (key) => queries.defaultSuggestion(key)),
      ),
  };
}

function answers(
  built: BuiltCorpus,
  indexed: Promise<CorpusQueries>,
  search: NameSearch,
): QueryHandlers {
  const { drawn } = built;
  return {
    name: async ({ key, resolution, constraints, papersKnown }, report) => {
      const queries = await indexed;
      return papersKnown
        ? queries.leanName(key, resolution, constraints, report)
        : queries.name(key, resolution, constraints, report);
    },
    community: async ({ community }) => (await indexed).community(community),
    papers: async ({ ids }) => (await indexed).papers(ids),
    namePapers: async ({ key, from, count }) => (await indexed).namePapers(key, from, count),
    portable: async ({ key }) => (await indexed).portable(key),
    search: ({ query, limit }) => search.search(query, limit),
    expand: ({ community }) => expandCommunity(drawn, community),
    neighbourhood: async ({ key }) => {
      const node = (await indexed).index.nodeOf.get(key);
      return node === undefined
        ? { replaces: [], nodes: [], edges: [] }
        : neighbourhood(drawn, node);
    },
  };
}
