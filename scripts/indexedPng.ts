// Shrinks a screenshot for the README: reads Chromium's 8-bit RGB(A) PNG, reduces it to at most 256
// colours and writes an indexed PNG, which a screenshot of flat UI colours and anti-aliased dots
// compresses to a third or less of its true-colour size. Node built-ins only.
import { crc32, deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colours are bucketed at 5 bits per channel; the most frequent buckets become the palette. */
const BITS = 5;
const PALETTE_SIZE = 256;

export interface RgbImage {
  width: number;
  height: number;
  /** 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Buffer): RgbImage {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG file");
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = body.subarray(8);
      channels = colourType === 2 ? 3 : colourType === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`PNG depth ${depth}, colour type ${colourType}: only 8-bit RGB(A) is read`);
    } else if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  const pixels = unfilter(inflateSync(Buffer.concat(data)), width, height, channels);
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; j < rgb.length; i += channels, j += 3)
    rgb.set(pixels.subarray(i, i + 3), j);
  return { width, height, rgb };
}

function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      out[row + x] = (line[x]! + predict(filter, a, b, c)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`PNG row filter ${filter} is not one of 0–4; the file is damaged`);
  }
}

/** The image as an indexed PNG of its most frequent colours (each pixel takes the nearest). */
export function encodeIndexedPng({ width, height, rgb }: RgbImage): Buffer {
  const shift = 8 - BITS;
  const bucketOf = (i: number): number =>
    ((rgb[i]! >> shift) << (2 * BITS)) | ((rgb[i + 1]! >> shift) << BITS) | (rgb[i + 2]! >> shift);
  const count = new Uint32Array(1 << (3 * BITS));
  const sum = new Float64Array(3 << (3 * BITS));
  for (let i = 0; i < rgb.length; i += 3) {
    const bucket = bucketOf(i);
    count[bucket]!++;
    for (let k = 0; k < 3; k++) sum[3 * bucket + k]! += rgb[i + k]!;
  }
  const used = [...count.keys()].filter((bucket) => count[bucket]! > 0);
  used.sort((a, b) => count[b]! - count[a]!);
  const palette = used
    .slice(0, PALETTE_SIZE)
    .map((bucket) => [0, 1, 2].map((k) => Math.round(sum[3 * bucket + k]! / count[bucket]!)));
  const index = new Uint8Array(count.length);
  for (const bucket of used)
    index[bucket] = nearest(
      palette,
      [0, 1, 2].map((k) => sum[3 * bucket + k]! / count[bucket]!),
    );
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      raw[y * (width + 1) + 1 + x] = index[bucketOf(3 * (y * width + x))]!;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", Buffer.from(palette.flat())),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function nearest(palette: number[][], colour: number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach((entry, i) => {
    const distance = entry.reduce((d, v, k) => d + (v - colour[k]!) ** 2, 0);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}
