// Shared by the e2e tests, the browser bench and the screenshot script: build the app if needed,
// serve dist/ over a tiny static server on a free port, and launch Debian's headless Chromium.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { SECURITY_HEADERS } from "../src/securityPolicy";

export const ROOT = resolve(import.meta.dirname, "..");
export const DIST = join(ROOT, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Runs `vite build` when dist/ has no index.html (or `force`). */
export function ensureBuilt(force = false): void {
  if (!force && existsSync(join(DIST, "index.html"))) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra folders served under a URL prefix ("/stores/x/" → a store built by a test). */
  mounts?: Record<string, string>;
  /** Told of every response body sent: its URL path and bytes (tests count what a page fetched). */
  onSent?: (path: string, bytes: number) => void;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; unknown paths fall back to index.html. Answers HTTP
 * range requests (one range, `bytes=a-b`, `a-`, `-n`) with 206 as static hosts and `vite preview`
 * do, since a corpus store (`?store=`) is read that way.
 */
export async function serveStatic(
  dir: string = DIST,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const roots = [
    ...Object.entries(options.mounts ?? {}).map(([prefix, folder]) => ({
      prefix,
      root: resolve(folder),
    })),
    { prefix: "/", root: resolve(dir) },
  ];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const { prefix, root } = roots.find((r) => path.startsWith(r.prefix))!;
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (prefix !== "/") return void response.writeHead(404).end();
      file = join(root, "index.html");
    }
    const size = statSync(file).size;
    const range = byteRange(request.headers.range, size);
    if (range === "unsatisfiable") {
      response.writeHead(416, { "content-range": `bytes */${size}` }).end();
      return;
    }
    // Only the bytes asked for, as a static host reads them: a range of a store's 300 MB file
    // must not cost reading the whole file (the store bench timed that, not the app).
    const body = readBytes(file, range?.start ?? 0, range ? range.end + 1 : size);
    response.writeHead(range ? 206 : 200, {
      ...SECURITY_HEADERS,
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
      "accept-ranges": "bytes",
      "cache-control": "no-cache",
      ...(range ? { "content-range": `bytes ${range.start}-${range.end}/${size}` } : {}),
    });
    if (request.method === "HEAD") return void response.end();
    options.onSent?.(path, body.length);
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function readBytes(file: string, start: number, end: number): Buffer {
  const body = Buffer.alloc(end - start);
  const fd = openSync(file, "r");
  try {
    let at = 0;
    while (at < body.length) {
      const read = readSync(fd, body, at, body.length - at, start + at);
      if (read === 0) break;
      at += read;
    }
    return body.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** The one byte range a `Range` header asks for (inclusive end), if any. */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "unsatisfiable" | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const [start, end] =
    match[1] === ""
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === "" ? size - 1 : Math.min(size - 1, Number(match[2]))];
  return start > end || start >= size ? "unsatisfiable" : { start, end };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}
