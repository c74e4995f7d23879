// Labels that never overlap: each label is tried right of its node, then left, below and above,
// and drawn only where it fits among those already drawn this frame. Nodes are offered in
// priority order (the view adds them to the graph that way), so identities win over co-authors.
// Pure geometry over screen boxes, bucketed on a grid so a frame stays linear in labels.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class LabelSpace {
  /** Boxes by grid cell (`cellKey`): a number, not a string, as a frame asks thousands of times. */
  private readonly cells = new Map<number, Box[]>();
  private readonly placed: Box[] = [];

  /** Labels must lie inside this box (the canvas), when set. */
  private bounds: Box | undefined;

  constructor(private readonly cell = 96) {}

  /** Empties the space; labels from now on must fit inside `bounds`. */
  clear(bounds?: Box): void {
    this.cells.clear();
    this.placed.length = 0;
    this.bounds = bounds;
  }

  /** Space taken by something that is not a label (a node's disc): labels avoid it. */
  block(box: Box): void {
    if (![box.x, box.y, box.w, box.h].every(Number.isFinite)) return;
    const b = this.bounds;
    if (b && !intersects(box, b)) return;
    this.someCell(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
      return false;
    });
  }

  get boxes(): readonly Box[] {
    return this.placed;
  }

  fits(box: Box): boolean {
    const b = this.bounds;
    if (b && (box.x < b.x || box.y < b.y || box.x + box.w > b.x + b.w || box.y + box.h > b.y + b.h))
      return false;
    return !this.someCell(box, (key) => {
      const list = this.cells.get(key);
      if (list) for (const other of list) if (intersects(box, other)) return true;
      return false;
    });
  }

  add(box: Box): void {
    this.placed.push(box);
    this.block(box);
  }

  /** The first candidate that fits, now taken; undefined when none does. */
  place(candidates: readonly Box[]): Box | undefined {
    const box = candidates.find((candidate) => this.fits(candidate));
    if (box) this.add(box);
    return box;
  }

  /** Whether `test` holds for a grid cell the box covers (clipped to the bounds, when set). */
  private someCell(box: Box, test: (key: number) => boolean): boolean {
    const b = this.bounds;
    const left = b ? Math.max(box.x, b.x) : box.x;
    const right = b ? Math.min(box.x + box.w, b.x + b.w) : box.x + box.w;
    const top = b ? Math.max(box.y, b.y) : box.y;
    const bottom = b ? Math.min(box.y + box.h, b.y + b.h) : box.y + box.h;
    const x0 = Math.floor(left / this.cell);
    const x1 = Math.floor(right / this.cell);
    const y0 = Math.floor(top / this.cell);
    const y1 = Math.floor(bottom / this.cell);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) if (test(cellKey(x, y))) return true;
    return false;
  }
}

/** One number per grid cell (distinct for any canvas: a million cells a side). */
function cellKey(x: number, y: number): number {
  return x * 1_048_576 + y;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const GAP = 3;

/**
 * Where a label of `width`×`height` may go around a node at (x, y) of radius `size`: right, left,
 * below, above; with `more`, also right and left shifted up and down by up to two lines, and
 * below and above shifted sideways (for labels that must find a place, such as identities').
 */
export function labelCandidates(
  x: number,
  y: number,
  size: number,
  width: number,
  height: number,
  more = false,
): Box[] {
  const top = y - height / 2;
  const boxes = [
    { x: x + size + GAP, y: top, w: width, h: height },
    { x: x - size - GAP - width, y: top, w: width, h: height },
    { x: x - width / 2, y: y + size + GAP, w: width, h: height },
    { x: x - width / 2, y: y - size - GAP - height, w: width, h: height },
  ];
  if (!more) return boxes;
  for (const shift of [-1, 1, -2, 2]) {
    boxes.push({ x: x + size + GAP, y: top + shift * height, w: width, h: height });
    boxes.push({ x: x - size - GAP - width, y: top + shift * height, w: width, h: height });
  }
  for (const shift of [-0.5, 0.5]) {
    boxes.push({ x: x - width / 2 + shift * width, y: y + size + GAP, w: width, h: height });
    boxes.push({
      x: x - width / 2 + shift * width,
      y: y - size - GAP - height,
      w: width,
      h: height,
    });
  }
  return boxes;
}
