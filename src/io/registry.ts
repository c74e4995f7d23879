// The list of input formats. It drives the app's file picker and import Worker and every CLI, so a
// new format is one module plus one entry here. Order matters where sniffers overlap: the sharper
// content checks (JSON shapes, XML roots, tagged-line signatures) come before the CSV header check.
import { CorpusError } from "../core/corpus";
import { bibtexFormat } from "./bibtex/bibtex";
import { csvFormats, csvTableFormat } from "./csv/formats";
import { dblpXmlFormat } from "./dblpXml";
import type { CorpusFormat } from "./format";
import { lookalikeOf } from "./lookalikes";
import { crossrefFormat } from "./crossref";
import { cslJsonFormat } from "./cslJson";
import { openAlexFormat } from "./openAlex";
import { orcidWorksFormat } from "./orcidWorks";
import { personXmlFormat } from "./personXml";
import { projectJsonFormat } from "./projectJson";
import { pubmedXmlFormat } from "./pubmedXml";
import { medlineFormat } from "./tagged/medline";
import { risFormat } from "./tagged/ris";
import { wosTextFormat } from "./tagged/wosText";

export const formats: CorpusFormat[] = [
  // JSON, by the keys at the top of the document
  openAlexFormat,
  crossrefFormat,
  orcidWorksFormat,
  cslJsonFormat,
  projectJsonFormat,
  // XML, by the root element
  personXmlFormat,
  pubmedXmlFormat,
  dblpXmlFormat,
  // tagged lines, by their first tags
  wosTextFormat,
  medlineFormat,
  risFormat,
  bibtexFormat,
  // tables, by their header
  ...csvFormats,
];

/** The file name a format should see: "dblp.xml.gz" is looked at as "dblp.xml". */
export function innerName(fileName: string): string {
  return fileName.replace(/\.gz$/i, "");
}

/** The format whose sniffer recognises the head, if any (content only: names lie). */
export function detectFormat(head: string, fileName: string): CorpusFormat | undefined {
  return formats.find((format) => format.sniff(head, innerName(fileName)));
}

/**
 * The format of a file, or a `CorpusError` saying what the file looks like and what is supported.
 * A table named .csv/.tsv that no profile recognises goes to the generic CSV reader, whose error
 * says which columns it needs.
 */
export function requireFormat(head: string, fileName: string, bytes?: Uint8Array): CorpusFormat {
  const format = detectFormat(head, fileName);
  if (format) return format;
  const raw = bytes ?? new TextEncoder().encode(head.slice(0, 64));
  const lookalike = lookalikeOf(head, raw);
  if (lookalike === undefined && /\.(csv|tsv|tab)$/i.test(innerName(fileName)))
    return csvTableFormat;
  const known = formats.map((f) => f.label).join("; ");
  const what =
    lookalike === undefined
      ? `unrecognised format (the file starts with ${JSON.stringify(opening(head))})`
      : `this looks like ${lookalike}`;
  throw new CorpusError(fileName, `${what}; supported: ${known}`, { line: 1 });
}

function opening(head: string): string {
  const line =
    head
      .replace(/^\uFEFF/, "")
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
