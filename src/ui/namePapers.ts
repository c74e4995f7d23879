// A name's papers asked of the Worker a page at a time, after its answer (which comes without them
// for a store name, so the workspace is drawn first). Each page is a message of its own, so a task
// of its own on the page: 33,607 papers were one 5 MB message whose unpacking held the page 0.7 s.
import type { PaperView, Queries } from "../worker/protocol";

/** Papers per page: about 0.6 MB to receive in one task (a 33,607-paper name in 9 pages). */
export const NAME_PAPERS_PAGE = 4000;

/** The part of the Worker client this needs (a test passes a fake). */
export interface NamePapersSource {
  query(
    corpusId: string,
    kind: "namePapers",
    args: Queries["namePapers"]["args"],
  ): Promise<Queries["namePapers"]["result"]>;
}

/**
 * Every paper of `key`, in the order the Worker lists them: the first page says how many there
 * are, the rest are asked at once (the Worker answers them in order, one message each).
 */
export async function fetchNamePapers(
  worker: NamePapersSource,
  corpusId: string,
  key: string,
  pageSize = NAME_PAPERS_PAGE,
): Promise<PaperView[]> {
  const ask = (from: number) =>
    worker.query(corpusId, "namePapers", { key, from, count: pageSize });
  const first = await ask(0);
  const starts: number[] = [];
  for (let from = first.papers.length; from < first.total; from += pageSize) starts.push(from);
  const rest = await Promise.all(starts.map(ask));
  const papers = first.papers.concat(...rest.map((page) => page.papers));
  if (papers.length !== first.total)
    throw new Error(`the Worker listed ${papers.length} of the name's ${first.total} papers`);
  return papers;
}
