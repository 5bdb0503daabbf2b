// A 4:2:0 picture at the coded size (multiples of 16) that the test card draws into and the
// encoder reads from: it is, bit for bit, what a decoder reconstructs for the same frame.

export interface YuvColour {
  y: number;
  u: number;
  v: number;
}

/** Full-range sRGB-ish 0..255 to limited-range BT.709 YCbCr (what the SPS VUI declares). */
export function rgbToYuv(r: number, g: number, b: number): YuvColour {
  const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return {
    y: clamp(16 + (luma * 219) / 255, 235),
    u: clamp(128 + (((b - luma) / 1.8556) * 224) / 255, 240),
    v: clamp(128 + (((r - luma) / 1.5748) * 224) / 255, 240),
  };
}

// Module level, not a closure per call: pictures convert a million pixels at a time.
function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(16, Math.round(value)));
}

/** Half-open pixel rectangle [x0, x1) x [y0, y1). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export class YuvCanvas {
  readonly y: Uint8Array;
  readonly u: Uint8Array;
  readonly v: Uint8Array;
  readonly chromaWidth: number;
  /** The same planes as 32-bit words (4 samples), for fast comparisons; rows are word-aligned. */
  readonly y32: Uint32Array;
  readonly u32: Uint32Array;
  readonly v32: Uint32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.chromaWidth = width / 2;
    this.y = new Uint8Array(width * height);
    this.u = new Uint8Array((width / 2) * (height / 2));
    this.v = new Uint8Array((width / 2) * (height / 2));
    this.y32 = new Uint32Array(this.y.buffer);
    this.u32 = new Uint32Array(this.u.buffer);
    this.v32 = new Uint32Array(this.v.buffer);
  }

  /**
   * Fills a rectangle, clipped to the canvas. A chroma sample takes the colour of the luma
   * sample at its top-left (2cx, 2cy), so odd edges stay well defined and deterministic.
   */
  fillRect(rect: Rect, colour: YuvColour): void {
    const x0 = Math.max(0, rect.x0);
    const y0 = Math.max(0, rect.y0);
    const x1 = Math.min(this.width, rect.x1);
    const y1 = Math.min(this.height, rect.y1);
    if (x0 >= x1 || y0 >= y1) return;
    for (let row = y0; row < y1; row++) this.y.fill(colour.y, row * this.width + x0, row * this.width + x1);
    const cx0 = Math.ceil(x0 / 2);
    const cx1 = Math.ceil(x1 / 2);
    for (let row = Math.ceil(y0 / 2); row < Math.ceil(y1 / 2); row++) {
      const start = row * this.chromaWidth;
      this.u.fill(colour.u, start + cx0, start + cx1);
      this.v.fill(colour.v, start + cx0, start + cx1);
    }
  }

  /** Copies a macroblock in I_PCM order: 256 luma, 64 Cb, 64 Cr samples, each in raster order. */
  readMacroblock(mbx: number, mby: number, out: Uint8Array): Uint8Array {
    // Plain loops: a subarray view per row would allocate 48 objects per macroblock.
    const { y, u, v, width, chromaWidth } = this;
    let index = 0;
    for (let row = 0; row < 16; row++) {
      const start = (mby * 16 + row) * width + mbx * 16;
      for (let column = 0; column < 16; column++) out[index++] = y[start + column] ?? 0;
    }
    for (const plane of [u, v]) {
      for (let row = 0; row < 8; row++) {
        const start = (mby * 8 + row) * chromaWidth + mbx * 8;
        for (let column = 0; column < 8; column++) out[index++] = plane[start + column] ?? 0;
      }
    }
    return out;
  }
}
