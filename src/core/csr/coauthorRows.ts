// The symmetric CSR adjacency straight from the paper–author incidence of a MentionIndex, one row
// at a time: each name's row gathers the co-authors of its papers (the sparse product A·Aᵀ of the
// incidence), merged with a stamp array. No pair list is ever written: a paper of k authors is read
// k times instead of writing k(k−1)/2 pairs, bucketing them and merging them again, so the build
// needs a few bytes a mention besides the graph it returns.
//
// Each edge's weight is summed over its shared papers in corpus order, from both ends alike, which
// is the order mergePairs (the graphology builder) sums them in: the two builders agree to the bit.
// A row lists its co-authors in order of first shared paper.
import type { CsrGraph } from "./csrGraph";
import type { MentionIndex, SampledPairs } from "./mentionIndex";
import { CLIQUE_LIMIT, SAMPLED_DEGREE } from "./paperPairs";

/** Entries per chunk of the output: rows are gathered in chunks, then laid out once at full size. */
const CHUNK = 1 << 20;

/**
 * `chunk`: entries per output chunk (tests make it small to cross chunk ends). `report.chunks` is
 * set to the number of chunks the rows were gathered in.
 */
export function coauthorRows(
  index: MentionIndex,
  chunk = CHUNK,
  report?: { chunks: number },
): CsrGraph & { edgePapers: Uint32Array } {
  const n = index.keys.length;
  const { paperStart, paperNodes } = index;
  const { nodeStart, nodePapers } = papersOfNodes(index);
  const sampled = index.sampled.count > 0 ? bySampledNode(n, index.sampled) : undefined;
  const sampledWeight = 1 / SAMPLED_DEGREE;

  const offsets = new Uint32Array(n + 1);
  // At most two entries a pair, plus the room a row reserves for its next paper before knowing how
  // many of that paper's authors are new to it: a small graph fits one chunk. (Without that room
  // the last row of nearly every small graph overflowed into a fresh chunk of `chunk` entries,
  // 16 MB zeroed per graph: half the batch's time went there, one small graph per name.)
  const out = new ChunkedRows(Math.min(chunk, 2 * index.pairCount + largestPaper(index)), chunk);
  // seen[2u] = v + 1 while u is already in row v, at row position seen[2u + 1].
  const seen = new Uint32Array(2 * n);
  for (let v = 0; v < n; v++) {
    const stamp = v + 1;
    // Row v is written straight into the chunk, from `base`; room is made paper by paper.
    let base = out.length;
    let length = 0;
    let s = sampled ? sampled.start[v]! : 0;
    for (let q = nodeStart[v]!; q < nodeStart[v + 1]!; q++) {
      const p = nodePapers[q]!;
      const from = paperStart[p]!;
      const to = paperStart[p + 1]!;
      const k = to - from;
      if (k < 2) continue;
      if (base + length + k > out.capacity) base = out.moveRow(base, length, k);
      const { targets, weights, papers } = out;
      if (k <= CLIQUE_LIMIT) {
        const w = 1 / (k - 1);
        for (let j = from; j < to; j++) {
          const u = paperNodes[j]!;
          if (u === v) continue;
          if (seen[2 * u] === stamp) {
            const at = base + seen[2 * u + 1]!;
            weights[at]! += w;
            papers[at]!++;
          } else {
            seen[2 * u] = stamp;
            seen[2 * u + 1] = length;
            targets[base + length] = u;
            weights[base + length] = w;
            papers[base + length++] = 1;
          }
        }
        continue;
      }
      // v's sampled pairs of this paper (SAMPLED_DEGREE of them, fewer than k): its bucket is in
      // paper order, as v's papers are.
      for (; s < sampled!.start[v + 1]! && sampled!.paper[s] === p; s++) {
        const u = sampled!.other[s]!;
        if (seen[2 * u] === stamp) {
          const at = base + seen[2 * u + 1]!;
          weights[at]! += sampledWeight;
          papers[at]!++;
        } else {
          seen[2 * u] = stamp;
          seen[2 * u + 1] = length;
          targets[base + length] = u;
          weights[base + length] = sampledWeight;
          papers[base + length++] = 1;
        }
      }
    }
    offsets[v + 1] = offsets[v]! + length;
    out.length = base + length;
  }
  const { targets, weights, papers } = out.concat(offsets[n]!);
  if (report) report.chunks = out.chunks;
  return {
    nodeCount: n,
    edgeCount: offsets[n]! / 2,
    offsets,
    targets,
    weights,
    edgePapers: papers,
  };
}

