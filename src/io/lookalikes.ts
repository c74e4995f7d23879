// What an unsupported file looks like, so a refusal says "this looks like an arXiv Atom feed"
// instead of a wrong format's complaint. Checked only after every format's sniffer said no.

interface Lookalike {
  what: string;
  test(head: string, bytes: Uint8Array): boolean;
}

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);
const xmlRoot = (head: string): string | undefined =>
  /<(?!\?|!)([A-Za-z_][\w:.-]*)/.exec(head.replace(/<!--[\s\S]*?-->/g, ""))?.[1];

const LOOKALIKES: Lookalike[] = [
  { what: "a PDF document", test: (_, b) => startsWith(b, 0x25, 0x50, 0x44, 0x46) },
  {
    what: "a ZIP archive (an Excel .xlsx workbook or a zipped export); unzip it, or save the sheet as CSV",
    test: (_, b) => startsWith(b, 0x50, 0x4b, 0x03, 0x04),
  },
  {
    what: "an old Excel .xls or Word .doc file; save it as CSV (UTF-8)",
    test: (_, b) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0),
  },
  {
    what: "bzip2, xz or 7-Zip compressed data; decompress it, or compress with gzip instead",
    test: (_, b) =>
      startsWith(b, 0x42, 0x5a, 0x68) ||
      startsWith(b, 0xfd, 0x37, 0x7a, 0x58, 0x5a) ||
      startsWith(b, 0x37, 0x7a, 0xbc, 0xaf),
  },
  {
    what: "an image",
    test: (_, b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47) || startsWith(b, 0xff, 0xd8, 0xff),
  },
  {
    what: "an arXiv Atom feed (arXiv API search results); export the papers from arXiv as BibTeX, or look them up in OpenAlex",
    test: (h) => /<feed\b[^>]*Atom/i.test(h) && /arxiv/i.test(h),
  },
  { what: "an Atom feed", test: (h) => xmlRoot(h) === "feed" },
  { what: "an RSS feed", test: (h) => xmlRoot(h) === "rss" || xmlRoot(h) === "rdf:RDF" },
  {
    what: "a web page (HTML); save the export itself, not the page that links to it",
    test: (h) => /^\s*(<!doctype html|<html\b)/i.test(h),
  },
  {
    what: "an EndNote XML library; export it from EndNote as RIS or BibTeX instead",
    test: (h) => xmlRoot(h) === "xml" && /<records>\s*<record>/.test(h),
  },
  {
    what: "MARC XML (a library catalogue); export the records as RIS or BibTeX instead",
    test: (h) => /<(marc:)?(collection|record)\b[^>]*marc/i.test(h),
  },
  {
    what: "a GraphML or GEXF graph, not a list of papers",
    test: (h) => ["graphml", "gexf"].includes(xmlRoot(h) ?? ""),
  },
  {
    what: "a Crossref or OpenAlex error response, not a list of works",
    test: (h) => /^\s*\{\s*"(status|error)"\s*:\s*"(failed|error)/.test(h),
  },
  {
    what: "this explorer's review decisions file; import it from the Review tab, not as a corpus",
    test: (h) => /"format"\s*:\s*"coauthor-explorer-review"/.test(h),
  },
  {
    what: "an OpenAlex authors, sources or institutions list, not works; export works instead",
    // The list's own items start with such an id; works only mention them inside.
    test: (h) =>
      /^\s*(\[\s*|\{\s*"results"\s*:\s*\[\s*)?\{\s*"id"\s*:\s*"https:\/\/openalex\.org\/[ASI]\d/.test(
        h,
      ),
  },
  {
    what: "EndNote or Refer tagged text (%A, %T lines); export it as RIS instead",
    test: (h) => /^%[AT0] /m.test(h) && /^%[AT] /m.test(h),
  },
];

/** A phrase naming what the file seems to be, or undefined when nothing fits. */
export function lookalikeOf(head: string, bytes: Uint8Array): string | undefined {
  const found = LOOKALIKES.find((l) => l.test(head, bytes))?.what;
  if (found) return found;
  const trimmed = head.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("<")) {
    const root = xmlRoot(trimmed);
    return root ? `XML whose root element is <${root}>, which no supported format uses` : "XML";
  }
  if (/^[[{]/.test(trimmed)) {
    const keys = [...trimmed.slice(0, 2000).matchAll(/"([^"\\]{1,40})"\s*:/g)].map((m) => m[1]);
    const shown = [...new Set(keys)].slice(0, 5).join(", ");
    return `JSON${shown ? ` with the fields ${shown}` : ""}, in no supported shape`;
  }
  return undefined;
}
