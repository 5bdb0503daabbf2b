// Decodes an uploaded first frame (PNG or JPEG) to 8-bit RGBA so the mock can show the user's
// own picture. Pure JS decoders that also run in a browser bundle: fast-png (every PNG colour
// type and bit depth, Adam7) and jpeg-js (baseline and progressive). Anything else, or anything
// they reject, is `undefined`: the caller falls back to the test card, never to an error.
import { decode as decodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { pngToRgba } from './png-to-rgba.js';

export interface DecodedImage {
  width: number;
  height: number;
  /** width * height * 4 bytes: R, G, B, A per pixel, rows top to bottom, alpha not premultiplied. */
  rgba: Uint8Array;
}

/** Larger images are not decoded (a 50 MP RGBA picture is already 200 MB). */
export const MAX_IMAGE_MEGAPIXELS = 50;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function decodeImage(bytes: Uint8Array): DecodedImage | undefined {
  try {
    if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return decodePngImage(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return decodeJpegImage(bytes);
    return undefined;
  } catch {
    return undefined; // corrupt, truncated or unsupported: the decoders say so by throwing
  }
}

function decodePngImage(bytes: Uint8Array): DecodedImage | undefined {
  // IHDR is the first chunk (PNG 5.6): check the size before inflating anything.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!fits(view.getUint32(16), view.getUint32(20))) return undefined;
  const png = decodePng(bytes);
  return { width: png.width, height: png.height, rgba: pngToRgba(png) };
}

function decodeJpegImage(bytes: Uint8Array): DecodedImage | undefined {
  const image = jpeg.decode(bytes, {
    // Uint8Array, not Node's byte buffer: the decoder runs in browsers too.
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: false,
    maxResolutionInMP: MAX_IMAGE_MEGAPIXELS,
    maxMemoryUsageInMB: 4 * MAX_IMAGE_MEGAPIXELS + 64,
  });
  return fits(image.width, image.height) ? { width: image.width, height: image.height, rgba: image.data } : undefined;
}

function fits(width: number, height: number): boolean {
  return width > 0 && height > 0 && width * height <= MAX_IMAGE_MEGAPIXELS * 1e6;
}
