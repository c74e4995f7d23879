// build:store applies the one duplicate-id policy of the reading pipeline (src/io/merge.ts): records
// that repeat an id with the same title merge into the first paper, a record that reuses an id for
// another title is kept as `id~2` — within one input and across inputs, as the app and convert do.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/io/readFiles";
import { mergeParsedFiles } from "../../src/io/merge";
import { namedBlobs } from "../../src/io/readPath";
import { buildStore } from "../../src/store/buildStore";
import { openDuck } from "../../src/store/duck";

const record = (key: string, author: string, title = "Same Title"): string =>
  `<article key="${key}"><author>${author}</author><title>${title}.</title><year>2020</year></article>\n`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "store-repeats-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** [id, author names] of each paper of the store, in store order. */
async function storedPapers(store: string): Promise<[string, string[]][]> {
  const duck = await openDuck();
  try {
    const reader = await duck.connection.runAndReadAll(
      `SELECT id, authors FROM read_parquet('${join(store, "papers.parquet")}') ORDER BY paper`,
    );
    return reader.getRows().map(([id, authors]) => {
      const names = (JSON.parse(String(authors)) as { name: string }[]).map((a) => a.name);
      return [String(id), names];
    });
  } finally {
    duck.close();
  }
}

/** The same inputs through the app's pipeline: [id, author names] of each merged paper. */
async function pipelinePapers(inputs: string[]): Promise<[string, string[]][]> {
  const files = (await Promise.all(inputs.map((input) => namedBlobs(input)))).flat();
  const corpus = mergeParsedFiles("inputs", "inputs", await readCorpusFiles(files));
  return corpus.papers.map((p) => [p.id, p.authors.map((a) => a.name)]);
}

const cases: { name: string; files: Record<string, string>; expected: [string, string[]][] }[] = [
  {
    name: "one streamed file repeating an id",
    files: {
      "repeats.xml": `<dblp>\n${record("a/1", "Ann Lee")}${record("a/2", "Bo Li")}${record("a/1", "Cy Wu")}${record("a/1", "Di Xu", "Other Title")}</dblp>\n`,
    },
    expected: [
      ["a/1", ["Ann Lee", "Cy Wu"]],
      ["a/2", ["Bo Li"]],
      ["a/1~2", ["Di Xu"]],
    ],
  },
  {
    name: "a second input repeating the first one's ids",
    files: {
      "first.xml": `<dblp>\n${record("a/1", "Ann Lee")}${record("a/2", "Bo Li")}</dblp>\n`,
      "second.xml": `<dblp>\n${record("a/2", "Eve Ng")}${record("a/1", "Fay Oh", "Other Title")}</dblp>\n`,
    },
    expected: [
      ["a/1", ["Ann Lee"]],
      ["a/2", ["Bo Li", "Eve Ng"]],
      ["a/1~2", ["Fay Oh"]],
    ],
  },
];

describe("build:store and repeated paper ids", () => {
  it.each(cases)(
    "merges as the reading pipeline does: $name",
    async ({ name, files, expected }) => {
      const folder = join(dir, name.replace(/\W+/g, "-"));
      const inputs: string[] = [];
      await mkdir(folder, { recursive: true });
      for (const [file, text] of Object.entries(files)) {
        inputs.push(join(folder, file));
        await writeFile(join(folder, file), text);
      }
      const store = join(folder, "store");
      const manifest = await buildStore(inputs, store);
      expect(await storedPapers(store)).toEqual(expected);
      expect(await pipelinePapers(inputs)).toEqual(expected);
      expect(manifest.papers).toBe(3);
      expect(manifest.mentions).toBe(4);
      expect(manifest.repeatedIds).toBe(2);
      expect(manifest.notes.map((n) => n.message)).toContain(
        "merged 1 repeated paper records by paper id",
      );
    },
  );
});
