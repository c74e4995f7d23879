// Node-only: reads a corpus from a file or a folder of files (e.g. one person-XML file per name),
// detecting each file's format and merging papers that share an id.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { Corpus } from "../core/corpus";
import type { ParsedFile } from "./format";
import { mergeParsedFiles } from "./merge";
import { parseFileText } from "./registry";

export const DEFAULT_CORPUS_PATH = resolve(import.meta.dirname, "../../data/default-corpus.json");

export async function readCorpusFromPath(path: string = DEFAULT_CORPUS_PATH): Promise<Corpus> {
  const info = await stat(path);
  const files = info.isDirectory()
    ? (await readdir(path)).filter((name) => !name.startsWith(".") && !/readme/i.test(name)).sort()
    : [basename(path)];
  const dir = info.isDirectory() ? path : resolve(path, "..");
  const parsed: ParsedFile[] = [];
  for (const name of files) {
    const text = await readFile(join(dir, name), "utf8");
    parsed.push(parseFileText(text, name));
  }
  return mergeParsedFiles(basename(path), basename(path), parsed);
}
