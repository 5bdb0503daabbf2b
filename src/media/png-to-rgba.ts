// fast-png returns samples as stored: 1 to 4 channels (grey, grey + alpha, RGB, RGBA, or
// palette indices), 1 to 16 bits each, rows of sub-byte samples padded to whole bytes (PNG
// 7.2). This turns any of them into 8-bit RGBA.
import type { DecodedPng } from 'fast-png';

export function pngToRgba(png: DecodedPng): Uint8Array {
  const { width, height, channels, depth, data, palette } = png;
  if (depth === 8 && channels === 4 && palette === undefined) return Uint8Array.from(data); // already RGBA
  const out = new Uint8Array(width * height * 4);
  const read = sampleReader(png);
  const max = 2 ** depth - 1;
  const to8 = depth === 8 ? (value: number) => value : (value: number) => Math.round((value * 255) / max);
  for (let row = 0, at = 0; row < height; row++) {
    for (let column = 0; column < width; column++, at += 4) {
      const first = column * channels;
      if (palette !== undefined) {
        const colour = palette[read(row, first)] ?? [];
        out[at] = colour[0] ?? 0;
        out[at + 1] = colour[1] ?? 0;
        out[at + 2] = colour[2] ?? 0;
        out[at + 3] = colour[3] ?? 255; // fast-png appends tRNS alpha to the palette entries
      } else if (channels <= 2) {
        const grey = to8(read(row, first));
        out[at] = out[at + 1] = out[at + 2] = grey;
        out[at + 3] = channels === 2 ? to8(read(row, first + 1)) : 255;
      } else {
        out[at] = to8(read(row, first));
        out[at + 1] = to8(read(row, first + 1));
        out[at + 2] = to8(read(row, first + 2));
        out[at + 3] = channels === 4 ? to8(read(row, first + 3)) : 255;
      }
    }
  }
  return out;
}

/** Sample `index` of row `row`; sub-byte samples are packed most significant bits first. */
function sampleReader({ width, channels, depth, data }: DecodedPng): (row: number, index: number) => number {
  const rowSamples = width * channels;
  if (depth >= 8) return (row, index) => data[row * rowSamples + index] ?? 0;
  const rowBytes = Math.ceil((rowSamples * depth) / 8);
  const mask = 2 ** depth - 1;
  return (row, index) => {
    const bit = index * depth;
    const byte = data[row * rowBytes + (bit >> 3)] ?? 0;
    return (byte >> (8 - depth - (bit & 7))) & mask;
  };
}
