// The visible load indicator: stage and progress bar while a corpus loads or a file imports (with
// a cancel button), then the corpus summary with its import notes, or the error. A failed or
// cancelled import says so and that the corpus on screen is unchanged.
import type { CorpusSummary, LoadStage } from "../worker/protocol";
import { byId, h, plural, replaceChildren } from "./dom";

const STAGES: Record<LoadStage, { label: string; start: number; span: number }> = {
  fetch: { label: "Downloading the corpus", start: 0, span: 0.2 },
  parse: { label: "Reading papers", start: 0.2, span: 0.2 },
  graph: { label: "Building the co-author graph", start: 0.4, span: 0.25 },
  communities: { label: "Finding communities", start: 0.65, span: 0.15 },
  layout: { label: "Placing authors", start: 0.8, span: 0.1 },
  search: { label: "Indexing names for search", start: 0.9, span: 0.1 },
};

const NOTES_SHOWN = 200;

export class LoadProgress {
  private readonly box = byId("load-status");
  private readonly bar = byId<HTMLProgressElement>("load-progress");
  private readonly text = byId("load-text");
  private readonly cancel = byId<HTMLButtonElement>("load-cancel");
  private readonly retry = byId<HTMLButtonElement>("load-retry");
  private onRetry: (() => void) | undefined;
  private notes: HTMLElement | undefined;
  /** Shown beside the next summary: why the corpus Worker was restarted. */
  private restartNote: string | undefined;

  constructor(onCancel: () => void) {
    this.cancel.addEventListener("click", onCancel);
    this.retry.addEventListener("click", () => this.onRetry?.());
  }

  /**
   * The corpus Worker failed. With `retry` the user restarts it (button); without, it is being
   * restarted with `corpus` already.
   */
  crashed(message: string, corpus: string | undefined, retry?: () => void): void {
    this.reset("failed");
    const what = `The corpus worker stopped (${message}).`;
    if (retry) {
      this.say(`${what} Retry restarts it${corpus ? ` with ${corpus}` : ""}.`);
      this.onRetry = retry;
      this.retry.hidden = false;
    } else {
      this.say(`${what} Restarting${corpus ? ` with ${corpus}` : ""}…`);
    }
    this.restartNote = `restarted after: ${message}`;
  }

  stage(stage: LoadStage, fraction: number): void {
    const { label, start, span } = STAGES[stage];
    this.busy(`${label}…`, start + span * fraction);
  }

  /** Bytes of the user's files read so far (the first half of the bar; building is the rest). */
  importing(fileName: string, read: number, total: number): void {
    const percent = total > 0 ? Math.round((100 * read) / total) : 0;
    this.busy(`Reading ${fileName}… ${percent}%`, total > 0 ? (0.4 * read) / total : 0);
    this.cancel.hidden = false;
  }

  /** The files are read; the corpus Worker builds the graph now (cancel no longer applies). */
  parsed(): void {
    this.cancel.hidden = true;
  }

  done(summary: CorpusSummary): void {
    this.reset("done");
    const restarted = this.restartNote ? ` (the corpus worker was ${this.restartNote})` : "";
    this.restartNote = undefined;
    this.say(
      summary.label,
      `: ${plural(summary.papers, "paper")}, ${plural(summary.names, "name")}${restarted}`,
    );
    if (summary.notes.length > 0) {
      const shown = summary.notes.slice(0, NOTES_SHOWN);
      this.notes = h(
        "details",
        { class: "import-notes" },
        h("summary", {}, plural(summary.notes.length, "import note")),
        h(
          "ul",
          { attrs: { "aria-label": "What the importer repaired or skipped" } },
          ...shown.map((n) =>
            h("li", {}, `${n.file}${n.line !== undefined ? `, line ${n.line}` : ""}: ${n.message}`),
          ),
          summary.notes.length > NOTES_SHOWN
            ? h("li", {}, `… and ${summary.notes.length - NOTES_SHOWN} more`)
            : null,
        ),
      );
      this.box.append(this.notes);
    }
  }

  failed(message: string): void {
    this.reset("failed");
    this.say(`Could not load: ${message}`);
  }

  /** An import failed; `current` is the corpus still shown. */
  importFailed(message: string, current: string | undefined): void {
    this.reset("failed");
    const kept = current ? ` Still showing ${current}; nothing was changed.` : "";
    this.say(`Could not import: ${message}.${kept}`);
  }

  cancelled(current: string | undefined): void {
    this.reset("done");
    this.say(`Import cancelled.${current ? ` Still showing ${current}.` : ""}`);
  }

  /**
   * One line: `cut` shortened with an ellipsis where the row has no room for it, `kept` (a
   * summary's counts) whole; the whole text on hover. A summary that took a second row pushed
   * the graph down as the app became ready.
   */
  private say(cut: string, kept = ""): void {
    replaceChildren(this.text, h("span", { class: "status-cut" }, cut), kept);
    this.text.title = cut + kept;
  }

  private busy(text: string, value: number): void {
    this.reset(undefined);
    this.box.setAttribute("aria-busy", "true");
    this.bar.value = value;
    this.say(text);
  }

  private reset(state: "done" | "failed" | undefined): void {
    this.notes?.remove();
    this.notes = undefined;
    this.cancel.hidden = true;
    this.retry.hidden = true;
    this.onRetry = undefined;
    this.box.classList.toggle("done", state === "done");
    this.box.classList.toggle("failed", state === "failed");
    if (state) {
      this.box.removeAttribute("aria-busy");
      this.bar.value = 1;
    }
  }
}
