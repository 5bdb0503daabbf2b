// macroblock_layer() (7.3.5) for the two macroblock kinds this encoder emits:
// Intra_16x16 with no residual (coded_block_pattern 0) and I_PCM (raw samples).
import type { BitWriter } from './bit-writer.js';
import { exactIntraModes } from './intra-prediction.js';
import type { YuvCanvas } from './yuv-canvas.js';

/** mb_type of intra macroblocks is offset by 5 in P slices (Table 7-13 follows Table 7-11). */
export const MbTypeOffset = { iSlice: 0, pSlice: 5 } as const;
const I_PCM = 25;

export interface MacroblockContext {
  canvas: YuvCanvas;
  widthMbs: number;
  /** 1 for macroblocks of the current picture coded as I_PCM; feeds nC (9.2.1). */
  pcmMap: Uint8Array;
  scratch: Uint8Array;
}

export function createMacroblockContext(canvas: YuvCanvas, widthMbs: number, heightMbs: number): MacroblockContext {
  return { canvas, widthMbs, pcmMap: new Uint8Array(widthMbs * heightMbs), scratch: new Uint8Array(384) };
}

export function writeMacroblock(bits: BitWriter, context: MacroblockContext, mbAddr: number, offset: number): void {
  const mbx = mbAddr % context.widthMbs;
  const mby = Math.floor(mbAddr / context.widthMbs);
  const modes = exactIntraModes(context.canvas, mbx, mby);
  if (modes === undefined) {
    bits.ue(offset + I_PCM);
    bits.alignZero(); // pcm_alignment_zero_bit
    bits.bytes(context.canvas.readMacroblock(mbx, mby, context.scratch));
    context.pcmMap[mbAddr] = 1;
    return;
  }
  // Intra_16x16 mb_type = 1 + predMode + 4 * cbpChroma + 12 * (cbpLuma ? 1 : 0); cbp is 0 here.
  bits.ue(offset + 1 + modes.luma);
  bits.ue(modes.chroma);
  bits.se(0); // mb_qp_delta
  writeEmptyCoeffToken(bits, lumaDcContext(context, mbAddr, mbx, mby));
  context.pcmMap[mbAddr] = 0;
}

/**
 * nC for the Intra16x16DCLevel block (9.2.1): each available neighbour (left, above) counts 16
 * when it is I_PCM and 0 otherwise (skipped, or Intra_16x16 without AC coefficients).
 */
function lumaDcContext(context: MacroblockContext, mbAddr: number, mbx: number, mby: number): number {
  const left = mbx > 0 ? 16 * (context.pcmMap[mbAddr - 1] ?? 0) : undefined;
  const above = mby > 0 ? 16 * (context.pcmMap[mbAddr - context.widthMbs] ?? 0) : undefined;
  if (left !== undefined && above !== undefined) return (left + above + 1) >> 1;
  return left ?? above ?? 0;
}

/** coeff_token for TotalCoeff = 0, TrailingOnes = 0 in each nC column of Table 9-5. */
function writeEmptyCoeffToken(bits: BitWriter, nC: number): void {
  if (nC < 2) bits.u(1, 0b1);
  else if (nC < 4) bits.u(2, 0b11);
  else if (nC < 8) bits.u(4, 0b1111);
  else bits.u(6, 0b000011);
}
