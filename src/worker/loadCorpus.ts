// The load pipeline the Worker runs: fetch → parse → co-author graph → communities → seed layout.
// It reports progress per stage and returns the graph as columns the main thread turns into a
// sigma graph cheaply; the corpus index for splits is built afterwards, off the first-frame path.
import { buildCoauthorGraph, type CoauthorGraph } from "../core/coauthorGraph";
import { detectCommunities, type Communities } from "../core/communities";
import type { Corpus } from "../core/corpus";
import { mergeParsedFiles } from "../io/merge";
import { parseFileText } from "../io/registry";
import type { GraphPayload, LoadStage } from "./protocol";
import { seedLayout } from "./seedLayout";

export type ReportProgress = (stage: LoadStage, fraction: number) => void;

export interface LoadedCorpus {
  corpus: Corpus;
  graph: CoauthorGraph;
  communities: Communities;
  payload: GraphPayload;
}

export async function fetchText(url: string, report: ReportProgress): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `could not load the corpus from ${url} (HTTP ${response.status}); check the ?corpus= address`,
    );
  }
  const total = Number(response.headers.get("content-length")) || 0;
  if (!response.body || total === 0) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    report("fetch", Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

export async function loadCorpus(
  url: string,
  corpusId: string,
  fileName: string,
  report: ReportProgress,
): Promise<LoadedCorpus> {
  report("fetch", 0);
  const text = await fetchText(url, report);
  report("parse", 0);
  const corpus = mergeParsedFiles(corpusId, fileName, [parseFileText(text, fileName)]);
  report("graph", 0);
  const graph = buildCoauthorGraph(corpus);
  report("communities", 0);
  const communities = detectCommunities(graph);
  report("layout", 0);
  return { corpus, graph, communities, payload: toPayload(corpus, graph, communities) };
}

function toPayload(corpus: Corpus, graph: CoauthorGraph, communities: Communities): GraphPayload {
  const n = graph.order;
  const keys = graph.nodes();
  const position = new Map<string, number>();
  const labels: string[] = new Array<string>(n);
  const community = new Int32Array(n);
  const papers = new Uint32Array(n);
  keys.forEach((key, i) => {
    position.set(key, i);
    const attributes = graph.getNodeAttributes(key);
    labels[i] = attributes.label;
    papers[i] = attributes.papers;
    community[i] = communities.communityOf[key] ?? 0;
  });
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const weight = new Float32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, s, t) => {
    source[e] = position.get(s)!;
    target[e] = position.get(t)!;
    weight[e] = attributes.weight;
    e++;
  });
  const { x, y } = seedLayout({ community, papers, communityCount: communities.count });
  let hasLabels = false;
  for (const paper of corpus.papers) if (paper.authors.some((m) => m.label)) hasLabels = true;
  return {
    corpus: {
      id: corpus.id,
      label: corpus.label,
      papers: corpus.papers.length,
      names: n,
      notes: corpus.notes,
      hasLabels,
    },
    keys,
    labels,
    papers,
    community,
    x,
    y,
    source,
    target,
    weight,
    communitySizes: communities.sizes,
    modularity: communities.modularity,
  };
}
