// Louvain time and modularity on one graph: graphology-communities-louvain, the CSR kernel and
// igraph's C implementation, all on the same edges. Every partition is scored by one modularity
// function (igraph's by igraph, with the same formula) so the column compares like with like.
import louvain from "graphology-communities-louvain";
import type { CoauthorGraph } from "../../core/coauthorGraph";
import type { CoauthorCsr } from "../../core/csr/csrGraph";
import { louvainCsr } from "../../core/csr/louvain";
import { modularity } from "../../core/csr/modularity";
import { seededRng } from "../../core/random";
import { igraphLouvain } from "./igraph";
import { runsFor, time } from "./measure";
import { seconds } from "./table";

export const LOUVAIN_HEADER = ["graph", "nodes", "edges", "algorithm", "time", "modularity"].concat(
  ["communities", "÷ igraph"],
);

const RESOLUTION = 1;
const SEED = 1;

/** Rows for the Louvain table; `igraphSkipped` says why igraph is not run, if it is not. */
export async function benchLouvain(
  name: string,
  graph: CoauthorGraph,
  csr: CoauthorCsr,
  igraphSkipped: string | undefined,
): Promise<string[][]> {
  const runs = runsFor(csr.edgeCount);
  const viaGraphology = time(
    () =>
      louvain.detailed(graph, {
        resolution: RESOLUTION,
        rng: seededRng(SEED),
        getEdgeWeight: "weight",
      }),
    runs,
  );
  const graphologyMembership = Uint32Array.from(
    csr.keys,
    (key) => viaGraphology.result.communities[key]!,
  );
  const viaCsr = time(() => louvainCsr(csr, { resolution: RESOLUTION, seed: SEED }), runs);
  const igraph = igraphSkipped ? undefined : await igraphLouvain(csr, RESOLUTION, runs);

  const ratio = (s: number): string => (igraph ? `${(s / igraph.seconds).toFixed(2)}×` : "–");
  const row = (algorithm: string, s: number, q: number, count: number, vs: string): string[] => [
    name,
    String(csr.nodeCount),
    String(csr.edgeCount),
    algorithm,
    seconds(s),
    q.toFixed(4),
    String(count),
    vs,
  ];
  const rows = [
    row(
      "graphology louvain",
      viaGraphology.seconds,
      modularity(csr, graphologyMembership, RESOLUTION),
      viaGraphology.result.count,
      ratio(viaGraphology.seconds),
    ),
    row(
      "CSR louvainCsr",
      viaCsr.seconds,
      modularity(csr, viaCsr.result.membership, RESOLUTION),
      viaCsr.result.count,
      ratio(viaCsr.seconds),
    ),
  ];
  if (igraph)
    rows.push(
      row("igraph multilevel", igraph.seconds, igraph.modularity, igraph.communities, "1.00×"),
    );
  return rows;
}
