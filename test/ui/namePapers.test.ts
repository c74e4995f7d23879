// A name's papers paged in after its answer: the pages tile the Worker's list whatever their size,
// and a list that comes up short is an error, not a shorter list shown as whole.
import { describe, expect, it } from "vitest";
import { fetchNamePapers, type NamePapersSource } from "../../src/ui/namePapers";
import type { PaperView } from "../../src/worker/protocol";

const papers: PaperView[] = Array.from({ length: 23 }, (_, i) => ({
  id: `p${i}`,
  title: `Paper ${i}`,
  authors: [{ key: "ann lee", name: "Ann Lee" }],
}));

/** A Worker listing `listed` of `total` papers, recording the pages asked. */
function worker(listed: PaperView[], total = listed.length) {
  const asked: [number, number][] = [];
  const source: NamePapersSource = {
    query: (_corpus, _kind, { from, count }) => {
      asked.push([from, count]);
      return Promise.resolve({ papers: listed.slice(from, from + count), total });
    },
  };
  return { source, asked };
}

describe("fetchNamePapers", () => {
  it.each([1, 5, 23, 100])("pages of %i tile the list, in order", async (size) => {
    const { source, asked } = worker(papers);
    await expect(fetchNamePapers(source, "c", "ann lee", size)).resolves.toEqual(papers);
    expect(asked.length).toBe(Math.ceil(papers.length / size));
    expect(asked.map(([from]) => from)).toEqual(asked.map((_, i) => i * size));
  });

  it("an empty name is one page", async () => {
    const { source, asked } = worker([]);
    await expect(fetchNamePapers(source, "c", "ann lee", 5)).resolves.toEqual([]);
    expect(asked).toEqual([[0, 5]]);
  });

  it("rejects a list shorter than the total the Worker gave", async () => {
    const { source } = worker(papers.slice(0, 20), 23);
    await expect(fetchNamePapers(source, "c", "ann lee", 5)).rejects.toThrow(/20 of the name's 23/);
  });
});
