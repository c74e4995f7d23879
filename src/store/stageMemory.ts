// Node-only: what each stage of a store build costs in time and memory, so the bench can say which
// part of the peak grows with the corpus. A stage's peak RSS comes from the kernel's high-water
// mark (VmHWM), reset at the start of each stage through /proc/self/clear_refs (Linux): a timer
// could not sample inside the long synchronous stages (graph build, Louvain). Where /proc cannot
// be written, the peak is the process's peak so far (and says so).
import { readFileSync, writeFileSync } from "node:fs";

export interface StageFigures {
  stage: string;
  seconds: number;
  /** Peak resident set during the stage (MB); `peakIsStage` false: the process's peak so far. */
  peakMB: number;
  peakIsStage: boolean;
  /** At the end of the stage (MB): resident set, V8 heap in use, typed-array buffers. */
  rssMB: number;
  heapMB: number;
  arrayBuffersMB: number;
  /** Held by the native side at the end of the stage (DuckDB's buffer manager), if measured. */
  nativeMB?: number;
}

const MB = 1024 * 1024;

export class StageMeter {
  readonly stages: StageFigures[] = [];
  private name = "";
  private started = 0;
  private readonly resettable: boolean;

  /** `native`: what the native side (DuckDB) holds now, read at the end of each stage. */
  constructor(
    private readonly onStage: (figures: StageFigures) => void = () => undefined,
    private readonly native?: () => Promise<number>,
  ) {
    this.resettable = resetPeak();
  }

  /** Ends the running stage (if any) and starts `name`. */
  async start(name: string): Promise<void> {
    await this.end();
    this.name = name;
    this.started = performance.now();
    if (this.resettable) resetPeak();
  }

  /** Ends the running stage and reports it. */
  async end(): Promise<void> {
    if (!this.name) return;
    const peak = peakKB();
    const usage = process.memoryUsage();
    const nativeMB = await this.native?.();
    const figures: StageFigures = {
      stage: this.name,
      seconds: (performance.now() - this.started) / 1000,
      peakMB: Math.round(peak / 1024),
      peakIsStage: this.resettable,
      rssMB: Math.round(usage.rss / MB),
      heapMB: Math.round(usage.heapUsed / MB),
      arrayBuffersMB: Math.round(usage.arrayBuffers / MB),
      nativeMB,
    };
    this.name = "";
    this.stages.push(figures);
    this.onStage(figures);
  }
}

/** Resets the kernel's peak-RSS mark; false where it cannot (not Linux, or /proc read-only). */
function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

function peakKB(): number {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: the process's peak so far
  }
  return process.resourceUsage().maxRSS;
}

/** One line per stage, as build:store prints it (storeBench parses this). */
export function formatStage(f: StageFigures): string {
  return (
    `stage ${f.stage}: ${f.seconds.toFixed(1)} s, peak RSS ${f.peakMB} MB${f.peakIsStage ? "" : " (process so far)"}, ` +
    `end RSS ${f.rssMB} MB, JS heap ${f.heapMB} MB, typed arrays ${f.arrayBuffersMB} MB` +
    (f.nativeMB === undefined ? "" : `, DuckDB ${f.nativeMB} MB`)
  );
}
