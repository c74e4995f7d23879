// Reading values out of parsed JSON of unknown shape without trusting it: strings, objects, arrays
// and the first string of a Crossref-style one-element array.
import { plainText } from "./fieldValues";

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function object(value: Json | undefined): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

export function array(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or the first string of an array of strings (Crossref's `title: ["…"]`), as plain text. */
export function str(value: Json | undefined): string | undefined {
  const raw =
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? value.find((v) => typeof v === "string")
        : undefined;
  if (typeof raw !== "string") return undefined;
  const text = plainText(raw);
  return text === "" ? undefined : text;
}

/** The year of a CSL/Crossref date: `{"date-parts": [[2019, 5, 1]]}` or `{"raw": "2019"}`. */
export function dateYear(value: Json | undefined): number | undefined {
  const date = object(value);
  if (!date) return undefined;
  const first = array(array(date["date-parts"])[0])[0];
  const year = typeof first === "number" ? first : typeof first === "string" ? Number(first) : NaN;
  if (Number.isInteger(year)) return year;
  const raw = str(date.raw) ?? str(date.literal);
  const match = raw === undefined ? null : /(\d{4})/.exec(raw);
  return match ? Number(match[1]) : undefined;
}
