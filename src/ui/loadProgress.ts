// The visible load indicator: stage name and a progress bar, then the corpus summary or the error.
import type { CorpusSummary, LoadStage } from "../worker/protocol";
import { byId, plural } from "./dom";

const STAGES: Record<LoadStage, { label: string; start: number; span: number }> = {
  fetch: { label: "Downloading the corpus", start: 0, span: 0.2 },
  parse: { label: "Reading papers", start: 0.2, span: 0.2 },
  graph: { label: "Building the co-author graph", start: 0.4, span: 0.25 },
  communities: { label: "Finding communities", start: 0.65, span: 0.15 },
  layout: { label: "Placing authors", start: 0.8, span: 0.1 },
  index: { label: "Indexing for splits", start: 0.9, span: 0.1 },
};

export class LoadProgress {
  private readonly box = byId("load-status");
  private readonly bar = byId<HTMLProgressElement>("load-progress");
  private readonly text = byId("load-text");

  stage(stage: LoadStage, fraction: number): void {
    const { label, start, span } = STAGES[stage];
    this.bar.value = start + span * fraction;
    this.text.textContent = `${label}…`;
    this.box.setAttribute("aria-busy", "true");
  }

  done(summary: CorpusSummary): void {
    this.bar.value = 1;
    this.box.classList.add("done");
    this.box.removeAttribute("aria-busy");
    this.text.textContent = `${summary.label}: ${plural(summary.papers, "paper")}, ${plural(summary.names, "name")}`;
    this.text.title = summary.notes.length ? `${plural(summary.notes.length, "import note")}` : "";
  }

  failed(message: string): void {
    this.box.classList.add("failed");
    this.box.removeAttribute("aria-busy");
    this.text.textContent = `Could not load: ${message}`;
  }
}
