// Which corpus to load: `?corpus=URL` if given, else the default corpus shipped as a build asset.
import defaultCorpusUrl from "../../data/default-corpus.json?url";

export interface CorpusSource {
  url: string;
  /** Keys saved review decisions; the default corpus keeps one id across rebuilds. */
  id: string;
  fileName: string;
}

export function corpusSource(search: string, base: string): CorpusSource {
  const given = new URLSearchParams(search).get("corpus");
  if (!given) {
    return {
      url: new URL(defaultCorpusUrl, base).href,
      id: "default-corpus.json",
      fileName: "default-corpus.json",
    };
  }
  const url = new URL(given, base);
  const fileName = decodeURIComponent(url.pathname.split("/").pop() || "corpus.json");
  return { url: url.href, id: url.href, fileName };
}
