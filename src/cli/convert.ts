// npm run convert -- INPUT [-o OUTPUT.json]
// Converts a corpus file (or a folder of files) in any supported format into the project's JSON.
// DBLP XML and OpenAlex JSON Lines, plain or .gz, stream through paper by paper, so a dump larger
// than memory converts too. Notes and errors go to stderr; a CorpusError exits with status 1.
import { createWriteStream } from "node:fs";
import { readFile, rename, rm, stat } from "node:fs/promises";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Corpus, ImportNote } from "../core/corpus";
import { CorpusJsonWriter, type TextSink } from "../io/corpusJsonWriter";
import { mergeParsedFiles } from "../io/merge";
import { readCorpusFromPath } from "../io/readPath";
import { requireFormat } from "../io/registry";
import { decodeHead, innerName, readHead, streamReaderFor, textChunks } from "../io/streamPath";
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
  let converted: Converted;
  if (output === undefined) {
    converted = await convert(input, process.stdout);
  } else {
    // Written beside the target and renamed at the end, so a failed run leaves no half file.
    const partial = `${output}.partial`;
    const file = createWriteStream(partial);
    try {
      converted = await convert(input, file);
      await new Promise<void>((resolve, reject) => file.end(() => resolve()).on("error", reject));
      await rename(partial, output);
    } catch (error) {
      file.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  }
  for (const note of converted.notes) {
    const line = note.line === undefined ? "" : `, line ${note.line}`;
    process.stderr.write(`note: ${note.file}${line}: ${note.message}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `converted ${converted.papers} papers (${converted.mentions} author mentions) from ` +
      `${converted.format} in ${seconds} s${output === undefined ? "" : ` → ${output}`}\n`,
  );
});

async function convert(input: string, sink: TextSink): Promise<Converted> {
  const name = basename(input);
  if ((await stat(input)).isDirectory())
    return writeCorpus(await readCorpusFromPath(input), "folder", sink);
  const head = await readHead(input);
  const format = requireFormat(decodeHead(head), name);
  const stream = streamReaderFor(format, name);
  if (stream) {
    const writer = new CorpusJsonWriter(sink, name, name);
    let mentions = 0;
    // Waiting for the sink between chunks keeps memory flat when the output is slower than input.
    async function* paced(chunks: AsyncIterable<string>): AsyncIterable<string> {
      for await (const chunk of chunks) {
        await writer.flush();
        yield chunk;
      }
    }
    const result = await stream(paced(textChunks(input, head)), innerName(name), (paper) => {
      mentions += paper.authors.length;
      writer.paper(paper);
    });
    await writer.end(result.notes);
    return { format: format.label, papers: writer.count, mentions, notes: result.notes };
  }
  if (/\.gz$/i.test(name)) {
    const text = new TextDecoder().decode(gunzipSync(await readFile(input)));
    const corpus = mergeParsedFiles(name, name, [format.parse(text, innerName(name))]);
    return writeCorpus(corpus, format.label, sink);
  }
  return writeCorpus(await readCorpusFromPath(input), format.label, sink);
}

async function writeCorpus(corpus: Corpus, format: string, sink: TextSink): Promise<Converted> {
  const writer = new CorpusJsonWriter(sink, corpus.id, corpus.label);
  let mentions = 0;
  for (const paper of corpus.papers) {
    writer.paper(paper);
    mentions += paper.authors.length;
    await writer.flush();
  }
  await writer.end(corpus.notes);
  return { format, papers: corpus.papers.length, mentions, notes: corpus.notes };
}
