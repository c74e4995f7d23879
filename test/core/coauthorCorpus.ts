// A small hand-made corpus whose co-author graph is worked out by hand in its comment, shared by the
// graphology and CSR graph tests.
import type { Corpus } from "../../src/core/corpus";

/** A corpus with one paper per entry of `authorLists`, ids p1, p2, … */
export function corpusOf(...authorLists: string[][]): Corpus {
  return {
    id: "hand-made",
    label: "hand-made",
    notes: [],
    papers: authorLists.map((names, i) => ({
      id: `p${i + 1}`,
      title: `Paper ${i + 1}`,
      authors: names.map((name) => ({ name })),
    })),
  };
}

/**
 * Nodes (key → papers, label):
 *   "ann lee" 4 "Ann Lee" (printed "ann lee" once first, "Ann Lee" twice, "ANN  LEE" once;
 *             the "ANN LEE" repeat on p3 counts for nothing)
 *   "bob stone" 3 "Bob Stone"
 *   "cy park" 3 "CY PARK" (printed "Cy Park", "CY PARK", "cy park" once each: a tie, which the
 *             smallest string wins)
 *   "dee solo" 1 "Dee Solo" (a single-author paper: a node, no edge)
 *   "eve moss" 1 "Eve\tMoss" (the label is the printed form, tab and all)
 * Edges (papers shared; weight = Σ 1/(authors − 1), so p1's three authors give each pair 1/2):
 *   ann–bob 3 papers, 2.5 (p1, p2, p3 — on p3 "ANN LEE" repeats, so it has two authors),
 *   ann–cy 2 papers, 1.5 (p1, p4), bob–cy 1 paper, 0.5 (p1), cy–eve 1 paper, 1 (p6)
 */
export const handMadeCorpus = (): Corpus =>
  corpusOf(
    ["ann lee", "Bob Stone", "Cy Park"],
    ["Ann Lee", "Bob  Stone"],
    ["Ann Lee", "Bob Stone", "ANN LEE"],
    ["ANN  LEE", "CY PARK"],
    ["Dee Solo"],
    ["cy park", "Eve\tMoss"],
  );

export const HAND_MADE_NODES: [key: string, papers: number, label: string][] = [
  ["ann lee", 4, "Ann Lee"],
  ["bob stone", 3, "Bob Stone"],
  ["cy park", 3, "CY PARK"],
  ["dee solo", 1, "Dee Solo"],
  ["eve moss", 1, "Eve\tMoss"],
];

export const HAND_MADE_EDGES: [a: string, b: string, papers: number, weight: number][] = [
  ["ann lee", "bob stone", 3, 2.5],
  ["ann lee", "cy park", 2, 1.5],
  ["bob stone", "cy park", 1, 0.5],
  ["cy park", "eve moss", 1, 1],
];
