// The convert CLI end to end, in a child process as a user runs it.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../src/io/bibtex";
import { parseDblpXml } from "../../src/io/dblpXml";
import { formats } from "../../src/io/registry";
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

// Runs once the registry lists the extra formats (src/io/registry.ts is the lead's to edit).
const registered =
  formats.some((f) => f.id === "dblp-xml") && formats.some((f) => f.id === "bibtex");

describe.skipIf(!registered)("npm run convert", () => {
  const dir = mkdtempSync(join(tmpdir(), "convert-"));

  it("streams a gzipped DBLP dump into the project's JSON file", async () => {
    const input = join(dir, "dblp.xml.gz");
    const output = join(dir, "dblp.json");
    writeFileSync(input, gzipSync(readFileSync(fixturePath("dblp/dblp-sample.xml"))));
    const { code, stderr } = await convert(input, "-o", output);
    expect(code).toBe(0);
    const parsed = parseDblpXml(fixture("dblp/dblp-sample.xml"), "dblp.xml");
    const expected = { id: "dblp.xml.gz", label: "dblp.xml.gz", ...parsed };
    expect(readFileSync(output, "utf8")).toBe(JSON.stringify(expected));
    expect(stderr).toMatch(/note: dblp\.xml, line 40: skipped <www> records/);
    expect(stderr).toMatch(/converted 5 papers \(9 author mentions\) from DBLP XML/);
  });

  it("writes to stdout without -o", async () => {
    const { code, stdout } = await convert(fixturePath("bibtex/refs.bib"));
    expect(code).toBe(0);
    const corpus = JSON.parse(stdout) as { papers: unknown[] };
    expect(corpus.papers).toEqual(parseBibtex(fixture("bibtex/refs.bib"), "refs.bib").papers);
  });

  it("exits 1 with the CorpusError message and leaves no output file", async () => {
    const output = join(dir, "bad.json");
    const { code, stderr } = await convert(fixturePath("dblp/unknown-entity.xml"), "-o", output);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: unknown-entity\.xml, line 30: unknown entity &oumlaut;/);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(`${output}.partial`)).toBe(false);
  });

  it("exits 1 with the usage line when no input is given", async () => {
    const { code, stderr } = await convert();
    expect(code).toBe(1);
    expect(stderr).toMatch(/usage: npm run convert -- INPUT/);
  });
});
