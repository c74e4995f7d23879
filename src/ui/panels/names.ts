// Small naming helpers shared by the name panel's parts.

/** "Lei Wang · Tsinghua · 2003" → "Tsinghua · 2003", where every entry would repeat the name. */
export function withoutName(name: string, label: string): string {
  return name.startsWith(`${label} · `) ? name.slice(label.length + 3) : name;
}

/** A DOM id fragment for any key: word characters kept, others spelled by code point. */
export function idFragment(key: string): string {
  return [...key].map((c) => (/[\w-]/.test(c) ? c : `_${c.codePointAt(0)}_`)).join("");
}
