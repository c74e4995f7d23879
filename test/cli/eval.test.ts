// The eval CLI end to end, in a child process as a user runs it: several labeled sets at once.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/core/corpus";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function evalCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/eval.ts", ...args],
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

/** A labeled corpus: two people called `name`, each with their own co-author and topic. */
function labeledSet(dir: string, file: string, name: string): string {
  const papers: Paper[] = [];
  for (let i = 0; i < 6; i++) {
    const person = i < 3 ? "a" : "b";
    papers.push({
      id: `${file}-${i}`,
      title: person === "a" ? `Query optimization in databases ${i}` : `Drought genes of rice ${i}`,
      venue: person === "a" ? "VLDB" : "Plant Cell",
      year: 2000 + i,
      authors: [
        { name, label: `${name}#${person}` },
        { name: person === "a" ? "Ann Miller" : "Li Chen" },
      ],
    });
  }
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify({ papers }));
  return path;
}

describe("npm run eval", () => {
  const dir = mkdtempSync(join(tmpdir(), "eval-"));
  const first = labeledSet(dir, "first.json", "Wei Zhang");
  const second = labeledSet(dir, "second.json", "Lei Wang");

  it("scores several sets at once: one entry per set with macro and micro figures, and the mean", async () => {
    const { code, stdout } = await evalCli(first, second, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      sets: {
        corpus: string;
        summary: { ours: { b3F1: number }; micro: { ours: { b3F1: number } } };
      }[];
      mean: { ours: { b3F1: number } };
      reliability: { identities: number };
    };
    expect(out.sets.map((s) => s.corpus)).toEqual(["first", "second"]);
    for (const set of out.sets) {
      expect(set.summary.ours.b3F1).toBe(1);
      expect(set.summary.micro.ours.b3F1).toBe(1);
    }
    expect(out.mean.ours.b3F1).toBe(1);
    expect(out.reliability.identities).toBe(4);
  }, 60_000);

  it("prints one row per set and the mean over sets", async () => {
    const { code, stdout } = await evalCli(first, second);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^first\s+1 names\s+1\.000 \(1\.000\)/m);
    expect(stdout).toMatch(/^second\s+1 names/m);
    expect(stdout).toMatch(/^mean over sets\s+1\.000 \(1\.000\)/m);
    expect(stdout).toMatch(/expected calibration error/);
  }, 60_000);

  describe("a folder with a file that holds nothing usable (issue 8: Chris_Shaw.xml)", () => {
    const folder = join(dir, "folder");
    mkdirSync(folder);
    labeledSet(folder, "a.json", "Ajay Gupta");
    labeledSet(folder, "b.json", "Lei Wang");
    writeFileSync(
      join(folder, "Chris_Shaw.xml"),
      "<person><FullName>Chris Shaw</FullName></person>\n",
    );
    const skipped = {
      file: "Chris_Shaw.xml",
      line: 1,
      message: "file skipped: no <publication> elements; nothing to import",
    };

    it("scores the other files and says on stderr which file it skipped and why", async () => {
      const { code, stdout, stderr } = await evalCli(folder);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^folder\s+2 names\s+1\.000 \(1\.000\)/m);
      expect(stderr).toContain(`note: Chris_Shaw.xml, line 1: ${skipped.message}`);
      expect(stderr).toMatch(
        /note: folder: read 12 records from 3 files: 12 papers, .*1 file with nothing usable/,
      );
      expect(stdout).not.toContain("Chris_Shaw");
    }, 60_000);

    it("gives the same notes in --json, beside the summary", async () => {
      const { code, stdout } = await evalCli(folder, "--json");
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as {
        summary: { ours: { b3F1: number } };
        notes: { file: string; line?: number; message: string }[];
      };
      expect(out.summary.ours.b3F1).toBe(1);
      expect(out.notes).toContainEqual(skipped);
      const several = JSON.parse((await evalCli(folder, first, "--json")).stdout) as {
        notes: { file: string }[];
      };
      expect(several.notes.map((n) => n.file)).toContain("Chris_Shaw.xml");
    }, 60_000);
  });

  it.each([
    [["--resolution", "abc"], '--resolution must be a number > 0; got "abc"'],
    [
      ["--method", "kmeans"],
      '--method must be one of profile, agglomerative, louvain; got "kmeans"',
    ],
    [["--seed", "1.5"], '--seed must be an integer; got "1.5"'],
  ])(
    "refuses %j with a message that says what is allowed",
    async (args, message) => {
      const { code, stderr } = await evalCli(first, ...args);
      expect(code).toBe(1);
      expect(stderr).toContain(message);
    },
    60_000,
  );
});
