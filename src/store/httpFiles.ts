// A store folder on any static web host as StoreFiles (storeReader.ts): JSON fetched whole, Parquet
// read by HTTP range requests (hyparquet's asyncBufferFromUrl), so opening a name of a DBLP-size
// store fetches a few row groups, not the files. Browser-safe (the corpus Worker uses it).
import { asyncBufferFromUrl } from "hyparquet";
import type { StoreFiles } from "./storeReader";

/** `base`: the store folder's URL (with or without a trailing slash). */
export function storeOverHttp(base: string): StoreFiles {
  const folder = base.endsWith("/") ? base : `${base}/`;
  const at = (name: string): string => new URL(name, folder).href;
  return {
    json: async (name) => {
      const response = await fetch(at(name));
      if (!response.ok)
        throw new Error(
          `could not read ${name} from the store at ${folder} (HTTP ${response.status}); check the ?store= address points at a folder built by npm run build:store`,
        );
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // Static hosts often answer a missing path with their index page.
        const what = /^\s*</.test(text) ? "a web page" : "something that is not JSON";
        throw new Error(
          `${name} at ${folder} is ${what}, so no corpus store is there; check the ?store= address points at a folder built by npm run build:store`,
        );
      }
    },
    buffer: (name, bytes) =>
      asyncBufferFromUrl({ url: at(name), byteLength: bytes, fetch: rangesOnly(folder) }),
  };
}

/**
 * fetch, refusing a host that answers a range request with the whole file: reading a store that
 * way would download gigabytes for one name. Say so instead.
 */
function rangesOnly(folder: string): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const ranged = new Headers(init?.headers).has("Range");
    if (ranged && response.status === 200) {
      void response.body?.cancel();
      throw new Error(
        `the server at ${folder} does not answer HTTP range requests, so the store would be downloaded whole; serve it from a host that does (vite preview, nginx, Apache, S3 and most static hosts do)`,
      );
    }
    return response;
  };
}
