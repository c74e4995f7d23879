// Sparse-vector arithmetic over ascending id arrays: sums for group profiles, cosine for evidence.
// Merges walk the sorted ids (no hash maps): profiles are merged on every agglomeration step.
import type { SparseVector } from "./corpusIndex";

const EMPTY: SparseVector = { ids: new Int32Array(0), values: new Float64Array(0) };

/** a + b, in one linear pass. */
export function addVectors(a: SparseVector, b: SparseVector): SparseVector {
  if (b.ids.length === 0) return a;
  if (a.ids.length === 0) return b;
  const length = a.ids.length + b.ids.length;
  const out = { ids: new Int32Array(length), values: new Float64Array(length) };
  const k = mergeInto(a, b, out, 0);
  return { ids: out.ids.subarray(0, k), values: out.values.subarray(0, k) };
}

/**
 * Sum of many vectors by pairwise merging (balanced, so the cost stays near n log n). Each layer of
 * the merge tree is written into one pair of buffers, two pairs used in turn, rather than two new
 * arrays per merge: a block of k papers allocates four arrays instead of 2(k − 1). The additions are
 * those of addVectors over the same tree, in the same order, so the sums are the same to the bit.
 */
export function sumVectors(vectors: SparseVector[]): SparseVector {
  if (vectors.length === 0) return EMPTY;
  if (vectors.length <= 2)
    return vectors.length === 1 ? vectors[0]! : addVectors(vectors[0]!, vectors[1]!);
  let total = 0;
  for (const v of vectors) total += v.ids.length;
  const buffers = [0, 1].map(() => ({
    ids: new Int32Array(total),
    values: new Float64Array(total),
  }));
  // The current layer: vector i is from[i] .. from[i + 1] of `layer`'s buffers (the input, at first).
  let layer: SparseVector[] = vectors;
  let turn = 0;
  while (layer.length > 1) {
    const out = buffers[turn]!;
    turn = 1 - turn;
    const next: SparseVector[] = [];
    let k = 0;
    for (let i = 0; i < layer.length; i += 2) {
      const start = k;
      if (i + 1 < layer.length) k = mergeInto(layer[i]!, layer[i + 1]!, out, k);
      else {
        out.ids.set(layer[i]!.ids, k);
        out.values.set(layer[i]!.values, k);
        k += layer[i]!.ids.length;
      }
      next.push({ ids: out.ids.subarray(start, k), values: out.values.subarray(start, k) });
    }
    layer = next;
  }
  return layer[0]!;
}

/** a + b written into `out` from `at`, as addVectors adds them; returns the end. */
function mergeInto(a: SparseVector, b: SparseVector, out: SparseVector, at: number): number {
  const { ids, values } = out;
  let i = 0;
  let j = 0;
  let k = at;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids[k] = x;
      values[k++] = a.values[i++]! + b.values[j++]!;
    } else if (x < y) {
      ids[k] = x;
      values[k++] = a.values[i++]!;
    } else {
      ids[k] = y;
      values[k++] = b.values[j++]!;
    }
  }
  return k;
}

export function norm(v: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < v.values.length; i++) sum += v.values[i]! * v.values[i]!;
  return Math.sqrt(sum);
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Cosine similarity given precomputed norms; 0 when either vector is empty. */
export function cosine(a: SparseVector, normA: number, b: SparseVector, normB: number): number {
  return normA === 0 || normB === 0 ? 0 : dot(a, b) / (normA * normB);
}
