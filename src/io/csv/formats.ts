// The CSV/TSV registry entries: each vendor profile, then the generic table.
import { genericCsv } from "./generic";
import { csvFormat } from "./profile";
import { ieeeCsv, lensCsv, openAlexCsv, scopusCsv, springerCsv, wosTab } from "./vendors";

export const scopusCsvFormat = csvFormat(scopusCsv);
export const wosTabFormat = csvFormat(wosTab);
export const lensCsvFormat = csvFormat(lensCsv);
export const openAlexCsvFormat = csvFormat(openAlexCsv);
export const ieeeCsvFormat = csvFormat(ieeeCsv);
export const springerCsvFormat = csvFormat(springerCsv);
export const csvTableFormat = csvFormat(genericCsv);

export const csvFormats = [
  scopusCsvFormat,
  wosTabFormat,
  lensCsvFormat,
  openAlexCsvFormat,
  ieeeCsvFormat,
  springerCsvFormat,
  csvTableFormat,
];
