// File names for what the app saves: a prefix and the corpus's own name with its file extensions
// (and compression) dropped, so exporting decisions on "works.json" gives "review-works.json",
// never "review-…works.json.json". Pure.

const EXTENSIONS = /\.(gz|gzip|json|jsonl|ndjson|csv|tsv|txt|xml|bib|bibtex)$/i;
const MAX_BASE = 60;

export function downloadName(prefix: string, corpusLabel: string, extension: string): string {
  let base = corpusLabel.trim().split(/[\\/]/).pop() ?? "";
  while (EXTENSIONS.test(base)) base = base.replace(EXTENSIONS, "");
  base = base
    .replace(/[^\w.-]+/g, "_")
    .replace(/^[._]+|[._]+$/g, "")
    .slice(0, MAX_BASE);
  return `${prefix}-${base || "corpus"}.${extension}`;
}
