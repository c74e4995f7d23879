// String → dense integer id, for interning author names, with the strings' characters copied into
// one UTF-16 arena and a few integer fields per entry beside them. Three reasons:
// - speed: a lookup reads its slot, the entry's record and the arena, all in typed arrays, instead
//   of a string array and a string object scattered over the heap (a V8 Map, or an array of the
//   strings, spends most of a graph build waiting on those reads);
// - memory: an entry costs its characters and four or so integers, not a heap string and a pointer;
// - streaming: the input's strings are never kept, and a parser's strings are often slices of a
//   64 KB chunk (V8 keeps the whole chunk alive for each slice kept).

/** Integers an entry keeps besides the caller's fields: its arena start and its length. */
const OWN_FIELDS = 2;

export class StringTable {
  /** Entries added; ids are 0 .. size−1 in insertion order. */
  size = 0;
  /**
   * Entry e's record is fields[e * stride .. (e + 1) * stride): arena start, length, then the
   * caller's fields (see field()), so one read fetches what a lookup needs.
   */
  fields: Int32Array;
  readonly stride: number;
  // Slot s holds [hash, id + 1] at 2s, 2s + 1; id + 1 = 0 marks an empty slot.
  private slots: Int32Array;
  private mask: number;
  private chars: Uint16Array;
  private used = 0;

  /** `callerFields`: integers per entry the caller reads and writes at fieldAt(id) + f. */
  constructor(expected = 0, callerFields = 0) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.stride = OWN_FIELDS + callerFields;
    this.fields = new Int32Array(Math.max(16, expected) * this.stride);
    this.chars = new Uint16Array(Math.max(1024, expected * 16));
  }

  /** Id of `s`, or −1; `hash` must be hashString(s). */
  find(s: string, hash: number): number {
    const { slots, mask, fields, chars, stride } = this;
    const length = s.length;
    next: for (let i = hash & mask; ; i = (i + 1) & mask) {
      const id = slots[2 * i + 1]! - 1;
      if (id < 0) return -1;
      if (slots[2 * i] !== hash || fields[id * stride + 1] !== length) continue;
      const start = fields[id * stride]!;
      for (let c = 0; c < length; c++) if (chars[start + c] !== s.charCodeAt(c)) continue next;
      return id;
    }
  }

  /** Adds `s`, which must not be in the table yet; returns its id (its fields start at 0). */
  add(s: string, hash: number): number {
    const id = this.size++;
    // Kept at most half full so probe runs stay short.
    if (2 * this.size > this.mask + 1) this.rehash();
    if ((id + 1) * this.stride > this.fields.length) {
      const fields = new Int32Array(2 * this.fields.length);
      fields.set(this.fields);
      this.fields = fields;
    }
    if (this.used + s.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(2 * this.chars.length, this.used + s.length));
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    const { chars } = this;
    const start = this.used;
    for (let c = 0; c < s.length; c++) chars[start + c] = s.charCodeAt(c);
    this.used += s.length;
    this.fields[id * this.stride] = start;
    this.fields[id * this.stride + 1] = s.length;
    this.place(hash, id);
    return id;
  }

  /** Where entry `id`'s caller fields start in `fields`. */
  fieldAt(id: number): number {
    return id * this.stride + OWN_FIELDS;
  }

  /** The string of entry `id` (a new string: the table keeps only its characters). */
  text(id: number): string {
    const start = this.fields[id * this.stride]!;
    const end = start + this.fields[id * this.stride + 1]!;
    // Short names in one call; long ones in pieces, under the engine's argument limit.
    let text = "";
    for (let at = start; at < end; at += 4096)
      text += codeUnits(this.chars, at, Math.min(end, at + 4096));
    return text;
  }

  /** Negative, zero or positive as text(a) sorts before, with or after text(b) (code units). */
  compare(a: number, b: number): number {
    const { fields, chars, stride } = this;
    const startA = fields[a * stride]!;
    const startB = fields[b * stride]!;
    const lengthA = fields[a * stride + 1]!;
    const lengthB = fields[b * stride + 1]!;
    for (let c = 0; c < lengthA && c < lengthB; c++) {
      const d = chars[startA + c]! - chars[startB + c]!;
      if (d !== 0) return d;
    }
    return lengthA - lengthB;
  }

  private place(hash: number, id: number): void {
    const { slots, mask } = this;
    let i = hash & mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = hash;
    slots[2 * i + 1] = id + 1;
  }

  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let s = 0; s < old.length; s += 2)
      if (old[s + 1] !== 0) this.place(old[s]!, old[s + 1]! - 1);
  }
}

function codeUnits(chars: Uint16Array, start: number, end: number): string {
  // apply takes any array-like; its type says number[].
  return String.fromCharCode.apply(null, chars.subarray(start, end) as unknown as number[]);
}

/** FNV-1a over UTF-16 code units with a final mix, so the low bits used for slots are spread. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
}
