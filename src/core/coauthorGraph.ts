// The co-author graph: one node per name key, an edge per pair of names that share a paper,
// weighted by how many papers they share. Built in one pass over the mentions.
import Graph from "graphology";
import type { Corpus } from "./corpus";
import { nameKey } from "./nameKey";

export interface AuthorAttributes {
  /** Most common printed form of the name. */
  label: string;
  papers: number;
}

export interface CoauthorshipAttributes {
  weight: number;
}

export type CoauthorGraph = Graph<AuthorAttributes, CoauthorshipAttributes>;

export function buildCoauthorGraph(corpus: Corpus): CoauthorGraph {
  const graph: CoauthorGraph = new Graph<AuthorAttributes, CoauthorshipAttributes>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const spellings = new Map<string, Map<string, number>>();
  for (const paper of corpus.papers) {
    const keys = uniqueKeys(
      paper.authors.map((m) => m.name),
      spellings,
    );
    for (const key of keys) {
      graph.mergeNode(key, { label: key, papers: 0 });
      graph.updateNodeAttribute(key, "papers", (n) => (n ?? 0) + 1);
    }
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        graph.updateUndirectedEdge(keys[i]!, keys[j]!, (attr) => ({
          weight: (attr.weight ?? 0) + 1,
        }));
      }
    }
  }
  for (const [key, forms] of spellings) graph.setNodeAttribute(key, "label", mostCommon(forms));
  return graph;
}

/** Name keys of one author list, each once, counting printed forms for the display label. */
function uniqueKeys(names: string[], spellings: Map<string, Map<string, number>>): string[] {
  const keys: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (keys.includes(key)) continue;
    keys.push(key);
    let forms = spellings.get(key);
    if (!forms) spellings.set(key, (forms = new Map()));
    forms.set(name, (forms.get(name) ?? 0) + 1);
  }
  return keys;
}

function mostCommon(forms: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best))
      [best, bestCount] = [form, count];
  }
  return best;
}
