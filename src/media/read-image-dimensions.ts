// Width and height of a PNG, JPEG or WebP from its header alone (no decoding): enough to
// keep an image-to-video job at its first frame's aspect ratio. PNG: the IHDR chunk
// (PNG spec §11.2.2). JPEG: the first SOFn segment (ITU T.81 §B.2.2). WebP: the VP8, VP8L
// or VP8X chunk (RFC 9649 §2.5–2.7). Anything else, or a truncated header: undefined.

export interface ImageDimensions {
  width: number;
  height: number;
  format: 'png' | 'jpeg' | 'webp';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));

function sized(width: number, height: number, format: ImageDimensions['format']): ImageDimensions | undefined {
  return width > 0 && height > 0 ? { width, height, format } : undefined;
}

function readPng(b: Uint8Array): ImageDimensions | undefined {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return undefined;
  return sized(u32be(b, 16), u32be(b, 20), 'png');
}

/** SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function readJpeg(b: Uint8Array): ImageDimensions | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // markers without a length
      continue;
    }
    if (isStartOfFrame(marker)) return sized(u16be(b, at + 7), u16be(b, at + 5), 'jpeg');
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan data before any frame header
    at += 2 + u16be(b, at + 2);
  }
  return undefined;
}

function readWebp(b: Uint8Array): ImageDimensions | undefined {
  if (b.length < 30) return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return sized(u24le(b, 24) + 1, u24le(b, 27) + 1, 'webp');
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = u32be(new Uint8Array([b[24] ?? 0, b[23] ?? 0, b[22] ?? 0, b[21] ?? 0]), 0);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 'webp');
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined; // key frame start code
    return sized(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff, 'webp');
  }
  return undefined;
}

export function readImageDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes);
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return readWebp(bytes);
  return undefined;
}
