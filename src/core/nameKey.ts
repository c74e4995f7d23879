// Name keys: the baseline grouping of an author-name-cluster page (case-insensitive exact match after
// Unicode normalisation and whitespace folding), plus looser keys used only to *report* possible
// variants of a name. Variants are never merged silently: that is the curator's call.

/**
 * Case-insensitive exact key: NFKC, lower-cased, NFKC again (lower-casing can leave a sequence
 * that composes, e.g. "H\u0331" → "h\u0331" → "ẖ", so both spellings meet), whitespace folded.
 * "Tom  JACOBS" → "tom jacobs".
 */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/** Accent- and punctuation-folded key: "José M. García" → "jose m garcia". */
export function foldedKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/gu, "ss")
    .replace(/[ø]/giu, "o")
    .replace(/[ł]/giu, "l")
    .replace(/[.\-‐‑'’`,]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

/**
 * The folded key with umlauts spelled out, as German ASCII spellings write them: "Jürgen Müller" →
 * "juergen mueller", the key of "Juergen Mueller" too. Beside the folded key ("jurgen muller"), not
 * instead of it: sources drop the dots as often as they spell them out.
 */
export function spelledKey(name: string): string {
  return foldedKey(
    name
      .normalize("NFC")
      .toLowerCase()
      .replace(/[äöü]/gu, (vowel) => `${UNACCENTED[vowel]}e`),
  );
}

const UNACCENTED: Record<string, string> = { ä: "a", ö: "o", ü: "u" };

/** First initial + surname on the folded form: "José M. García" → "j garcia". */
export function initialKey(name: string, fold: (name: string) => string = foldedKey): string {
  const tokens = fold(name).split(" ").filter(Boolean);
  if (tokens.length < 2) return tokens.join(" ");
  const surname = tokens[tokens.length - 1]!;
  return `${tokens[0]![0]} ${surname}`;
}

/** Order-free key on the folded form, for given-name/surname swaps: "Wang Lei" ~ "Lei Wang". */
export function tokenSetKey(name: string): string {
  return foldedKey(name).split(" ").filter(Boolean).sort().join(" ");
}

export type VariantKind = "accents or punctuation" | "initial and surname" | "name order";

export interface NameVariant {
  key: string;
  kind: VariantKind;
}

/** How two distinct exact keys may still be one name; undefined when they look unrelated. */
export function variantKind(a: string, b: string): VariantKind | undefined {
  if (nameKey(a) === nameKey(b)) return undefined;
  if (foldedKey(a) === foldedKey(b) || spelledKey(a) === spelledKey(b))
    return "accents or punctuation";
  if (tokenSetKey(a) === tokenSetKey(b)) return "name order";
  for (const fold of [foldedKey, spelledKey])
    if (initialKey(a, fold) === initialKey(b, fold) && initialsCompatible(a, b, fold))
      return "initial and surname";
  return undefined;
}

/** "J. M. Garcia" and "Jose Maria Garcia" are compatible; "John Smith" and "Jane Smith" are not. */
function initialsCompatible(a: string, b: string, fold: (name: string) => string): boolean {
  const ta = fold(a).split(" ");
  const tb = fold(b).split(" ");
  const given = (t: string[]): string[] => t.slice(0, -1);
  const ga = given(ta);
  const gb = given(tb);
  const n = Math.min(ga.length, gb.length);
  for (let i = 0; i < n; i++) {
    const x = ga[i]!;
    const y = gb[i]!;
    if (x.length > 1 && y.length > 1 ? x !== y : x[0] !== y[0]) return false;
  }
  return true;
}

/**
 * Index of all exact keys by their looser keys, so the possible variants of one name are found
 * without comparing every pair of names.
 */
export class NameVariantIndex {
  private readonly byLooseKey = new Map<string, Set<string>>();
  private readonly displayName = new Map<string, string>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = nameKey(name);
      if (this.displayName.has(key)) continue;
      this.displayName.set(key, name);
      for (const loose of looseKeys(name)) {
        let set = this.byLooseKey.get(loose);
        if (!set) this.byLooseKey.set(loose, (set = new Set()));
        set.add(key);
      }
    }
  }

  /** Other exact keys that may be the same name written differently, with the reason. */
  variantsOf(name: string): NameVariant[] {
    const key = nameKey(name);
    const candidates = new Set<string>();
    for (const loose of looseKeys(name)) {
      for (const other of this.byLooseKey.get(loose) ?? [])
        if (other !== key) candidates.add(other);
    }
    const variants: NameVariant[] = [];
    for (const other of [...candidates].sort()) {
      const kind = variantKind(name, this.displayName.get(other) ?? other);
      if (kind) variants.push({ key: other, kind });
    }
    return variants;
  }
}

/**
 * The keys under which a name's possible variants meet (initials and name order prefixed). A name
 * with umlauts also meets its spelled-out forms: "Müller" is found under "muller" and "mueller".
 */
function looseKeys(name: string): string[] {
  const keys = [foldedKey(name), `#i ${initialKey(name)}`, `#t ${tokenSetKey(name)}`];
  const spelled = spelledKey(name);
  if (spelled !== keys[0]) keys.push(spelled, `#i ${initialKey(name, spelledKey)}`);
  return keys;
}
