// The convert CLI end to end, in a child process as a user runs it.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../src/io/bibtex/bibtex";
import { parseDblpXml } from "../../src/io/dblpXml";
import { mergeParsedFiles } from "../../src/io/merge";
import { fixture, fixturePath } from "./fixtures";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function convert(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/convert.ts", ...args],
      {
        cwd: root,
        maxBuffer: 1 << 26,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run convert", () => {
  const dir = mkdtempSync(join(tmpdir(), "convert-"));

  it("streams a gzipped DBLP dump into the project's JSON file", async () => {
    const input = join(dir, "dblp.xml.gz");
    const output = join(dir, "dblp.json");
    writeFileSync(input, gzipSync(readFileSync(fixturePath("dblp/dblp-sample.xml"))));
    const { code, stderr } = await convert(input, "-o", output);
    expect(code).toBe(0);
    const parsed = parseDblpXml(fixture("dblp/dblp-sample.xml"), "dblp.xml.gz");
    const expected = {
      id: "dblp.xml.gz",
      label: "dblp.xml.gz",
      papers: parsed.papers,
      notes: parsed.notes,
    };
    expect(readFileSync(output, "utf8")).toBe(JSON.stringify(expected));
    expect(stderr).toMatch(
      /note: dblp\.xml\.gz: read 6 records: 5 papers, 1 skipped, 0 merged by id/,
    );
    expect(stderr).toMatch(/note: dblp\.xml\.gz, line 40: passed over <www> records/);
    expect(stderr).toMatch(/converted 5 papers \(9 author mentions\) from DBLP XML/);
  });

  it("merges repeated ids in a streamed dump the way the app does, so its output reads back", async () => {
    const record = (key: string, author: string, title = "Same Title") =>
      `<article key="${key}"><author>${author}</author><title>${title}.</title><year>2020</year></article>\n`;
    const xml = `<dblp>\n${record("a/1", "Ann Lee")}${record("a/2", "Bo Li")}${record("a/1", "Cy Wu")}${record("a/1", "Di Xu", "Other Title")}</dblp>\n`;
    const input = join(dir, "repeats.xml");
    const output = join(dir, "repeats.json");
    writeFileSync(input, xml);
    const { code, stderr } = await convert(input, "-o", output);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(output, "utf8")) as {
      papers: { id: string; authors: { name: string }[] }[];
    };
    expect(written.papers.map((p) => [p.id, p.authors.map((a) => a.name)])).toEqual([
      ["a/1", ["Ann Lee", "Cy Wu"]],
      ["a/2", ["Bo Li"]],
      ["a/1~2", ["Di Xu"]],
    ]);
    expect(stderr).toMatch(/read 4 records: 3 papers, 0 skipped, 1 merged by id/);
    const again = await convert(output);
    expect(again.code).toBe(0);
  });

  it.each([
    {
      path: "streamed (DBLP XML)",
      input: () => readFileSync(fixturePath("dblp/latin1-declared.xml")),
      name: "latin1-declared.xml",
      format: /from DBLP XML/,
    },
    {
      path: "whole file (person XML)",
      input: () =>
        Buffer.from(
          '<?xml version="1.0" encoding="ISO-8859-1"?>\n<person><FullName>Jürgen Müller</FullName>\n' +
            "<publication><title>Stream Joins on Modern Hardware</title><year>2016</year>" +
            "<authors>Jürgen Müller,José María García</authors><id>1</id><label>0</label></publication>\n" +
            "</person>\n",
          "latin1",
        ),
      name: "latin1-person.xml",
      format: /from Labeled person XML/,
    },
  ])(
    "decodes a file that declares ISO-8859-1 as declared, $path: Jürgen Müller, no guess",
    async ({ input, name, format }) => {
      const path = join(dir, name);
      const output = join(dir, `${name}.json`);
      const bytes = input();
      expect(bytes.includes(Buffer.from("Müller", "latin1"))).toBe(true);
      writeFileSync(path, bytes);
      const { code, stderr } = await convert(path, "-o", output);
      expect(code).toBe(0);
      expect(stderr).toMatch(format);
      const written = JSON.parse(readFileSync(output, "utf8")) as {
        papers: { authors: { name: string }[] }[];
      };
      const names = written.papers.flatMap((p) => p.authors.map((a) => a.name));
      expect(names).toContain("Jürgen Müller");
      expect(names).toContain("José María García");
      expect(names.join(" ")).not.toMatch(/\uFFFD|Ã/);
      // Read as declared, not guessed: the fallback for undeclared Latin-1 would add a note.
      expect(stderr).not.toMatch(/not valid UTF-8|Windows-1252/);
    },
  );

  it("writes to stdout without -o", async () => {
    const { code, stdout } = await convert(fixturePath("bibtex/refs.bib"));
    expect(code).toBe(0);
    const corpus = JSON.parse(stdout) as { papers: unknown[] };
    const parsed = await parseBibtex(fixture("bibtex/refs.bib"), "refs.bib");
    expect(corpus.papers).toEqual(mergeParsedFiles("refs.bib", "refs.bib", [parsed]).papers);
  });

  it("exits 1 with the CorpusError message and leaves no output file", async () => {
    const output = join(dir, "bad.json");
    const input = join(dir, "feed.xml");
    writeFileSync(
      input,
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>http://arxiv.org/api/x</id></feed>\n',
    );
    const { code, stderr } = await convert(input, "-o", output);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: feed\.xml, line 1: this looks like an arXiv Atom feed/);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(`${output}.partial`)).toBe(false);
  });

  it("exits 1 with the usage line when no input is given", async () => {
    const { code, stderr } = await convert();
    expect(code).toBe(1);
    expect(stderr).toMatch(/usage: npm run convert -- INPUT/);
  });
});
