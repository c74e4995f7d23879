// Importers for users' own corpora, in the order the registry should try their sniffers: the
// content checks of the JSON and XML formats are sharper than the CSV header check.
import { bibtexFormat } from "./bibtex";
import { csvFormat } from "./csv";
import { dblpXmlFormat } from "./dblpXml";
import type { CorpusFormat } from "./format";
import { openAlexFormat } from "./openAlex";

export const extraFormats: CorpusFormat[] = [
  openAlexFormat,
  dblpXmlFormat,
  bibtexFormat,
  csvFormat,
];
