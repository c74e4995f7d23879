// Node-only: reads a corpus from a file or a folder of files (e.g. one person-XML file per name) in
// any registered format, plain or gzipped, detecting each file's format by content and merging
// papers that share an id. DBLP XML and OpenAlex JSON Lines stream paper by paper.
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { CorpusError, type Corpus, type Paper } from "../core/corpus";
import type { ParsedFile } from "./format";
import { mergeParsedFiles } from "./merge";
import { requireFormat } from "./registry";
import { decodeHead, readHead, streamReaderFor, textChunks } from "./streamPath";

export const DEFAULT_CORPUS_PATH = resolve(import.meta.dirname, "../../data/default-corpus.json");

export async function readCorpusFromPath(path: string = DEFAULT_CORPUS_PATH): Promise<Corpus> {
  const info = await stat(path).catch(() => {
    throw new CorpusError(path, "no such file or folder");
  });
  const files = info.isDirectory()
    ? (await readdir(path)).filter((name) => !name.startsWith(".") && !/^readme/i.test(name)).sort()
    : [basename(path)];
  const dir = info.isDirectory() ? path : resolve(path, "..");
  const parsed: ParsedFile[] = [];
  for (const name of files) parsed.push(await readCorpusFile(join(dir, name), name));
  return mergeParsedFiles(basename(path), basename(path), parsed);
}

/** One file, in whatever registered format its content shows. */
export async function readCorpusFile(
  path: string,
  name: string = basename(path),
): Promise<ParsedFile> {
  const head = await readHead(path);
  if (head.length === 0) throw new CorpusError(name, "the file is empty");
  const format = requireFormat(decodeHead(head), name);
  const stream = streamReaderFor(format, name);
  if (stream) {
    const papers: Paper[] = [];
    const { notes } = await stream(textChunks(path, head), name, (paper) => papers.push(paper));
    return { papers, notes };
  }
  let text = "";
  for await (const chunk of textChunks(path, head)) text += chunk;
  return format.parse(text, name);
}
