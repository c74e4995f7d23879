// The store bench's memory figures: build:store's per-stage lines parsed back, and the peak RSS of
// a DBLP-size build extrapolated stage by stage. Each stage's peak is split into what JavaScript
// holds (V8 heap + typed arrays at the stage's end: index, graph, Louvain) and the rest (DuckDB and
// the process itself). The JavaScript part is extrapolated linearly in mentions from the two
// largest sizes: that assumes DBLP has as many edges per mention as the generated corpus, and
// overstates the per-name terms, which grow more slowly. The rest grows with the corpus only until
// DuckDB reaches its memory_limit and spills; past it, it is capped at the limit plus the smallest
// rest of any stage (the process and DuckDB's tables at rest: counted twice, so on the high side).

export interface StageMemory {
  stage: string;
  peakMB: number;
  /** V8 heap + typed arrays at the end of the stage. */
  jsMB: number;
}

const STAGE_LINE =
  /^stage (.+?): [\d.]+ s, peak RSS (\d+) MB.*?JS heap (\d+) MB, typed arrays (\d+) MB/gm;

/** The `stage …` lines build:store prints. */
export function parseStages(stdout: string): StageMemory[] {
  return [...stdout.matchAll(STAGE_LINE)].map((m) => ({
    stage: m[1]!,
    peakMB: Number(m[2]),
    jsMB: Number(m[3]) + Number(m[4]),
  }));
}

export interface SizedStages {
  mentions: number;
  stages: StageMemory[];
}

export interface StageExtrapolation {
  stage: string;
  jsMB: number;
  restMB: number;
  restCapped: boolean;
}

/** Each stage's peak at `mentions`, from the two largest sizes measured (see the header). */
export function extrapolateStages(
  measured: SizedStages[],
  mentions: number,
  memoryLimitMB: number,
): StageExtrapolation[] {
  const large = measured.at(-1)!;
  const small = measured.at(-2) ?? { mentions: 0, stages: [] };
  const rest = (s: StageMemory): number => Math.max(0, s.peakMB - s.jsMB);
  const restFloor = Math.min(...large.stages.map(rest));
  const restCap = memoryLimitMB + restFloor;
  return large.stages.map((s) => {
    const before = small.stages.find((b) => b.stage === s.stage);
    const slope = (now: number, then: number): number =>
      before ? Math.max(0, (now - then) / (large.mentions - small.mentions)) : now / large.mentions;
    const more = mentions - large.mentions;
    const js = s.jsMB + slope(s.jsMB, before?.jsMB ?? 0) * more;
    const restLinear = rest(s) + slope(rest(s), before ? rest(before) : 0) * more;
    const restMB = Math.max(rest(s), Math.min(restLinear, restCap));
    return { stage: s.stage, jsMB: js, restMB, restCapped: restLinear > restMB };
  });
}

/** "2GB", "512MB", "1.5GiB" → MB. */
export function sizeMB(size: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT])i?B$/i.exec(size.trim());
  if (!m) throw new Error(`not a size: ${size}`);
  const power = "KMGT".indexOf(m[2]!.toUpperCase()) - 1;
  return Number(m[1]) * 1024 ** power;
}
