// Records the macroblocks under each area the test card is about to redraw, then reports the
// ones whose samples really differ afterwards: redrawing the clock must not cost the digits
// that stayed the same.
import type { Rect, YuvCanvas } from './yuv-canvas.js';

export class ChangedMacroblocks {
  private readonly before = new Map<number, Uint8Array>();

  constructor(
    private readonly canvas: YuvCanvas,
    private readonly widthMbs: number,
  ) {}

  /** Call before drawing into `rect`. */
  touch(rect: Rect): void {
    const heightMbs = this.canvas.height / 16;
    const mbx0 = Math.max(0, Math.floor(rect.x0 / 16));
    const mby0 = Math.max(0, Math.floor(rect.y0 / 16));
    const mbx1 = Math.min(this.widthMbs, Math.ceil(rect.x1 / 16));
    const mby1 = Math.min(heightMbs, Math.ceil(rect.y1 / 16));
    for (let mby = mby0; mby < mby1; mby++) {
      for (let mbx = mbx0; mbx < mbx1; mbx++) {
        const mbAddr = mby * this.widthMbs + mbx;
        if (!this.before.has(mbAddr)) this.before.set(mbAddr, this.canvas.readMacroblock(mbx, mby, new Uint8Array(384)));
      }
    }
  }

  /** Addresses, in increasing order, of touched macroblocks whose samples changed. */
  changed(): number[] {
    const scratch = new Uint8Array(384);
    const result: number[] = [];
    for (const [mbAddr, samples] of this.before) {
      const now = this.canvas.readMacroblock(mbAddr % this.widthMbs, Math.floor(mbAddr / this.widthMbs), scratch);
      if (!sameBytes(samples, now)) result.push(mbAddr);
    }
    return result.sort((a, b) => a - b);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
