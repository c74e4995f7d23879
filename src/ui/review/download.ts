// Saves text or a blob as a file through a temporary link (no server round trip).

export function download(
  fileName: string,
  content: Blob | string,
  type = "application/json",
): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe form of an id or label, with the extension added once. */
export function fileName(stem: string, extension: string): string {
  const safe =
    stem
      .replace(/[^\w.-]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(-60) || "export";
  return `${safe.replace(new RegExp(`\\.${extension}$`, "i"), "")}.${extension}`;
}
