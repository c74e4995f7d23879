// Which corpus to load at start: `?store=URL` (a corpus store, read by range requests) or
// `?corpus=URL` if given, else the default corpus shipped as a build asset; `?budget=N` sets how
// many nodes + edges the overview draws author by author before it shows communities instead.
// Imported files get their ids from `fileCorpusId`.
import defaultCorpusUrl from "../../data/default-corpus.json?url";
import defaultOverviewUrl from "../../data/default-overview.json?url";

export interface CorpusSource {
  url: string;
  /** Keys saved review decisions; the default corpus keeps one id across rebuilds. */
  id: string;
  /** Shown in the corpus switcher. */
  label: string;
  fileName: string;
  /** A corpus store folder (build:store), not a file. */
  store?: boolean;
  /** Nodes + edges drawn author by author (`?budget=`); the Worker's default when absent. */
  budget?: number;
  /** Its overview computed at build time (the default corpus, at the default budget). */
  overviewUrl?: string;
}

export const DEFAULT_CORPUS_ID = "default-corpus.json";

export function corpusSource(search: string, base: string): CorpusSource {
  const params = new URLSearchParams(search);
  const budget = budgetOf(params.get("budget"));
  const source = sourceOf(params, base);
  // The shipped overview was drawn under the default budget only.
  return budget === undefined ? source : { ...source, budget, overviewUrl: undefined };
}

/** A positive whole number, else the default (an unusable value must not blank the overview). */
function budgetOf(value: string | null): number | undefined {
  const budget = Number(value);
  return value && Number.isInteger(budget) && budget > 0 ? budget : undefined;
}

function sourceOf(params: URLSearchParams, base: string): CorpusSource {
  const store = params.get("store");
  if (store) {
    const url = new URL(store.endsWith("/") ? store : `${store}/`, base);
    const name = decodeURIComponent(url.pathname.replace(/\/$/, "").split("/").pop() || "store");
    return { url: url.href, id: `store:${url.href}`, label: name, fileName: name, store: true };
  }
  const given = params.get("corpus");
  if (!given) {
    return {
      url: new URL(defaultCorpusUrl, base).href,
      id: DEFAULT_CORPUS_ID,
      label: "Default corpus (Arnetminer names + Tom Jacobs)",
      fileName: DEFAULT_CORPUS_ID,
      overviewUrl: new URL(defaultOverviewUrl, base).href,
    };
  }
  const url = new URL(given, base);
  const fileName = decodeURIComponent(url.pathname.split("/").pop() || "corpus.json");
  return { url: url.href, id: url.href, label: fileName, fileName };
}

/**
 * An imported file set's id: names, sizes and modification times, so opening the same export again
 * finds the review decisions made on it.
 */
export function fileCorpusId(files: readonly File[]): string {
  const parts = files.map((f) => `${f.name}:${f.size}:${f.lastModified}`).sort();
  return `file:${parts.join("|")}`;
}

export function fileCorpusLabel(files: readonly File[]): string {
  if (files.length === 1) return files[0]!.name;
  return `${files.length} files (${files[0]!.name}, …)`;
}
