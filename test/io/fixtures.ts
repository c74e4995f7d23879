// Reading the hand-written fixtures under test/fixtures, and catching the CorpusError a bad one causes.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { CorpusError } from "../../src/core/corpus";

export const fixtureDir = resolve(import.meta.dirname, "../fixtures");

export function fixturePath(name: string): string {
  return join(fixtureDir, name);
}

/** The fixture decoded as UTF-8, as the app and `readCorpusFromPath` read files. */
export function fixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
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

/** Async iterable of `text` cut into pieces of `size` characters, as a file stream delivers it. */
export async function* chunksOf(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
