// Finds macroblocks that Intra_16x16 prediction reproduces exactly with no residual: every
// row equal to the row above (vertical) or every row one flat run of its left neighbour
// (horizontal). Those cost ~10 bits instead of the 384 bytes of an I_PCM macroblock, which is
// what keeps flat areas (bars, background, progress bar) nearly free.
import type { YuvCanvas } from './yuv-canvas.js';

/** Intra16x16PredMode values (Table 8-4) and intra_chroma_pred_mode values (Table 7-16). */
export const LumaMode = { vertical: 0, horizontal: 1 } as const;
export const ChromaMode = { horizontal: 1, vertical: 2 } as const;

export interface IntraModes {
  luma: number;
  chroma: number;
}

/** The modes that rebuild macroblock (mbx, mby) bit-exactly, or undefined when I_PCM is needed. */
export function exactIntraModes(canvas: YuvCanvas, mbx: number, mby: number): IntraModes | undefined {
  // Comparisons run on 32-bit words (4 samples); canvas rows and macroblock columns are
  // multiples of 16 (luma) and 8 (chroma) samples, so every row segment is word-aligned.
  const lumaStride = canvas.width / 4;
  const chromaStride = canvas.chromaWidth / 4;
  const luma =
    mby > 0 && vertical(canvas.y32, lumaStride, mbx * 4, mby * 16, 4, 16)
      ? LumaMode.vertical
      : mbx > 0 && horizontal(canvas.y, canvas.y32, lumaStride, mbx * 4, mby * 16, 4, 16)
        ? LumaMode.horizontal
        : undefined;
  if (luma === undefined) return undefined;
  const chroma = (plane: 'u' | 'v', mode: number): boolean => {
    const words = plane === 'u' ? canvas.u32 : canvas.v32;
    if (mode === ChromaMode.vertical) return mby > 0 && vertical(words, chromaStride, mbx * 2, mby * 8, 2, 8);
    return mbx > 0 && horizontal(canvas[plane], words, chromaStride, mbx * 2, mby * 8, 2, 8);
  };
  for (const mode of [ChromaMode.vertical, ChromaMode.horizontal]) {
    if (chroma('u', mode) && chroma('v', mode)) return { luma, chroma: mode };
  }
  return undefined;
}

/** Rows y0..y0+rows-1 of the block equal row y0-1 (x0 and widths in words). */
function vertical(words: Uint32Array, stride: number, x0: number, y0: number, wordsPerRow: number, rows: number): boolean {
  const above = (y0 - 1) * stride + x0;
  for (let row = 0; row < rows; row++) {
    const start = (y0 + row) * stride + x0;
    for (let word = 0; word < wordsPerRow; word++) {
      if (words[start + word] !== words[above + word]) return false;
    }
  }
  return true;
}

/** Each row of the block repeats the sample just left of it. */
function horizontal(
  samples: Uint8Array,
  words: Uint32Array,
  stride: number,
  x0: number,
  y0: number,
  wordsPerRow: number,
  rows: number,
): boolean {
  for (let row = 0; row < rows; row++) {
    const start = (y0 + row) * stride + x0;
    const repeated = ((samples[start * 4 - 1] ?? 0) * 0x01010101) >>> 0;
    for (let word = 0; word < wordsPerRow; word++) {
      if (words[start + word] !== repeated) return false;
    }
  }
  return true;
}
