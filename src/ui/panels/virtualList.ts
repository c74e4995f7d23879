// A long list that only builds the rows in view (TanStack Virtual measures each row, so rows keep
// their natural height and long titles wrap). Rows are built by the caller and kept by key until
// their content changes; `restyle` updates what is built (selection marks) without rebuilding.
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
} from "@tanstack/virtual-core";

export interface VirtualListOptions<Row> {
  /** The scrolling element (the list itself). */
  element: HTMLElement;
  estimate(row: Row): number;
  key(row: Row): string;
  build(row: Row, index: number): HTMLElement;
  /** Re-applies state (selected, active) to a built row. */
  restyle?(element: HTMLElement, row: Row, index: number): void;
}

export class VirtualList<Row> {
  private rows: readonly Row[] = [];
  private readonly inner: HTMLElement;
  private readonly built = new Map<string, { element: HTMLElement; row: Row }>();
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly unmount: () => void;
  private rendering = false;
  private again = false;

  constructor(private readonly options: VirtualListOptions<Row>) {
    this.inner = document.createElement("div");
    this.inner.className = "virtual-inner";
    options.element.append(this.inner);
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => options.element,
      estimateSize: (i) => options.estimate(this.rows[i]!),
      getItemKey: (i) => options.key(this.rows[i]!),
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      overscan: 6,
      indexAttribute: "data-index",
      onChange: () => this.render(),
    });
    this.unmount = this.virtualizer._didMount();
    this.virtualizer._willUpdate();
  }

  /** Shows `rows`; rows whose key and content are unchanged keep their element. */
  setRows(rows: readonly Row[]): void {
    this.rows = rows;
    const keys = new Set(rows.map((row) => this.options.key(row)));
    for (const [key, entry] of this.built) {
      if (!keys.has(key) || !rows.includes(entry.row)) {
        entry.element.remove();
        this.built.delete(key);
      }
    }
    this.virtualizer.setOptions({ ...this.virtualizer.options, count: rows.length });
    this.virtualizer._willUpdate();
    this.render();
  }

  get length(): number {
    return this.rows.length;
  }

  /** Re-applies state to the rows built. */
  restyle(): void {
    const restyle = this.options.restyle;
    if (!restyle) return;
    for (const { element, row } of this.built.values())
      restyle(element, row, Number(element.dataset.index));
  }

  scrollToIndex(index: number): void {
    if (index < 0 || index >= this.rows.length) return;
    this.virtualizer.scrollToIndex(index, { align: "auto" });
    this.render();
  }

  /** The built element of row `index`, if it is in view. */
  elementAt(index: number): HTMLElement | undefined {
    const row = this.rows[index];
    return row === undefined ? undefined : this.built.get(this.options.key(row))?.element;
  }

  destroy(): void {
    this.unmount();
    this.inner.remove();
    this.built.clear();
  }

  /**
   * Measuring a new row makes the virtualizer notify (and so call `render`) at once, in the middle
   * of a pass whose positions are then stale: such calls only mark the pass to run again.
   */
  private render(): void {
    if (this.rendering) {
      this.again = true;
      return;
    }
    this.rendering = true;
    try {
      do {
        this.again = false;
        this.renderPass();
      } while (this.again);
    } finally {
      this.rendering = false;
    }
  }

  private renderPass(): void {
    const items = this.virtualizer.getVirtualItems();
    this.inner.style.height = `${this.virtualizer.getTotalSize()}px`;
    const shown = new Set<string>();
    const added: HTMLElement[] = [];
    for (const item of items) {
      const row = this.rows[item.index];
      if (row === undefined) continue;
      const key = this.options.key(row);
      shown.add(key);
      let entry = this.built.get(key);
      if (!entry || entry.row !== row) {
        entry?.element.remove();
        entry = { element: this.options.build(row, item.index), row };
        this.built.set(key, entry);
      }
      const { element } = entry;
      element.dataset.index = String(item.index);
      element.style.transform = `translateY(${item.start}px)`;
      if (element.parentNode !== this.inner) {
        this.inner.append(element);
        added.push(element);
      }
      this.options.restyle?.(element, row, item.index);
    }
    // Measured after every write of the pass: one layout for all new rows, not one per row.
    for (const element of added) this.virtualizer.measureElement(element);
    for (const [key, entry] of this.built) {
      if (!shown.has(key)) {
        entry.element.remove();
        this.built.delete(key);
      }
    }
  }
}
