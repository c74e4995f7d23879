// nameKey() without the cost for the common case: NFKC, regex whitespace folding and lower-casing
// dominate graph building, yet most printed names are plain ASCII already in key form. The result is
// always identical to nameKey(); test/core/csrNameKey.test.ts pins that with generated strings.
import { nameKey } from "../nameKey";

/** Same as nameKey(name), returning `name` itself when it is already lower-case single-spaced ASCII. */
export function fastNameKey(name: string): string {
  const last = name.length - 1;
  let prev = 32; // a leading space counts as "after a space", so it takes the slow path
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    // Non-ASCII may change under NFKC; upper case, tabs/newlines, doubled or edge spaces change
    // under folding. Everything else in ASCII is left alone by nameKey.
    if (c >= 0x80 || (c >= 65 && c <= 90) || (c >= 9 && c <= 13)) return nameKey(name);
    if (c === 32 && (prev === 32 || i === last)) return nameKey(name);
    prev = c;
  }
  return name;
}
