// Identities are keyed by their content, not their rank: the smallest paper id they hold, as the
// decisions model (core/decisions/identities) names an identity nobody has touched. Keys of the
// other identities stay put when two identities merge or papers move between them.

export function identityKey(paperIds: readonly string[]): string {
  let smallest: string | undefined;
  for (const id of paperIds) if (smallest === undefined || id < smallest) smallest = id;
  if (smallest === undefined) throw new RangeError("an identity needs at least one paper");
  return smallest;
}

/**
 * Palette slots for identities listed largest first: each takes the slot its key hashes to, or the
 * next free one; past the palette's size, -1 (neutral). Depends on keys, not ranks, so a merge
 * elsewhere rarely changes an identity's colour.
 */
export function colourSlots(keys: readonly string[], paletteSize: number): number[] {
  const taken = new Set<number>();
  return keys.map((key) => {
    if (taken.size >= paletteSize) return -1;
    let slot = hash(key) % paletteSize;
    while (taken.has(slot)) slot = (slot + 1) % paletteSize;
    taken.add(slot);
    return slot;
  });
}

/** FNV-1a, 32 bits: a fixed, fast string hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
