// XML text and attribute escaping, and dropping characters XML 1.0 cannot hold (control codes in
// imported titles would otherwise make the whole file unreadable).

export function xmlEscape(text: string): string {
  return xmlText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The text without characters XML 1.0 cannot hold (for writers that escape the rest themselves). */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}
