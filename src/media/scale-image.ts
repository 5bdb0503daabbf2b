// Resamples an RGBA picture to another size, one axis at a time, compositing it over a
// background colour on the way. Shrinking averages areas (so a 4000-pixel photo shrunk to 854
// uses every source pixel instead of skipping most of them); enlarging is bilinear.
import type { DecodedImage } from './decode-image.js';

export type Rgb = readonly [number, number, number];

/** One output index's source taps: `count` weights from source index `first`. */
interface Taps {
  first: Int32Array;
  count: Int32Array;
  /** `maxTaps` weights per output index, summing to 1. */
  weights: Float32Array;
  maxTaps: number;
}

/** The picture at `width` x `height`: 3 floats (R, G, B, 0-255) per pixel, row by row. */
export function scaleImage(image: DecodedImage, width: number, height: number, background: Rgb): Float32Array {
  const rows = scaleRows(image, taps(image.width, width), background);
  const down = taps(image.height, height);
  const out = new Float32Array(width * height * 3);
  const rowLength = width * 3;
  for (let y = 0; y < height; y++) {
    const to = y * rowLength;
    for (let tap = 0; tap < (down.count[y] ?? 0); tap++) {
      const weight = down.weights[y * down.maxTaps + tap] ?? 0;
      const from = ((down.first[y] ?? 0) + tap) * rowLength;
      for (let index = 0; index < rowLength; index++) out[to + index] = (out[to + index] ?? 0) + weight * (rows[from + index] ?? 0);
    }
  }
  return out;
}

/** The horizontal pass over every source row, compositing alpha over the background on the way. */
function scaleRows(image: DecodedImage, across: Taps, background: Rgb): Float32Array {
  const { rgba } = image;
  const width = across.first.length;
  const rows = new Float32Array(image.height * width * 3);
  const [red, green, blue] = background;
  for (let row = 0; row < image.height; row++) {
    const rowStart = row * image.width;
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      const count = across.count[x] ?? 0;
      const base = x * across.maxTaps;
      let at = (rowStart + (across.first[x] ?? 0)) * 4;
      // Indices stay in range by construction (taps are clamped to the row): `!` keeps the loop tight.
      for (let tap = 0; tap < count; tap++, at += 4) {
        const weight = across.weights[base + tap]!;
        const alpha = rgba[at + 3]! * (1 / 255);
        // Straight alpha over the background: bg + alpha * (colour - bg).
        r += weight * (red + alpha * (rgba[at]! - red));
        g += weight * (green + alpha * (rgba[at + 1]! - green));
        b += weight * (blue + alpha * (rgba[at + 2]! - blue));
      }
      const to = (row * width + x) * 3;
      rows[to] = r;
      rows[to + 1] = g;
      rows[to + 2] = b;
    }
  }
  return rows;
}

/**
 * Taps mapping `inSize` samples onto `outSize`. Shrinking averages the source area each output
 * sample covers (partial samples at the ends weigh their coverage); enlarging interpolates
 * linearly between the two nearest samples, clamped at the edges.
 */
function taps(inSize: number, outSize: number): Taps {
  const scale = outSize / inSize;
  const maxTaps = scale < 1 ? Math.ceil(1 / scale) + 1 : 2;
  const first = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const weights = new Float32Array(outSize * maxTaps);
  for (let out = 0; out < outSize; out++) {
    const base = out * maxTaps;
    if (scale < 1) {
      const start = out / scale;
      const end = Math.min(inSize, (out + 1) / scale);
      first[out] = Math.floor(start);
      count[out] = Math.min(maxTaps, Math.ceil(end) - Math.floor(start));
      for (let tap = 0; tap < (count[out] ?? 0); tap++) {
        const source = Math.floor(start) + tap;
        weights[base + tap] = (Math.min(source + 1, end) - Math.max(source, start)) / (end - start);
      }
    } else {
      const centre = Math.min(inSize - 1, Math.max(0, (out + 0.5) / scale - 0.5));
      const left = Math.min(inSize - 2, Math.floor(centre));
      if (left < 0) {
        first[out] = 0; // a one-sample source
        count[out] = 1;
        weights[base] = 1;
        continue;
      }
      first[out] = left;
      count[out] = 2;
      weights[base] = 1 - (centre - left);
      weights[base + 1] = centre - left;
    }
  }
  return { first, count, weights, maxTaps };
}
