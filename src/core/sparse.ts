// Sparse-vector arithmetic over ascending id arrays: sums for group profiles, cosine for evidence.
import type { SparseVector } from "./corpusIndex";

export function sumVectors(vectors: SparseVector[]): SparseVector {
  const weights = new Map<number, number>();
  for (const v of vectors) {
    for (let i = 0; i < v.ids.length; i++)
      weights.set(v.ids[i]!, (weights.get(v.ids[i]!) ?? 0) + v.values[i]!);
  }
  const ids = Int32Array.from(weights.keys()).sort();
  const values = new Float64Array(ids.length);
  ids.forEach((id, i) => (values[i] = weights.get(id)!));
  return { ids, values };
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
