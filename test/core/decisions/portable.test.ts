// Portable decisions: exported with paper keys (DOI, id + title, title + year), they re-apply in
// another corpus that holds the same papers under other ids, and the import reports what it could
// not place. Imports are previews until confirmed, and one step to undo.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeIdentities, movePapers, undoLast } from "../../../src/core/decisions/actions";
import { decisionsFile, nameExport } from "../../../src/core/decisions/exportFile";
import { decisionsToJson } from "../../../src/core/decisions/file";
import { foldLog, toConstraints } from "../../../src/core/decisions/fold";
import { importEntries, planImport } from "../../../src/core/decisions/importPlan";
import { mergeLogs } from "../../../src/core/decisions/log";
import {
  matchPapers,
  normaliseDoi,
  normaliseTitle,
  portablePaper,
} from "../../../src/core/decisions/portable";
import { readDecisionsFile } from "../../../src/core/decisions/readFile";
import { recordDecision } from "../../../src/core/decisions/record";
import type { Decision, DecisionEntry } from "../../../src/core/decisions/types";
import { nameView, type NameView } from "../../../src/core/decisions/view";
import type { Corpus } from "../../../src/core/corpus";
import { indexCorpus, type CorpusIndex } from "../../../src/core/corpusIndex";
import { suggestSplit } from "../../../src/core/split";

const KEY = "ajay gupta";
const original = JSON.parse(readFileSync("data/default-corpus.json", "utf8")) as Corpus;
const mine = new Set(
  original.papers.filter((p) => p.authors.some((a) => a.name === "Ajay Gupta")).map((p) => p.id),
);
/** Corpus A: the default corpus, DOIs on every other paper of the name. */
const corpusA: Corpus = {
  ...original,
  id: "A",
  papers: original.papers.map((p, i) =>
    mine.has(p.id) && i % 2 === 0 ? { ...p, doi: `10.5555/a.${p.id}` } : p,
  ),
};
/** Corpus B: the same papers under other ids, DOIs as resolver URLs, titles re-cased and re-punctuated. */
const corpusB: Corpus = {
  ...corpusA,
  id: "B",
  papers: corpusA.papers.map((p) => ({
    ...p,
    id: `W${p.id}`,
    title: `${p.title.toUpperCase()}.`,
    ...(p.doi ? { doi: `https://doi.org/${p.doi.toUpperCase()}` } : {}),
  })),
};
const indexA = indexCorpus(corpusA);
const indexB = indexCorpus(corpusB);

function view(index: CorpusIndex, log: readonly DecisionEntry[]): NameView {
  const state = foldLog(log);
  const s = suggestSplit(index, KEY, { constraints: toConstraints(state) });
  return nameView(
    s.identities.map((i) => i.paperIds),
    state,
    s.unassigned,
  );
}

function papersOf(index: CorpusIndex) {
  return index.papersOfName.get(KEY)!.map((p) => portablePaper(index.corpus.papers[p]!, KEY));
}

function record(
  log: DecisionEntry[],
  decision: Decision | undefined,
  corpusId: string,
  n: number,
): DecisionEntry[] {
  const context = { corpusId, nameKey: KEY, session: "tab", now: new Date(1.7e12 + n * 1000) };
  return decision ? recordDecision(log, decision, context).log : log;
}

/** Corpus A's decisions: split two papers off, unassign one, merge the two largest identities. */
function decideInA(): DecisionEntry[] {
  let log: DecisionEntry[] = [];
  let v = view(indexA, log);
  const big = v.identities[0]!;
  log = record(log, movePapers(v, big.paperIds.slice(0, 2), "new"), "A", 1);
  v = view(indexA, log);
  log = record(log, movePapers(v, [v.identities.at(-1)!.paperIds[0]!], "unassigned"), "A", 2);
  v = view(indexA, log);
  log = record(log, mergeIdentities(v, v.identities[1]!.id, [v.identities[2]!.id]), "A", 3);
  return log;
}

function exported(log: DecisionEntry[]): Uint8Array {
  const names = [
    nameExport({
      nameKey: KEY,
      label: "Ajay Gupta",
      log,
      view: view(indexA, log),
      papers: papersOf(indexA),
      identityLabel: (i) => `Ajay Gupta · ${i.id}`,
    }),
  ];
  return new TextEncoder().encode(decisionsToJson(decisionsFile("A", "corpus A", names)));
}

const toB = (id: string) => `W${id}`;

describe("paper keys", () => {
  it("normalises DOIs and titles", () => {
    expect(normaliseDoi("https://doi.org/10.1145/ABC.123")).toBe("10.1145/abc.123");
    expect(normaliseDoi("not a doi")).toBeUndefined();
    expect(normaliseTitle("Über  Graphs: a Survey.")).toBe("uber graphs a survey");
  });

  it("matches by DOI, then id + title, then a unique title + year, and reports the rest", () => {
    const local = [
      { id: "x1", doi: "10.1234/a", title: "Alpha", year: 2001 },
      { id: "x2", title: "Beta", year: 2002 },
      { id: "x3", title: "Twin", year: 2003 },
      { id: "x4", title: "Twin", year: 2003 },
      { id: "k", title: "Kept id", year: 2004 },
    ];
    const foreign = [
      { id: "f1", doi: "https://doi.org/10.1234/A", title: "Other title", year: 1999 },
      { id: "f2", title: "BETA!", year: 2002 },
      { id: "f3", title: "Twin", year: 2003 },
      { id: "f4", title: "Gamma", year: 2005 },
      { id: "k", title: "kept ID" },
    ];
    const match = matchPapers(foreign, local);
    expect([...match.map]).toEqual([
      ["f1", "x1"],
      ["f2", "x2"],
      ["k", "k"],
    ]);
    expect(match.ambiguous.map((p) => p.id)).toEqual(["f3"]);
    expect(match.missing.map((p) => p.id)).toEqual(["f4"]);
  });
});

