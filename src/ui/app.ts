// The app shell: the parts that live as long as the page (view state and address bar, tabs, search
// box, panel toggle, theme, load indicator, corpus switcher, imports) and the Explorer of the
// corpus on screen, replaced when another corpus is shown.
import type { CorpusSource } from "./corpusSource";
import { CorpusSwitcher } from "./corpusSwitcher";
import { byId } from "./dom";
import { Explorer, type ExplorerShell } from "./explorer";
import { syncHistory } from "./history";
import { ImportControl } from "./importControl";
import { LoadProgress } from "./loadProgress";
import { warmOverview, type OverviewSigma } from "./graph/graphView";
import { PanelToggle } from "./panelToggle";
import { Tabs } from "./panels/tabs";
import { mountSearchBox } from "./search/searchBox";
import { initialState, RootStore } from "./state";
import { currentTheme, onThemeChange } from "./theme";
import { readViewState } from "./urlState";
import type { WorkerClient } from "./workerClient";
import type { CorpusSummary, GraphPayload } from "../worker/protocol";

export function startApp(worker: WorkerClient, source: CorpusSource): void {
  const store = new RootStore({ ...initialState, ...readViewState(location.search) });
  const tabs = new Tabs(byId("tabs"));
  const panel = new PanelToggle();
  // A link to a name opens on its panel, also on a narrow window where the panel starts collapsed.
  if (store.state.selected !== undefined) panel.open();
  const searchInput = byId<HTMLInputElement>("search-input");
  const labels = new Map([[source.id, source.label]]);
  let explorer: Explorer | undefined;
  let summary: CorpusSummary | undefined;
  /** The corpus the user last asked to see (loaded, imported or switched to). */
  let wanted = source.id;
  /** Files of imported corpora, so a restarted Worker can read them again. */
  const importedFiles = new Map<string, File[]>();
  /** The corpus on screen being rebuilt in a restarted Worker: its view stays as it is. */
  let restarting: string | undefined;
  let lastCrash = -Infinity;
  /** The overview's sigma, made while the first corpus is read (undefined once taken). */
  let warm: OverviewSigma | undefined;
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  requestAnimationFrame(() => {
    warmTimer = setTimeout(() => {
      if (!explorer) warm = warmOverview(byId("graph"), shell.theme);
    }, 0);
  });

  const shell: ExplorerShell = {
    store,
    worker,
    tabs,
    panel,
    theme: currentTheme(),
    onSettled: () => {
      searchInput.disabled = false;
      // Ready once the frame laid out now is drawn: the summary that came with the corpus may
      // have changed the page around the overview, which follows its container in that frame.
      const settled = explorer;
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (explorer !== settled) return;
          performance.mark("app-ready");
          document.body.dataset.ready = "true";
        }, 0),
      );
    },
    takeWarmOverview: () => {
      clearTimeout(warmTimer);
      const taken = warm;
      warm = undefined;
      return taken;
    },
  };
  const switcher = new CorpusSwitcher(byId("corpus-switcher"), (corpusId) => {
    imports.cancel();
    reopen(corpusId);
  });
  const shownLabel = (): string | undefined =>
    explorer ? labels.get(explorer.corpusId) : undefined;
  const progress = new LoadProgress(() => imports.cancel());
  const imports = new ImportControl(worker, {
    started: (corpusId, label, files) => {
      labels.set(corpusId, label);
      importedFiles.set(corpusId, files);
      wanted = corpusId;
      progress.importing(label, 0, 1);
    },
    progress: (file, read, total) => progress.importing(file, read, total),
    parsed: () => progress.parsed(),
    failed: (_corpusId, message) => backToShown(() => progress.importFailed(message, shownLabel())),
    cancelled: () => backToShown(() => progress.cancelled(shownLabel())),
  });

  /** An import did not land: the corpus on screen stays the one wanted. */
  function backToShown(report: () => void): void {
    wanted = explorer?.corpusId ?? source.id;
    // Nothing shown yet: the start corpus's graph may have been passed over for the import.
    if (!explorer) worker.activate(source.id);
    report();
  }

  /**
   * Shows `corpusId`: the Worker keeps only the corpus on screen, so another one is read again from
   * where it came from (the start URL, or the files of an import).
   */
  function reopen(corpusId: string): void {
    wanted = corpusId;
    const files = importedFiles.get(corpusId);
    if (corpusId === explorer?.corpusId && !worker.stopped) worker.activate(corpusId);
    else if (files) imports.start(files);
    else worker.load(source);
  }

  /** A fresh corpus Worker, loading the corpus on screen (or the one being opened) again. */
  function restartWorker(): void {
    const corpusId = explorer?.corpusId ?? wanted;
    worker.restart();
    restarting = explorer ? corpusId : undefined;
    wanted = corpusId;
    const files = importedFiles.get(corpusId);
    if (files) imports.start(files);
    else worker.load(source);
  }

  function crashed(message: string): void {
    imports.cancel();
    const corpus = labels.get(explorer?.corpusId ?? wanted);
    // A second failure within a minute may come from the corpus itself: let the user decide.
    const now = performance.now();
    const repeated = now - lastCrash < 60_000;
    lastCrash = now;
    if (repeated) return progress.crashed(message, corpus, restartWorker);
    progress.crashed(message, corpus);
    restartWorker();
  }

  function show(corpusId: string, payload: GraphPayload): void {
    const first = explorer === undefined;
    explorer?.dispose();
    document.body.dataset.ready = "false";
    searchInput.disabled = true;
    searchInput.value = "";
    if (!first) store.set(initialState);
    summary = payload.corpus;
    explorer = new Explorer(payload, shell);
    switcher.show(corpusId, labels.get(corpusId) ?? payload.corpus.label);
  }

  mountSearchBox(
    searchInput,
    byId<HTMLUListElement>("search-results"),
    (query) => explorer?.searchNames(query) ?? Promise.resolve([]),
    (key) => explorer?.select(key),
  );
  tabs.onShow((tab) => explorer?.onTabShown(tab));
  onThemeChange((theme) => {
    shell.theme = theme;
    explorer?.setTheme(theme);
  });
  syncHistory(store);
  worker.listen({
    progress: (corpusId, stage, fraction) => {
      if (corpusId === wanted) progress.stage(stage, fraction);
    },
    graph: (corpusId, payload) => {
      if (corpusId !== wanted) return;
      // After a restart the same corpus comes back: keep the view, selection and layout.
      if (restarting === corpusId && explorer?.corpusId === corpusId) return;
      show(corpusId, payload);
    },
    ready: (corpusId) => {
      if (restarting === corpusId) restarting = undefined;
      if (explorer?.corpusId !== corpusId || !summary) return;
      progress.done({ ...summary, label: labels.get(corpusId) ?? summary.label });
      explorer.ready();
    },
    error: (corpusId, message) => {
      if (corpusId !== undefined && corpusId !== wanted) return;
      if (explorer && corpusId !== explorer.corpusId)
        backToShown(() => progress.importFailed(message, shownLabel()));
      else progress.failed(message);
    },
    triage: (corpusId, triage) => {
      if (explorer?.corpusId === corpusId) explorer.showTriage(triage);
    },
    crashed,
  });
  window.addEventListener("pagehide", () => {
    imports.cancel();
    explorer?.dispose();
    worker.terminate();
  });
}
