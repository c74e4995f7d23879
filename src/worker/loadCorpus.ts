// The load pipeline the Worker runs: fetch → parse → compact co-author graph → communities → seed
// layout. It reports progress per stage and returns what the overview draws as columns the main
// thread turns into a sigma graph cheaply. The CSR graph and its Louvain keep the first frame fast; the graphology
// graph and the corpus index that splits need are built afterwards, off the first-frame path.
import { detectCommunitiesCsr, type Communities } from "../core/communities";
import type { Corpus } from "../core/corpus";
import { buildCoauthorCsr, type CoauthorCsr } from "../core/csr/csrGraph";
import { mergeParsedFiles } from "../io/merge";
import { readCorpusBlob } from "../io/readBlob";
import { DEFAULT_BUDGET, overviewPayload, type DrawnCorpus } from "./overviewPayload";
import type { GraphPayload, LoadStage } from "./protocol";
import { seedLayout } from "./seedLayout";

export { clonePayload } from "./graphMessage";

export type ReportProgress = (stage: LoadStage, fraction: number) => void;

export interface BuiltCorpus {
  corpus: Corpus;
  /** The one co-author graph build: the first frame, communities and the split index all read it. */
  csr: CoauthorCsr;
  communities: Communities;
  /** What the overview's queries read (positions, communities). */
  drawn: DrawnCorpus;
  payload: GraphPayload;
}

/**
 * Fetches a corpus file by URL and reads it like an imported file (any format, gzip too).
 * @param requested the fetch of `url` if already started
 */
export async function fetchCorpus(
  url: string,
  corpusId: string,
  label: string,
  fileName: string,
  report: ReportProgress,
  requested: Promise<Response> = fetch(url),
): Promise<Corpus> {
  report("fetch", 0);
  const response = await requested;
  if (!response.ok) {
    throw new Error(
      `could not load the corpus from ${url} (HTTP ${response.status}); check the ?corpus= address`,
    );
  }
  const total = Number(response.headers.get("content-length")) || 0;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total > 0) report("fetch", Math.min(1, received / total));
  }
  report("parse", 0);
  const parsed = await readCorpusBlob(new Blob(chunks as BlobPart[]), fileName);
  return mergeParsedFiles(corpusId, label, [parsed]);
}

/**
 * Graph, communities and seed positions of a parsed corpus, and what the overview draws of it
 * under `budget` (see overviewPayload).
 */
export function buildCorpusGraph(
  corpus: Corpus,
  report: ReportProgress,
  budget = DEFAULT_BUDGET,
): BuiltCorpus {
  if (corpus.papers.length === 0) {
    throw new Error(
      `${corpus.label}: no papers found; check that the file holds records with authors`,
    );
  }
  report("graph", 0);
  const csr = buildCoauthorCsr(corpus);
  report("communities", 0);
  const communities = detectCommunitiesCsr(csr);
  report("layout", 0);
  const n = csr.nodeCount;
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = communities.communityOf[csr.keys[i]!] ?? 0;
  const papers = Uint32Array.from(csr.papers);
  const layout = seedLayout({ community, papers, communityCount: communities.count });
  const drawn: DrawnCorpus = {
    summary: {
      id: corpus.id,
      label: corpus.label,
      papers: corpus.papers.length,
      names: n,
      notes: corpus.notes,
      hasLabels: corpus.papers.some((paper) => paper.authors.some((m) => m.label)),
    },
    csr,
    communities,
    community,
    layout,
  };
  return { corpus, csr, communities, drawn, payload: overviewPayload(drawn, budget) };
}
