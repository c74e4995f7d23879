// Node-only: a corpus from a file or a folder of files (e.g. one person-XML file per name), through
// the same pipeline as the app (`fs.openAsBlob` hands it a Blob): any registered format, plain or
// gzipped, papers that share an id merged, files with nothing usable noted and passed over.
import { openAsBlob } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { CorpusError, type Corpus } from "../core/corpus";
import type { ParsedFile } from "./format";
import { mergeParsedFiles } from "./merge";
import { readCorpusBlob, type ReadOptions } from "./readBlob";
import { readCorpusFiles, type NamedBlob } from "./readFiles";

export const DEFAULT_CORPUS_PATH = resolve(import.meta.dirname, "../../data/default-corpus.json");

export async function readCorpusFromPath(path: string = DEFAULT_CORPUS_PATH): Promise<Corpus> {
  const files = await namedBlobs(path);
  const label = basename(path);
  return mergeParsedFiles(label, label, await readCorpusFiles(files));
}

/** The files a path names: the file itself, or a folder's files (no dot files, no README). */
export async function namedBlobs(path: string): Promise<NamedBlob[]> {
  const info = await stat(path).catch(() => {
    throw new CorpusError(path, "no such file or folder");
  });
  if (!info.isDirectory()) return [{ name: basename(path), blob: await openAsBlob(path) }];
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith(".") && !/^readme/i.test(e.name))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) throw new CorpusError(path, "the folder holds no files");
  return Promise.all(
    names.map(async (name) => ({ name, blob: await openAsBlob(join(path, name)) })),
  );
}

/** One file, strictly: its own error if nothing in it is usable. */
export async function readCorpusFile(
  path: string,
  name: string = basename(path),
  options: ReadOptions = {},
): Promise<ParsedFile> {
  return readCorpusBlob(await openAsBlob(path), name, options);
}
