// The files of one import (a drop of several files, a folder on the command line) read together:
// one shared context (BibTeX @string macros defined in one file and used in another), and lenient
// by file: a file with nothing usable in it is noted and the others are read; the import fails only
// when no file yields a paper.
import { CorpusError } from "../core/corpus";
import { newImportContext, type ParsedFile } from "./format";
import { openCorpusBlob, readOpened, readText, type OpenedFile } from "./readBlob";
import { formats } from "./registry";

export interface NamedBlob {
  name: string;
  blob: Blob;
}

export interface ReadFilesOptions {
  /** Bytes read so far over all files, their total size, and the file being read. */
  onBytes?: (read: number, total: number, file: string) => void;
}

export async function readCorpusFiles(
  files: NamedBlob[],
  options: ReadFilesOptions = {},
): Promise<ParsedFile[]> {
  const total = files.reduce((sum, f) => sum + f.blob.size, 0);
  const context = newImportContext(files.length);
  const failures = new Map<string, CorpusError>();
  const lenient = files.length > 1;
  /** Runs one file's step; in a multi-file import a CorpusError sets that file aside. */
  const attempt = async <T>(name: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof CorpusError) || !lenient) throw error;
      failures.set(name, error);
      return undefined;
    }
  };

  const opened: (OpenedFile | undefined)[] = [];
  for (const { name, blob } of files)
    opened.push(await attempt(name, () => openCorpusBlob(blob, name)));

  let before = 0;
  const progress = (name: string, size: number) => (read: number) => {
    options.onBytes?.(before + Math.min(read, size), total, name);
  };
  // Formats that look at every file first (BibTeX's @string) get their texts read up front.
  const texts = new Map<OpenedFile, string>();
  for (const [i, file] of opened.entries()) {
    if (!file?.format.gather) continue;
    const text = await attempt(file.name, () =>
      readText(file, progress(file.name, files[i]!.blob.size)),
    );
    if (text === undefined) continue;
    texts.set(file, text);
    file.format.gather(text, context);
  }

  const parsed: ParsedFile[] = [];
  for (const [i, file] of opened.entries()) {
    const { name, blob } = files[i]!;
    const result = file
      ? await attempt(name, async () => {
          const text = texts.get(file);
          if (text === undefined)
            return readOpened(file, { onBytes: progress(name, blob.size), context });
          const result = await file.format.parse(text, name, context);
          return file.notes.length > 0
            ? { ...result, notes: [...file.notes, ...result.notes] }
            : result;
        })
      : undefined;
    before += blob.size;
    options.onBytes?.(before, total, name);
    const failure = failures.get(name);
    if (result) parsed.push(result);
    else if (failure) parsed.push(setAside(name, failure));
  }
  if (parsed.every((file) => file.papers.length === 0)) throw nothingToImport(files, failures);
  return parsed;
}

/** A file of a multi-file import that held nothing usable: one note says why. */
function setAside(name: string, error: CorpusError): ParsedFile {
  const reason = error.message.slice(error.message.indexOf(": ") + 2);
  const note = { file: name, message: `file skipped: ${reason}` };
  return {
    file: name,
    papers: [],
    notes: [error.line === undefined ? note : { ...note, line: error.line }],
    read: 0,
    skipped: 0,
  };
}

function nothingToImport(files: NamedBlob[], failures: Map<string, CorpusError>): CorpusError {
  const inOrder = files.flatMap((f) => failures.get(f.name) ?? []);
  const first = inOrder[0];
  if (files.length === 1 && first) return first;
  // The list of supported formats is said once, at the end, not after every file.
  const reasons = inOrder.slice(0, 3).map((e) => e.message.replace(/; supported: .*$/, ""));
  const more = failures.size > 3 ? `; and ${failures.size - 3} more` : "";
  const label = files.length === 1 ? files[0]!.name : `${files.length} files`;
  return new CorpusError(
    label,
    `no papers found in any file${reasons.length > 0 ? ` (${reasons.join("; ")}${more})` : ""}; check that the files hold records with authors` +
      (inOrder.some((e) => e.message.includes("; supported: "))
        ? `; supported: ${formats.map((f) => f.label).join("; ")}`
        : ""),
  );
}
