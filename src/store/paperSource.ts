// Node-only: every paper of the given files or folders, one at a time, through the import pipeline
// the app uses (`fs.openAsBlob` → readCorpusBlob: any registered format, plain or gzipped, format by
// content). Streamed formats (DBLP XML, OpenAlex JSON Lines, …) hand papers over as they are read,
// so a dump larger than memory passes through; other formats are parsed a file at a time.
import { openAsBlob } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { CorpusError, type ImportNote, type Paper } from "../core/corpus";
import { readCorpusBlob } from "../io/readBlob";

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
  const parsed = await readCorpusBlob(await openAsBlob(path), basename(path), { onPaper });
  // Whole-file formats return their papers instead of streaming them.
  for (const paper of parsed.papers) onPaper(paper);
  return parsed.notes;
}
