// Louvain community detection on a CSR graph (Blondel et al. 2008): local moves of single nodes
// to the neighbouring community with the best modularity gain, then aggregation of communities
// into nodes, repeated until a level moves nothing. Weighted, with a resolution and a seeded rng,
// like graphology-communities-louvain, but on typed arrays: no per-node objects, no hashing.
import { seededRng, type Rng } from "../random";
import type { CsrGraph } from "./csrGraph";
import { aggregate, type Level } from "./louvainLevel";

export interface CsrLouvainOptions {
  resolution?: number;
  seed?: number;
}

export interface CsrLouvainResult {
  /** Node id → community, numbered 0..count-1 in order of first node. */
  membership: Uint32Array;
  count: number;
  modularity: number;
  /** Aggregation levels that moved at least one node. */
  levels: number;
}

// Gains closer than this are ties; without it rounding noise can keep nodes moving forever.
const EPSILON = 1e-10;

export function louvainCsr(graph: CsrGraph, options: CsrLouvainOptions = {}): CsrLouvainResult {
  const resolution = options.resolution ?? 1;
  const rng = seededRng(options.seed ?? 1);
  const n = graph.nodeCount;
  const membership = new Uint32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  let level: Level = { ...graph, selfWeights: new Float64Array(n) };
  let twoM = 0;
  for (let e = 0; e < graph.weights.length; e++) twoM += graph.weights[e]!;
  let levels = 0;
  while (twoM > 0) {
    const community = new Uint32Array(level.nodeCount);
    if (!moveNodes(level, community, resolution / twoM, rng)) break;
    const count = renumber(community);
    for (let i = 0; i < n; i++) membership[i] = community[membership[i]!]!;
    level = aggregate(level, community, count);
    levels++;
  }
  return {
    membership,
    count: level.nodeCount,
    modularity: levelModularity(level, twoM, resolution),
    levels,
  };
}

/** One round of local moves on `level`; fills `community` and says whether any node moved. */
function moveNodes(level: Level, community: Uint32Array, scale: number, rng: Rng): boolean {
  const { nodeCount: n, offsets, targets, weights, selfWeights } = level;
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = selfWeights[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) k += weights[e]!;
    strength[i] = k;
  }
  const total = strength.slice();
  const size = new Uint32Array(n).fill(1);
  const free: number[] = []; // emptied community ids, for nodes better off alone
  for (let i = 0; i < n; i++) community[i] = i;

  // Fast local moves (Traag/Ozaki): a queue of nodes whose neighbourhood changed, seeded in a
  // random order, instead of full sweeps until nothing moves.
  const queue = shuffledNodes(n, rng);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let queueSize = n;
  const linkTo = new Float64Array(n).fill(-1); // weight from the current node to each community
  const touched = new Uint32Array(n);
  let moved = false;

  while (queueSize > 0) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    queueSize--;
    queued[i] = 0;
    const own = community[i]!;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let touchedCount = 0;
    for (let e = start; e < end; e++) {
      const c = community[targets[e]!]!;
      if (linkTo[c]! < 0) {
        linkTo[c] = 0;
        touched[touchedCount++] = c;
      }
      linkTo[c]! += weights[e]!;
    }
    const k = strength[i]!;
    const kScaled = k * scale;
    total[own]! -= k;
    let best = own;
    let bestGain = Math.max(linkTo[own]!, 0) - total[own]! * kScaled;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const gain = linkTo[c]! - total[c]! * kScaled;
      if (c !== own && gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
      linkTo[c] = -1;
    }
    // An empty community gains 0: with a resolution above 1 a node can be better off alone.
    if (bestGain < -EPSILON && size[own]! > 1) best = free.pop()!;
    total[best]! += k;
    if (best === own) continue;
    community[i] = best;
    size[best]!++;
    if (--size[own]! === 0) free.push(own);
    moved = true;
    for (let e = start; e < end; e++) {
      const j = targets[e]!;
      if (queued[j] || community[j] === best) continue;
      queued[j] = 1;
      queue[(head + queueSize++) % n] = j;
    }
  }
  return moved;
}

function shuffledNodes(n: number, rng: Rng): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Renumbers community ids to 0..count-1 in order of first node; returns count. */
function renumber(community: Uint32Array): number {
  const id = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (id[c]! < 0) id[c] = count++;
    community[i] = id[c]!;
  }
  return count;
}

/** Modularity of the partition where every node of the (aggregated) level is one community. */
function levelModularity(level: Level, twoM: number, resolution: number): number {
  if (twoM === 0) return 0;
  let q = 0;
  for (let c = 0; c < level.nodeCount; c++) {
    let k = level.selfWeights[c]!;
    for (let e = level.offsets[c]!; e < level.offsets[c + 1]!; e++) k += level.weights[e]!;
    q += level.selfWeights[c]! / twoM - resolution * (k / twoM) ** 2;
  }
  return q;
}
