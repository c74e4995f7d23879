// Node-only: every paper of the given files or folders, one at a time, in any format the io
// registry knows (plain or gzipped, format by content). DBLP XML and OpenAlex JSON Lines stream, so
// a dump larger than memory passes through; other formats are parsed a file at a time.
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { CorpusError, type ImportNote, type Paper } from "../core/corpus";
import { requireFormat } from "../io/registry";
import { decodeHead, readHead, streamReaderFor, textChunks } from "../io/streamPath";

/** The files behind `inputs` (a folder stands for its files, hidden and README files skipped). */
export async function inputFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => {
      throw new CorpusError(input, "no such file or folder");
    });
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input))
      .filter((name) => !name.startsWith(".") && !/^readme/i.test(name))
      .sort();
    files.push(...names.map((name) => join(input, name)));
  }
  return files;
}

/** Calls `onPaper` for each paper of `path`; returns what the importer repaired or skipped. */
export async function forEachPaper(
  path: string,
  onPaper: (paper: Paper) => void,
): Promise<ImportNote[]> {
  const name = basename(path);
  const head = await readHead(path);
  if (head.length === 0) throw new CorpusError(name, "the file is empty");
  const format = requireFormat(decodeHead(head), name);
  const stream = streamReaderFor(format, name);
  if (stream) return (await stream(textChunks(path, head), name, onPaper)).notes;
  const parts: string[] = [];
  for await (const chunk of textChunks(path, head)) parts.push(chunk);
  const parsed = format.parse(parts.join(""), name);
  for (const paper of parsed.papers) onPaper(paper);
  return parsed.notes;
}
