// JSON parse errors made readable: a short reason and the line V8's "position N" points at.
import { LineIndex } from "./lines";

export function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}…` : message;
}

/** V8 says "at position N" (or "line L column C") for most syntax errors; turn that into a line. */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : "";
  const line = /line (\d+) column/.exec(message);
  if (line) return Number(line[1]);
  const match = /position (\d+)/.exec(message);
  if (match) return new LineIndex(text).lineOf(Number(match[1]));
  return /unexpected end/i.test(message) ? new LineIndex(text).lineOf(text.length) : undefined;
}
