// npm run convert -- INPUT [-o OUTPUT.json]
// Converts a corpus file (or a folder of files) in any supported format into the project's JSON,
// through the same reading pipeline as the app. DBLP XML and OpenAlex JSON Lines, plain or gzip,
// stream through paper by paper, so a dump larger than memory converts too; repeated ids are
// merged as everywhere else (a second pass only when a dump repeats one). The output is written
// beside the target and renamed at the end, so a failed run leaves no half file. Notes and errors
// go to stderr; a CorpusError exits with status 1.
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { Corpus, ImportNote } from "../core/corpus";
import { CorpusJsonWriter } from "../io/corpusJsonWriter";
import { summaryNote } from "../io/merge";
import { noteLine } from "../io/noteTally";
import { openCorpusBlob, readOpened, type OpenedFile } from "../io/readBlob";
import { namedBlobs, readCorpusFromPath } from "../io/readPath";
import { StreamDedupe } from "../io/streamDedupe";
import { parseArgs, runMain } from "./args";

const USAGE = "usage: npm run convert -- INPUT [-o OUTPUT.json]  (INPUT: a corpus file or folder)";

interface Converted {
  format: string;
  papers: number;
  mentions: number;
  notes: ImportNote[];
}

runMain(async () => {
  const args = parseArgs(process.argv.slice(2), ["-o", "--output"]);
  const input = args.positional[0];
  if (input === undefined || args.flags.has("-h") || args.flags.has("--help")) {
    throw new Error(USAGE);
  }
  const output = args.values.get("-o") ?? args.values.get("--output");
  const started = performance.now();
  const partial =
    output === undefined ? join(tmpdir(), `convert-${process.pid}.json`) : `${output}.partial`;
  let converted: Converted;
  try {
    converted = await convert(input, partial);
    if (output === undefined)
      await pipeline(createReadStream(partial), process.stdout, { end: false });
    else await rename(partial, output);
  } finally {
    await rm(partial, { force: true });
  }
  for (const note of converted.notes) process.stderr.write(`${noteLine(note)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `converted ${converted.papers} papers (${converted.mentions} author mentions) from ` +
      `${converted.format} in ${seconds} s${output === undefined ? "" : ` → ${output}`}\n`,
  );
});

async function convert(input: string, path: string): Promise<Converted> {
  const files = await namedBlobs(input);
  if (files.length === 1) {
    const opened = await openCorpusBlob(files[0]!.blob, files[0]!.name);
    if (opened.format.stream && (opened.format.streams?.(opened.head) ?? true)) {
      return streamed(opened, path);
    }
    return written(await readCorpusFromPath(input), opened.format.label, path);
  }
  return written(await readCorpusFromPath(input), "folder", path);
}

/** A streaming format: papers written as they are read, repeated ids merged in a second pass. */
async function streamed(file: OpenedFile, path: string): Promise<Converted> {
  const dedupe = new StreamDedupe();
  let result = await writePass(file, path, (paper) => dedupe.first(paper));
  if (dedupe.needsSecondPass) {
    dedupe.startSecondPass();
    result = await writePass(file, path, (paper) => dedupe.second(paper));
  }
  const notes = [
    summaryNote(file.name, {
      files: 1,
      filesSkipped: 0,
      read: result.read,
      papers: result.papers,
      skipped: result.skipped,
      merged: dedupe.merged,
    }),
    ...result.notes,
    ...dedupe.notes(file.name),
  ];
  return { format: file.format.label, papers: result.papers, mentions: result.mentions, notes };
}

async function writePass(
  file: OpenedFile,
  path: string,
  admit: (paper: Corpus["papers"][number]) => Corpus["papers"][number] | undefined,
): Promise<{
  papers: number;
  mentions: number;
  read: number;
  skipped: number;
  notes: ImportNote[];
}> {
  const sink = createWriteStream(path);
  const writer = new CorpusJsonWriter(sink, file.name, file.name);
  let mentions = 0;
  const parsed = await readOpened(file, {
    onPaper: (paper) => {
      const kept = admit(paper);
      if (!kept) return;
      mentions += kept.authors.length;
      writer.paper(kept);
    },
    // Waiting for the output between chunks keeps memory flat when writing is slower than reading.
    pace: () => writer.flush(),
  });
  await writer.end(parsed.notes, parsed.reportedRecords);
  await close(sink);
  return {
    papers: writer.count,
    mentions,
    read: parsed.read,
    skipped: parsed.skipped,
    notes: parsed.notes,
  };
}

async function written(corpus: Corpus, format: string, path: string): Promise<Converted> {
  const sink = createWriteStream(path);
  const writer = new CorpusJsonWriter(sink, corpus.id, corpus.label);
  let mentions = 0;
  for (const paper of corpus.papers) {
    writer.paper(paper);
    mentions += paper.authors.length;
    await writer.flush();
  }
  await writer.end(corpus.notes, corpus.reportedRecords);
  await close(sink);
  return { format, papers: corpus.papers.length, mentions, notes: corpus.notes };
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end(() => resolve()).on("error", reject));
}
