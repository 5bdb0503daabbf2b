// One slice per picture (7.3.3 / 7.3.4). The IDR slice codes every macroblock; a P slice codes
// only the macroblocks that changed and skips the rest (P_Skip copies the previous frame
// because every motion vector in the stream, hence every prediction of one, is zero).
import { BitWriter } from './bit-writer.js';
import { MbTypeOffset, writeMacroblock, type MacroblockContext } from './h264-macroblock.js';
import type { H264StreamConfig } from './h264-stream-config.js';
import { NalType, nalUnit } from './nal-unit.js';

/** slice_type 7 / 5: I / P, and every slice of the picture has that type. */
const SliceType = { i: 7, p: 5 } as const;

export function encodeIdrSlice(config: H264StreamConfig, context: MacroblockContext): Uint8Array {
  const bits = new BitWriter(64 * 1024);
  writeSliceHeader(bits, config, { idr: true, frameNum: 0 });
  context.pcmMap.fill(0);
  const total = config.widthMbs * config.heightMbs;
  for (let mbAddr = 0; mbAddr < total; mbAddr++) writeMacroblock(bits, context, mbAddr, MbTypeOffset.iSlice);
  bits.trailingBits();
  return nalUnit(NalType.idrSlice, 3, bits.finish());
}

/** `changed` lists macroblock addresses in increasing order. */
export function encodePSlice(
  config: H264StreamConfig,
  context: MacroblockContext,
  frameNum: number,
  changed: readonly number[],
): Uint8Array {
  const bits = new BitWriter(256 + changed.length * 400);
  writeSliceHeader(bits, config, { idr: false, frameNum });
  context.pcmMap.fill(0);
  let next = 0;
  for (const mbAddr of changed) {
    bits.ue(mbAddr - next); // mb_skip_run before this macroblock (0 when adjacent)
    writeMacroblock(bits, context, mbAddr, MbTypeOffset.pSlice);
    next = mbAddr + 1;
  }
  const total = config.widthMbs * config.heightMbs;
  if (next < total) bits.ue(total - next); // trailing skip run; then no more slice data
  bits.trailingBits();
  return nalUnit(NalType.slice, 3, bits.finish());
}

function writeSliceHeader(bits: BitWriter, config: H264StreamConfig, picture: { idr: boolean; frameNum: number }): void {
  bits.ue(0); // first_mb_in_slice
  bits.ue(picture.idr ? SliceType.i : SliceType.p);
  bits.ue(0); // pic_parameter_set_id
  bits.u(config.log2MaxFrameNum, picture.frameNum % 2 ** config.log2MaxFrameNum);
  if (picture.idr) {
    bits.ue(0); // idr_pic_id
    bits.u(1, 0); // no_output_of_prior_pics_flag
    bits.u(1, 0); // long_term_reference_flag
  } else {
    bits.u(1, 0); // num_ref_idx_active_override_flag
    bits.u(1, 0); // ref_pic_list_modification_flag_l0
    bits.u(1, 0); // adaptive_ref_pic_marking_mode_flag: sliding window
  }
  bits.se(0); // slice_qp_delta
  // Deblocking off: it would blur the exact samples that I_PCM and prediction reproduce.
  bits.ue(1); // disable_deblocking_filter_idc
}
