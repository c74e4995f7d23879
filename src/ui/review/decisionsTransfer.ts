// Decisions in and out of the browser. Export: every decided name with the identities as the engine
// shows them under the decisions (labels, portable paper keys, source author ids) and the full log,
// as JSON or CSV. Import: a preview per name (added, changed, papers not in this corpus,
// conflicts); nothing is written until the curator confirms, and a confirmed import is undone in
// one step.
import {
  DecisionsFileError,
  decisionsFile,
  decisionsToCsv,
  decisionsToJson,
  importEntries,
  makeEntry,
  nameDecisions,
  nameExport,
  nameView,
  planImport,
  readDecisionsFile,
  type DecisionEntry,
  type NamePlan,
} from "../../core/decisions";
import type { WorkerClient } from "../workerClient";
import type { DecisionsController } from "./decisionsController";
import { downloadName } from "../downloadName";
import { fetchNamePapers } from "../namePapers";
import { download, fileName } from "./download";
import { identityName } from "./identityName";

export interface ImportPreview {
  file: string;
  /** The corpus the file names, if any. */
  corpusId: string | undefined;
  plans: NamePlan[];
  /** Names of the file that could not be read (entry and field). */
  skipped: string[];
}

export class DecisionsTransfer {
  preview: ImportPreview | undefined;
  /** The last confirmed import, for its "Undo import" button. */
  lastImport: { importId: string; file: string } | undefined;

  constructor(
    private readonly decisions: DecisionsController,
    private readonly worker: WorkerClient,
    private readonly corpusLabel: string,
    private readonly changed: () => void,
  ) {}

  private get corpusId(): string {
    return this.decisions.corpusId;
  }

  async exportFile(format: "json" | "csv"): Promise<void> {
    try {
      // A stale tab exports what every tab decided: storage first, then what this tab holds.
      await this.decisions.reloadAll();
      const names = [];
      for (const { nameKey, log } of this.decisions.decided()) {
        const { constraints, state } = nameDecisions(nameKey, log);
        const details = await this.worker.query(this.corpusId, "name", {
          key: nameKey,
          resolution: resolutionOf(log),
          constraints,
        });
        const papers = await this.worker.query(this.corpusId, "portable", { key: nameKey });
        const { identities = [], unassigned = [] } = details?.suggestion ?? {};
        const view = nameView(
          identities.map((i) => i.paperIds),
          state,
          unassigned,
        );
        // A store name's answer comes without its papers: they are asked by pages.
        const views =
          details && !details.papers
            ? await fetchNamePapers(this.worker, this.corpusId, nameKey)
            : (details?.papers ?? []);
        const byId = new Map(views.map((p) => [p.id, p]));
        names.push(
          nameExport({
            nameKey,
            label: details?.label ?? this.decisions.ui.labelOf(nameKey),
            log,
            view,
            papers,
            identityLabel: (identity) => identityName(details?.label ?? nameKey, identity, byId),
          }),
        );
      }
      const file = decisionsFile(this.corpusId, this.corpusLabel, names);
      // Named after the corpus without its own extensions: "decisions-works.json", not "…json.json".
      const name = downloadName("decisions", this.corpusLabel, format);
      if (format === "json") download(name, decisionsToJson(file));
      else download(name, decisionsToCsv(file), "text/csv");
      this.decisions.report(
        `Exported decisions on ${names.length} name${names.length === 1 ? "" : "s"}.`,
      );
    } catch (error) {
      this.decisions.report(`Export failed: ${(error as Error).message}`);
    }
  }

  /** The raw stored records of a quarantined name, as they are. */
  exportRaw(nameKey: string): void {
    const name = this.decisions.quarantine().find((q) => q.nameKey === nameKey);
    if (!name) return;
    const body = { corpusId: this.corpusId, nameKey, problem: name.problem, records: name.records };
    download(fileName(`unreadable-decisions-${nameKey}`, "json"), JSON.stringify(body, null, 1));
  }

  /** Reads a file and shows what it would change; writes nothing. */
  async previewFile(file: File): Promise<void> {
    this.preview = undefined;
    try {
      const parsed = readDecisionsFile(new Uint8Array(await file.arrayBuffer()), file.name);
      const plans: NamePlan[] = [];
      for (const incoming of parsed.names) {
        const papers = await this.worker.query(this.corpusId, "portable", {
          key: incoming.nameKey,
        });
        const local = {
          nameKey: incoming.nameKey,
          log: this.decisions.logOf(incoming.nameKey),
          papers,
        };
        plans.push(planImport(incoming, local, parsed.corpusId === this.corpusId, file.name));
      }
      this.preview = { file: file.name, corpusId: parsed.corpusId, plans, skipped: parsed.skipped };
      this.decisions.message = "";
    } catch (error) {
      if (!(error instanceof DecisionsFileError)) throw error;
      this.decisions.message = `Nothing imported: ${error.message}`;
    }
    this.changed();
  }

  cancelPreview(): void {
    this.preview = undefined;
    this.decisions.report("Import cancelled; nothing changed.");
    this.changed();
  }

  /** Applies the previewed names that change something, as one undoable import. */
  async confirm(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    this.preview = undefined;
    const importId = `${this.decisions.session}-import-${Date.now()}`;
    let names = 0;
    for (const plan of preview.plans) {
      if (plan.status !== "added" && plan.status !== "changed") continue;
      const log = this.decisions.logOf(plan.nameKey);
      const context = this.decisions.context(plan.nameKey);
      const entries = importEntries(plan, log, context, preview.file, importId);
      if (entries.length === 0) continue;
      await this.decisions.commit(plan.nameKey, entries);
      names++;
    }
    this.lastImport = names > 0 ? { importId, file: preview.file } : undefined;
    this.decisions.report(
      names > 0
        ? `Imported decisions on ${names} name${names === 1 ? "" : "s"} from ${preview.file}.`
        : `Nothing to import from ${preview.file}: no name would change.`,
    );
    this.changed();
  }

  /** Undoes every name's part of the last import, one undo entry per name. */
  async undoImport(): Promise<void> {
    const last = this.lastImport;
    if (!last) return;
    this.lastImport = undefined;
    for (const { nameKey, log } of this.decisions.decided()) {
      const gates = log.filter(
        (e): e is Extract<DecisionEntry, { kind: "import" }> =>
          e.kind === "import" && e.importId === last.importId,
      );
      if (gates.length === 0) continue;
      const undo = { kind: "undo" as const, targets: gates.map((g) => g.id) };
      await this.decisions.commit(nameKey, [makeEntry(log, undo, this.decisions.context(nameKey))]);
    }
    this.decisions.report(`Import of ${last.file} undone.`);
    this.changed();
  }
}

/** The resolution the curator last accepted at, else the default. */
function resolutionOf(log: readonly DecisionEntry[]): number {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]!;
    if (entry.kind === "accept" && entry.resolution !== undefined) return entry.resolution;
  }
  return 1;
}
