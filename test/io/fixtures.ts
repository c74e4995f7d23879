// Reading the hand-written fixtures under test/fixtures, through the parsers and through the one
// reading pipeline, and catching the CorpusError a bad one causes.
import { openAsBlob, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { CorpusError } from "../../src/core/corpus";
import type { ParsedFile } from "../../src/io/format";
import { readCorpusBlob } from "../../src/io/readBlob";

export const fixtureDir = resolve(import.meta.dirname, "../fixtures");

export function fixturePath(name: string): string {
  return join(fixtureDir, name);
}

/** The fixture decoded as UTF-8. */
export function fixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

/** The fixture read as the app and the CLI read it: bytes → encoding → format → papers. */
export async function readFixture(name: string): Promise<ParsedFile> {
  return readCorpusBlob(await openAsBlob(fixturePath(name)), name.split("/").pop()!);
}

export function corpusErrorOf(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error("expected a CorpusError, but the import succeeded");
}

export async function asyncCorpusErrorOf(run: Promise<unknown>): Promise<CorpusError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return error as CorpusError;
}

/** Notes as [line, message up to the count in parentheses]. */
export function noteLines(file: ParsedFile): [number | undefined, string][] {
  return file.notes.map((n) => [n.line, n.message.replace(/ \(\d+×.*\)$/, "")]);
}

/** Async iterable of `text` cut into pieces of `size` characters, as a file stream delivers it. */
export async function* chunksOf(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
