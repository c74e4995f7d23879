// The decisions-file importer as a fuzz target: any bytes read as this app's decisions JSON, the
// version-1 review JSON or a review CSV, then planned against a name of this corpus. Its only error
// is DecisionsFileError; what it returns holds only checked entries.
import {
  checkEntry,
  DecisionsFileError,
  planImport,
  readDecisionsFile,
  type NamePlan,
  type ParsedDecisions,
} from "../../src/core/decisions";
import type { FuzzTarget } from "./target";

const header = { corpusId: "c", at: "2026-01-01T00:00:00.000Z", session: "tab-a", deps: [] };
const LOG = [
  {
    ...header,
    id: "tab-a.1",
    nameKey: "lei wang",
    kind: "split-off",
    papers: ["p1"],
    identity: "p1~2",
    from: [{ id: "p1", keep: "p2" }],
  },
  {
    ...header,
    id: "tab-a.2",
    nameKey: "lei wang",
    deps: ["tab-a.1"],
    kind: "unassign",
    papers: ["p3"],
  },
  {
    ...header,
    id: "tab-a.3",
    nameKey: "lei wang",
    deps: ["tab-a.2"],
    kind: "undo",
    targets: ["tab-a.2"],
  },
  {
    ...header,
    id: "tab-a.4",
    nameKey: "lei wang",
    deps: ["tab-a.3"],
    kind: "merge",
    into: { id: "p1~2", keep: "p1" },
    from: [{ id: "p4", keep: "p4" }],
  },
];
const PAPERS = [
  { id: "p1", title: "Über Graphs", year: 2001, doi: "10.1234/a" },
  { id: "p2", title: "Trees", year: 2002 },
  { id: "p3", title: "Forests", authorIds: ["A1"] },
  { id: "p4", title: "Paths", year: 2004 },
];
const DECISIONS = JSON.stringify({
  format: "coauthor-explorer-decisions",
  version: 2,
  corpusId: "c",
  corpusLabel: "c",
  exportedAt: "2026-01-02T00:00:00.000Z",
  names: [
    {
      nameKey: "lei wang",
      label: "Lei Wang",
      identities: [],
      unassigned: [],
      papers: PAPERS,
      log: LOG,
    },
  ],
});
const LEGACY = JSON.stringify({
  format: "coauthor-explorer-review",
  version: 1,
  reviews: [
    { nameKey: "lei wang", label: "Lei Wang", status: "accepted", groups: [["p1", "p2"], ["p3"]] },
  ],
});
const CSV =
  'name,name_key,identity_id,paper_id,doi,title,year\r\nLei Wang,lei wang,p1,p1,10.1234/a,Über Graphs,2001\r\nLei Wang,lei wang,p3,p3,,"Forests, ""old""",\r\n';
const LOCAL = {
  nameKey: "lei wang",
  log: [],
  papers: PAPERS.map((p) => ({ ...p, id: `W${p.id}` })),
};

interface Result {
  parsed: ParsedDecisions;
  plans: NamePlan[];
}

export const decisionsTarget: FuzzTarget<Result> = {
  name: "decisions file",
  run(text) {
    const parsed = readDecisionsFile(new TextEncoder().encode(text), "fuzz.json");
    const plans = parsed.names.map((name) => planImport(name, LOCAL, false, "fuzz.json"));
    return { parsed, plans };
  },
  ownError: (error) => error instanceof DecisionsFileError,
  invariants({ parsed, plans }) {
    const broken: string[] = [];
    if (parsed.names.length === 0) broken.push("returned no names instead of an error");
    for (const name of parsed.names) {
      if (typeof name.nameKey !== "string" || name.nameKey === "")
        broken.push("a name without a key");
      for (const [i, entry] of (name.log ?? []).entries()) {
        const check = checkEntry(entry, `log[${i}]`);
        if (!check.ok) broken.push(`an unchecked entry came through: ${check.problem}`);
      }
    }
    for (const plan of plans) {
      const here = new Set(LOCAL.papers.map((p) => p.id));
      for (const group of plan.decision?.groups ?? []) {
        if (group.papers.some((p) => !here.has(p)))
          broken.push("a plan places a paper this corpus lacks");
      }
    }
    return broken;
  },
  size: ({ parsed, plans }) => JSON.stringify(parsed).length + JSON.stringify(plans).length,
  seeds: [DECISIONS, LEGACY, CSV, '{"reviews":[null]}'],
  tokens: [
    '"kind":"move"',
    '"papers":',
    '"log":[',
    '"names":[',
    "null",
    "{",
    "}",
    "[",
    "]",
    ",",
    '"p1"',
    "\r\n",
    '"',
    "'=",
    "\uFEFF",
    "\u0000",
  ],
};
