// Runs igraph's C Louvain on the same edge list through scripts/igraph_louvain.py, with Debian's
// /usr/bin/python3 (the one python3-igraph is installed for), timing only the clustering.
import { execFile, execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { CsrGraph } from "../../core/csr/csrGraph";

const PYTHON = "/usr/bin/python3";
const SCRIPT = resolve(import.meta.dirname, "../../../scripts/igraph_louvain.py");

export interface IgraphResult {
  seconds: number;
  modularity: number;
  communities: number;
}

/** Undefined when igraph can be run; otherwise why not, to print instead of the igraph rows. */
export function igraphUnavailable(): string | undefined {
  try {
    execFileSync(PYTHON, ["-c", "import igraph"], { stdio: "pipe" });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? `igraph skipped: ${PYTHON} not found (install Debian's python3 and python3-igraph)`
      : `igraph skipped: ${PYTHON} cannot import igraph (apt-get install python3-igraph)`;
  }
}

export async function igraphLouvain(
  graph: CsrGraph,
  resolution: number,
  repeat: number,
): Promise<IgraphResult> {
  const dir = mkdtempSync(join(tmpdir(), "bench-igraph-"));
  try {
    const file = join(dir, "edges.txt");
    writeEdgeList(graph, file);
    const { stdout } = await promisify(execFile)(
      PYTHON,
      [SCRIPT, file, String(resolution), String(repeat)],
      { maxBuffer: 1 << 20 },
    );
    return JSON.parse(stdout) as IgraphResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "NODES EDGES" then "SOURCE TARGET WEIGHT" per edge, each undirected edge once. */
function writeEdgeList(graph: CsrGraph, file: string): void {
  const fd = openSync(file, "w");
  try {
    writeSync(fd, `${graph.nodeCount} ${graph.edgeCount}\n`);
    let chunk: string[] = [];
    for (let i = 0; i < graph.nodeCount; i++) {
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const j = graph.targets[e]!;
        if (j > i) chunk.push(`${i} ${j} ${graph.weights[e]}\n`);
      }
      if (chunk.length > 50_000) {
        writeSync(fd, chunk.join(""));
        chunk = [];
      }
    }
    writeSync(fd, chunk.join(""));
  } finally {
    closeSync(fd);
  }
}