/** The most authors on one paper. */
function largestPaper({ paperStart, paperCount }: MentionIndex): number {
  let most = 0;
  for (let p = 0; p < paperCount; p++) most = Math.max(most, paperStart[p + 1]! - paperStart[p]!);
  return most;
}

/** The transpose of the incidence: node v's papers, ascending, are nodePapers[nodeStart[v] ..). */
function papersOfNodes(index: MentionIndex): { nodeStart: Uint32Array; nodePapers: Uint32Array } {
  const n = index.keys.length;
  const { paperStart, paperNodes, papers } = index;
  const nodeStart = new Uint32Array(n + 1);
  // index.papers counts each name once per paper, as paperNodes lists it.
  for (let v = 0; v < n; v++) nodeStart[v + 1] = nodeStart[v]! + papers[v]!;
  const fill = nodeStart.slice(0, n);
  const nodePapers = new Uint32Array(nodeStart[n]!);
  for (let p = 0; p < index.paperCount; p++) {
    const end = paperStart[p + 1]!;
    for (let j = paperStart[p]!; j < end; j++) nodePapers[fill[paperNodes[j]!]!++] = p;
  }
  return { nodeStart, nodePapers };
}

/** Sampled pairs from both ends: node v's partners and their papers, in paper order. */
function bySampledNode(n: number, pairs: SampledPairs) {
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < pairs.count; i++) {
    start[pairs.a[i]! + 1]!++;
    start[pairs.b[i]! + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const other = new Uint32Array(2 * pairs.count);
  const paper = new Uint32Array(2 * pairs.count);
  for (let i = 0; i < pairs.count; i++) {
    const a = pairs.a[i]!;
    const b = pairs.b[i]!;
    let at = fill[a]!++;
    other[at] = b;
    paper[at] = pairs.paper[i]!;
    at = fill[b]!++;
    other[at] = a;
    paper[at] = pairs.paper[i]!;
  }
  return { start, other, paper };
}

/** Rows appended in chunks, so the output is allocated once at its exact size. */
class ChunkedRows {
  private readonly full: { targets: Uint32Array; weights: Float64Array; papers: Uint32Array }[] =
    [];
  targets: Uint32Array;
  weights: Float64Array;
  papers: Uint32Array;
  /** Entries written in the current chunk. */
  length = 0;
  /** Chunks opened so far. */
  chunks = 1;

  constructor(
    first: number,
    private readonly chunk: number,
  ) {
    this.targets = new Uint32Array(first);
    this.weights = new Float64Array(first);
    this.papers = new Uint32Array(first);
  }

  get capacity(): number {
    return this.targets.length;
  }

  /**
   * Closes the current chunk before the row that starts at `base` (its first `length` entries
   * written) and carries that row into a new chunk with room for `more` entries after it; returns
   * the row's new start.
   */
  moveRow(base: number, length: number, more: number): number {
    const { targets, weights, papers } = this;
    this.length = base;
    this.flush();
    const size = Math.max(this.chunk, 2 * (length + more));
    this.chunks++;
    this.targets = new Uint32Array(size);
    this.weights = new Float64Array(size);
    this.papers = new Uint32Array(size);
    this.targets.set(targets.subarray(base, base + length));
    this.weights.set(weights.subarray(base, base + length));
    this.papers.set(papers.subarray(base, base + length));
    return 0;
  }

  concat(total: number): { targets: Uint32Array; weights: Float64Array; papers: Uint32Array } {
    this.flush();
    const only = this.full[0];
    if (this.full.length === 1 && only!.targets.buffer.byteLength === 4 * total) return only!;
    const out = {
      targets: new Uint32Array(total),
      weights: new Float64Array(total),
      papers: new Uint32Array(total),
    };
    let at = 0;
    for (const chunk of this.full.splice(0)) {
      out.targets.set(chunk.targets, at);
      out.weights.set(chunk.weights, at);
      out.papers.set(chunk.papers, at);
      at += chunk.targets.length;
    }
    return out;
  }

  private flush(): void {
    if (this.length === 0) return;
    const n = this.length;
    this.full.push({
      targets: this.targets.subarray(0, n),
      weights: this.weights.subarray(0, n),
      papers: this.papers.subarray(0, n),
    });
    this.length = 0;
  }
}
