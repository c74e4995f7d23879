// Graph coordinates to sigma's framed coordinates (the unit square its camera moves in), computed
// from the node extent sigma normalises with, so camera moves do not depend on whether sigma has
// already re-processed its node data (after a resize it has not, and its display data still holds
// raw graph coordinates). Mirrors sigma 3's createNormalizationFunction. Pure.

export interface Extent {
  x: [number, number];
  y: [number, number];
}

export function framedPoint(
  extent: Extent,
  point: { x: number; y: number },
): { x: number; y: number } {
  const [minX, maxX] = extent.x;
  const [minY, maxY] = extent.y;
  let ratio = Math.max(maxX - minX, maxY - minY);
  if (ratio === 0 || !Number.isFinite(ratio)) ratio = 1;
  const dX = Number.isFinite((minX + maxX) / 2) ? (minX + maxX) / 2 : 0;
  const dY = Number.isFinite((minY + maxY) / 2) ? (minY + maxY) / 2 : 0;
  return { x: 0.5 + (point.x - dX) / ratio, y: 0.5 + (point.y - dY) / ratio };
}

/**
 * The camera state that shows the box around `points` (framed coordinates) with a margin; the
 * ratio stays within [minRatio, 1] (1 shows the whole graph).
 */
export function cameraFor(
  points: readonly { x: number; y: number }[],
  minRatio = 0.08,
): { x: number; y: number; ratio: number } | undefined {
  if (points.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) return undefined;
  const ratio = Math.min(1, Math.max(minRatio, 1.4 * Math.max(maxX - minX, maxY - minY)));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}
