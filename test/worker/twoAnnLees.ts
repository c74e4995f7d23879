import type { Corpus } from "../../src/core/corpus";

/**
 * Two Ann Lees, one writing with Bo Chen, the other with Dee Eng: three names of two papers or
 * more, and one of them two people.
 */
export const twoAnnLees: Corpus = {
  id: "c",
  label: "c",
  notes: [],
  papers: [
    { id: "1", title: "Graphs", authors: [{ name: "Ann Lee" }, { name: "Bo Chen" }] },
    { id: "2", title: "Graph cuts", authors: [{ name: "Ann Lee" }, { name: "Bo Chen" }] },
    { id: "3", title: "Proteins", authors: [{ name: "Ann Lee" }, { name: "Dee Eng" }] },
    { id: "4", title: "Protein folds", authors: [{ name: "Ann Lee" }, { name: "Dee Eng" }] },
    { id: "5", title: "Other", authors: [{ name: "Bo Chen" }, { name: "Dee Eng" }] },
  ],
};
