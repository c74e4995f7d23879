// ForceAtlas2 in its own Worker, refining the seeded positions; started after the first frame for
// a few seconds, then on demand. The supervisor is created lazily and killed on teardown.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { ViewGraph } from "./viewGraph";

export class LayoutControl {
  private layout: FA2Layout | undefined;
  private stopTimer: number | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: ViewGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Runs the layout; with `forMs`, stops by itself after that long. */
  start(forMs?: number): void {
    this.layout ??= new FA2Layout(this.graph, {
      settings: { ...inferSettings(this.graph), barnesHutOptimize: true, slowDown: 5 },
      getEdgeWeight: "weight",
    });
    window.clearTimeout(this.stopTimer);
    if (forMs !== undefined) this.stopTimer = window.setTimeout(() => this.stop(), forMs);
    if (!this.layout.isRunning()) {
      this.layout.start();
      this.emit();
    }
  }

  stop(): void {
    window.clearTimeout(this.stopTimer);
    if (this.layout?.isRunning()) {
      this.layout.stop();
      this.emit();
    }
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  kill(): void {
    window.clearTimeout(this.stopTimer);
    this.layout?.kill();
    this.layout = undefined;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}
