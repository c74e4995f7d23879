// Any decisions file to names to import: this app's decisions JSON, the version-1 review JSON, or a
// review CSV (UTF-8 or UTF-16). Throws only DecisionsFileError, naming the entry and field.
import { readDecisionsJson, DECISIONS_FORMAT, type ParsedDecisions } from "./file";
import { DecisionsFileError } from "./fileError";
import { decodeDecisionsText } from "./fileText";
import { LEGACY_REVIEW_FORMAT, readLegacyJson, readReviewCsv } from "./legacy";
import { kindOf } from "./schema";

/** Files larger than this are refused before reading (a curator's decisions are kilobytes). */
export const MAX_DECISIONS_BYTES = 64 * 1024 * 1024;

export function readDecisionsFile(bytes: Uint8Array, fileName: string): ParsedDecisions {
  if (bytes.length > MAX_DECISIONS_BYTES) {
    throw new DecisionsFileError(
      fileName,
      `is ${bytes.length} bytes; a decisions file is at most 64 MB`,
    );
  }
  const text = decodeDecisionsText(bytes, fileName).replace(/^\uFEFF/, "");
  const parsed = /^\s*[{[]/.test(text) ? readJson(text, fileName) : readReviewCsv(text, fileName);
  if (parsed.names.length === 0) {
    const why = parsed.skipped.length > 0 ? `: ${parsed.skipped.slice(0, 3).join("; ")}` : "";
    throw new DecisionsFileError(fileName, `holds no decisions that could be read${why}`);
  }
  return parsed;
}

function readJson(text: string, fileName: string): ParsedDecisions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DecisionsFileError(
      fileName,
      `is not valid JSON (${(error as Error).message}); export it again`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new DecisionsFileError(fileName, `expected a decisions object, got ${kindOf(data)}`);
  }
  const root = data as Record<string, unknown>;
  if (root.format === DECISIONS_FORMAT) return readDecisionsJson(root, fileName);
  if (root.format === LEGACY_REVIEW_FORMAT || (root.format === undefined && "reviews" in root)) {
    return readLegacyJson(root, fileName);
  }
  throw new DecisionsFileError(
    fileName,
    `"format" is ${JSON.stringify(root.format) ?? "missing"}: not a decisions file (expected "${DECISIONS_FORMAT}", or "${LEGACY_REVIEW_FORMAT}" from an older version)`,
  );
}
