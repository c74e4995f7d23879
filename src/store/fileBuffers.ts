// Node-only: a store folder as StoreFiles (storeReader.ts), reading Parquet byte ranges from disk,
// with a count of the bytes and reads, so tests and the bench can show how little a lookup touches.
import { open, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { AsyncBuffer } from "hyparquet";
import type { StoreFiles } from "./storeReader";

export interface CountedStoreFiles extends StoreFiles {
  bytesRead: number;
  reads: number;
}

export function storeFolder(dir: string): CountedStoreFiles {
  const files: CountedStoreFiles = {
    bytesRead: 0,
    reads: 0,
    json: async (name) => JSON.parse(await readFile(join(dir, name), "utf8")) as unknown,
    buffer: async (name): Promise<AsyncBuffer> => {
      const path = join(dir, name);
      const { size } = await stat(path);
      return {
        byteLength: size,
        slice: async (start, end = size) => {
          const handle = await open(path, "r");
          try {
            const bytes = new Uint8Array(end - start);
            await handle.read(bytes, 0, bytes.length, start);
            files.bytesRead += bytes.length;
            files.reads++;
            return bytes.buffer;
          } finally {
            await handle.close();
          }
        },
      };
    },
  };
  return files;
}
