// Sparse-vector arithmetic over ascending id arrays: sums for group profiles, cosine for evidence.
// Merges walk the sorted ids (no hash maps): profiles are merged on every agglomeration step.
import type { SparseVector } from "./corpusIndex";

const EMPTY: SparseVector = { ids: new Int32Array(0), values: new Float64Array(0) };

/** a + b, in one linear pass. */
export function addVectors(a: SparseVector, b: SparseVector): SparseVector {
  if (b.ids.length === 0) return a;
  if (a.ids.length === 0) return b;
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const values = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
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
  return { ids: ids.subarray(0, k), values: values.subarray(0, k) };
}

/** Sum of many vectors by pairwise merging (balanced, so the cost stays near n log n). */
export function sumVectors(vectors: SparseVector[]): SparseVector {
  if (vectors.length === 0) return EMPTY;
  let layer = vectors;
  while (layer.length > 1) {
    const next: SparseVector[] = [];
    for (let i = 0; i < layer.length; i += 2)
      next.push(i + 1 < layer.length ? addVectors(layer[i]!, layer[i + 1]!) : layer[i]!);
    layer = next;
  }
  return layer[0]!;
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
