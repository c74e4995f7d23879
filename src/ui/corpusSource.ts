// Which corpus to load at start: `?corpus=URL` if given, else the default corpus shipped as a
// build asset. Imported files get their ids from `fileCorpusId`.
import defaultCorpusUrl from "../../data/default-corpus.json?url";

export interface CorpusSource {
  url: string;
  /** Keys saved review decisions; the default corpus keeps one id across rebuilds. */
  id: string;
  /** Shown in the corpus switcher. */
  label: string;
  fileName: string;
}

export const DEFAULT_CORPUS_ID = "default-corpus.json";

export function corpusSource(search: string, base: string): CorpusSource {
  const given = new URLSearchParams(search).get("corpus");
  if (!given) {
    return {
      url: new URL(defaultCorpusUrl, base).href,
      id: DEFAULT_CORPUS_ID,
      label: "Default corpus (Arnetminer names + Tom Jacobs)",
      fileName: DEFAULT_CORPUS_ID,
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