describe("portable decisions across two corpora", () => {
  it("re-apply in a corpus holding the same papers under other ids", () => {
    const logA = decideInA();
    const file = readDecisionsFile(exported(logA), "decisions.json");
    expect(file.corpusId).toBe("A");
    const local = { nameKey: KEY, log: [], papers: papersOf(indexB) };
    const plan = planImport(file.names[0]!, local, false, "decisions.json");
    expect(plan).toMatchObject({ status: "added", mode: "translated", missing: [], ambiguous: [] });
    const context = { corpusId: "B", nameKey: KEY, session: "b", now: new Date(1.8e12) };
    const logB = importEntries(plan, [], context, "decisions.json", "imp1");
    expect(logB.map((e) => e.kind)).toEqual(["assign", "import"]);
    const a = toConstraints(foldLog(logA));
    const b = toConstraints(foldLog(logB));
    const setsOf = (groups: string[][]) => groups.map((g) => [...g].sort().join()).sort();
    expect(setsOf(b.together)).toEqual(setsOf(a.together.map((g) => g.map(toB))));
    expect(b.unassigned).toEqual(a.unassigned.map(toB).sort());
    expect(b.apart.length).toBe(a.apart.length);
    // The same split on screen, paper for paper.
    const shown = (v: NameView, map = (id: string) => id) =>
      v.identities.map((i) => i.paperIds.map(map).sort().join()).sort();
    expect(shown(view(indexB, logB))).toEqual(shown(view(indexA, logA), toB));
  });

  it("reports papers the other corpus does not hold, and applies the rest", () => {
    const logA = decideInA();
    const file = readDecisionsFile(exported(logA), "decisions.json");
    const dropped = new Set(toConstraints(foldLog(logA)).together[0]!.slice(0, 1).map(toB));
    const papers = papersOf(indexB).filter((p) => !dropped.has(p.id));
    const plan = planImport(file.names[0]!, { nameKey: KEY, log: [], papers }, false, "f");
    expect(plan.missing.map((p) => toB(p.id))).toEqual([...dropped]);
    expect(plan.decision!.groups.flatMap((g) => g.papers)).not.toContain([...dropped][0]);
  });

  it("merges the log of a file from this corpus, idempotently, with history", () => {
    const logA = decideInA();
    const file = readDecisionsFile(exported(logA), "decisions.json");
    const fresh = planImport(
      file.names[0]!,
      { nameKey: KEY, log: [], papers: papersOf(indexA) },
      true,
      "f",
    );
    expect(fresh).toMatchObject({ mode: "history", status: "added" });
    const context = { corpusId: "A", nameKey: KEY, session: "other", now: new Date(1.8e12) };
    const log = importEntries(fresh, [], context, "f", "imp");
    expect(log.length).toBe(logA.length + 1);
    const again = planImport(
      file.names[0]!,
      { nameKey: KEY, log, papers: papersOf(indexA) },
      true,
      "f",
    );
    expect(again).toMatchObject({ status: "unchanged", foreign: [] });
    expect(importEntries(again, log, context, "f", "imp2")).toEqual([]);
  });

  it("previews a change against decisions made here, and undoes the import in one step", () => {
    const logA = decideInA();
    const file = readDecisionsFile(exported(logA), "decisions.json");
    // Corpus B already has its own decision: one paper of the file's new identity held out.
    let logB: DecisionEntry[] = [];
    const heldOut = toB(toConstraints(foldLog(logA)).together[0]![0]!);
    logB = record(logB, movePapers(view(indexB, logB), [heldOut], "unassigned"), "B", 1);
    const before = JSON.stringify(toConstraints(foldLog(logB)));
    const plan = planImport(
      file.names[0]!,
      { nameKey: KEY, log: logB, papers: papersOf(indexB) },
      false,
      "f",
    );
    expect(plan.status).toBe("changed");
    expect(plan.conflicts).toContain(heldOut);
    // A preview writes nothing.
    expect(JSON.stringify(toConstraints(foldLog(logB)))).toBe(before);
    const context = { corpusId: "B", nameKey: KEY, session: "b", now: new Date(1.8e12) };
    logB = mergeLogs(logB, importEntries(plan, logB, context, "f", "imp"));
    expect(JSON.stringify(toConstraints(foldLog(logB)))).not.toBe(before);
    logB = record(logB, undoLast(logB), "B", 1e4);
    expect(JSON.stringify(toConstraints(foldLog(logB)))).toBe(before);
  });

  it("skips a name not in this corpus", () => {
    const file = readDecisionsFile(exported(decideInA()), "decisions.json");
    const plan = planImport(file.names[0]!, { nameKey: KEY, log: [], papers: [] }, false, "f");
    expect(plan.status).toBe("not in this corpus");
  });
});
