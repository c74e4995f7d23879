// Cheap looks into the first KB of a JSON file for the sniffers: the keys of the top-level object
// (or of the first object of a top-level array), ignoring anything nested, so a word in an
// abstract or an inverted index never passes for a structural key.

/**
 * Keys at depth 1 of the root object, or of the first `elements` elements when the root is an
 * array (more than one where a first record may be a bad one that lacks the telling keys).
 */
export function topLevelKeys(
  head: string,
  elements = 1,
): {
  root: "object" | "array" | undefined;
  keys: Set<string>;
} {
  const keys = new Set<string>();
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < head.length && /\s/.test(head[i]!)) i++;
  const first = head[i];
  if (first !== "{" && first !== "[") return { root: undefined, keys };
  const root = first === "{" ? "object" : "array";
  // Depth at which the keys we want sit: 1 inside the root object, 2 inside the array's first object.
  const target = root === "object" ? 1 : 2;
  let depth = 0;
  let objects = 0;
  for (; i < head.length; i++) {
    const c = head[i];
    if (c === '"') {
      let j = i + 1;
      while (j < head.length && head[j] !== '"') j += head[j] === "\\" ? 2 : 1;
      if (j >= head.length) break;
      if (depth === target && objects <= elements) {
        let k = j + 1;
        while (k < head.length && /\s/.test(head[k]!)) k++;
        if (head[k] === ":") keys.add(head.slice(i + 1, j));
      }
      i = j;
    } else if (c === "{" || c === "[") {
      depth++;
      if (depth === target && c === "{") objects++;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth < target && root === "array" && objects >= elements) break;
    }
  }
  return { root, keys };
}

/** The root is an object holding every one of `keys` at depth 1. */
export function hasTopLevel(head: string, ...keys: string[]): boolean {
  const found = topLevelKeys(head);
  return found.root === "object" && keys.every((k) => found.keys.has(k));
}
