// The default corpus's overview computed at build time (`npm run build:corpus`) and shipped beside
// it, so the first frame waits for neither the corpus's parse nor its graph build, Louvain and
// layout: the Worker posts it as soon as it is fetched, then builds the corpus as before and posts
// the fresh overview instead only if the two differ (a corpus edited without rebuilding). Typed
// arrays are stored as base64 of their little-endian bytes: exact, and a quarter the size of
// decimal floats. Pure: runs in the Worker, the CLI and node tests.
import type { GraphPayload } from "./protocol";

export const SHIPPED_OVERVIEW_VERSION = 1;

const COLUMNS = {
  papers: Uint32Array,
  community: Int32Array,
  members: Uint32Array,
  x: Float32Array,
  y: Float32Array,
  source: Uint32Array,
  target: Uint32Array,
  weight: Float32Array,
} as const;

type Column = keyof typeof COLUMNS;
const COLUMN_NAMES = Object.keys(COLUMNS) as Column[];

type Shipped = Omit<GraphPayload, Column> & { version: number } & Record<Column, string>;

function toBase64(array: ArrayBufferView): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let text = "";
  // fromCharCode takes its arguments on the stack: a slice at a time.
  for (let at = 0; at < bytes.length; at += 0x8000)
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): ArrayBuffer {
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes.buffer;
}

/** The shipped file's text. */
export function encodeOverview(payload: GraphPayload): string {
  const shipped: Record<string, unknown> = { version: SHIPPED_OVERVIEW_VERSION, ...payload };
  for (const name of COLUMN_NAMES) shipped[name] = toBase64(payload[name]);
  return JSON.stringify(shipped) + "\n";
}

/**
 * The overview a shipped file holds, shown as corpus `id` labelled `label` (the page's names for
 * it). Throws on a file of another version or shape: the caller then builds the corpus instead.
 */
export function decodeOverview(text: string, id: string, label: string): GraphPayload {
  const shipped = JSON.parse(text) as Shipped;
  if (shipped.version !== SHIPPED_OVERVIEW_VERSION || !Array.isArray(shipped.keys)) {
    throw new Error(
      `shipped overview: version ${String(shipped.version)}, expected ${SHIPPED_OVERVIEW_VERSION}; run npm run build:corpus`,
    );
  }
  const columns = Object.fromEntries(
    COLUMN_NAMES.map((name) => [name, new COLUMNS[name](fromBase64(shipped[name]))]),
  ) as Pick<GraphPayload, Column>;
  const { corpus, aggregated, keys, labels, communitySizes, communityHubs } = shipped;
  const payload: GraphPayload = {
    corpus: { ...corpus, id, label },
    aggregated,
    keys,
    labels,
    ...columns,
    communitySizes,
    communityHubs,
    communityCount: shipped.communityCount,
    modularity: shipped.modularity,
  };
  if (
    payload.labels.length !== payload.keys.length ||
    COLUMN_NAMES.some(
      (name) =>
        payload[name].length !== (isEdgeColumn(name) ? payload.source.length : payload.keys.length),
    )
  ) {
    throw new Error("shipped overview: columns of unequal lengths; run npm run build:corpus");
  }
  return payload;
}

function isEdgeColumn(name: Column): boolean {
  return name === "source" || name === "target" || name === "weight";
}

/** Whether two overviews draw the same thing (the corpus's id and label aside). */
export function sameOverview(a: GraphPayload, b: GraphPayload): boolean {
  const rest = (p: GraphPayload): string =>
    JSON.stringify([
      { ...p.corpus, id: "", label: "" },
      p.aggregated,
      p.keys,
      p.labels,
      p.communitySizes,
      p.communityHubs,
      p.communityCount,
      p.modularity,
    ]);
  return COLUMN_NAMES.every((name) => sameColumn(a[name], b[name])) && rest(a) === rest(b);
}

function sameColumn(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The overview computed at build time for a corpus (see shippedOverview.ts), or undefined if it
 * cannot be read: the corpus is then drawn once built, as any other.
 */
export async function fetchShippedOverview(
  url: string,
  corpusId: string,
  label: string,
): Promise<GraphPayload | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return decodeOverview(await response.text(), corpusId, label);
  } catch (error) {
    console.warn(`the shipped overview ${url} was not used: ${(error as Error).message}`);
    return undefined;
  }
}
