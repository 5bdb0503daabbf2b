// Sequence and picture parameter sets (H.264 7.3.2.1 / 7.3.2.2) for a Constrained Baseline
// stream: CAVLC, one reference frame, POC type 2 (output order = decode order, so players
// never wait to reorder), deblocking switchable per slice, VUI with square pixels, BT.709
// colour and the frame rate.
import { BitWriter } from './bit-writer.js';
import { CONSTRAINT_FLAGS, PROFILE_IDC, type H264StreamConfig } from './h264-stream-config.js';
import { NalType, nalUnit } from './nal-unit.js';

export function writeSps(config: H264StreamConfig): Uint8Array {
  const bits = new BitWriter(64);
  bits.u(8, PROFILE_IDC);
  bits.u(8, CONSTRAINT_FLAGS);
  bits.u(8, config.level);
  bits.ue(0); // seq_parameter_set_id
  bits.ue(config.log2MaxFrameNum - 4);
  bits.ue(2); // pic_order_cnt_type
  bits.ue(1); // max_num_ref_frames
  bits.u(1, 0); // gaps_in_frame_num_value_allowed_flag
  bits.ue(config.widthMbs - 1);
  bits.ue(config.heightMbs - 1);
  bits.u(1, 1); // frame_mbs_only_flag
  bits.u(1, 1); // direct_8x8_inference_flag
  writeCropping(bits, config);
  bits.u(1, 1); // vui_parameters_present_flag
  writeVui(bits, config);
  bits.trailingBits();
  return nalUnit(NalType.sps, 3, bits.finish());
}

/** Crops the padding of the last macroblock column/row; offsets count 2-pixel units (4:2:0). */
function writeCropping(bits: BitWriter, config: H264StreamConfig): void {
  const right = (config.widthMbs * 16 - config.width) / 2;
  const bottom = (config.heightMbs * 16 - config.height) / 2;
  const cropping = right > 0 || bottom > 0;
  bits.u(1, cropping ? 1 : 0);
  if (!cropping) return;
  bits.ue(0);
  bits.ue(right);
  bits.ue(0);
  bits.ue(bottom);
}

function writeVui(bits: BitWriter, config: H264StreamConfig): void {
  bits.u(1, 1); // aspect_ratio_info_present_flag
  bits.u(8, 1); // aspect_ratio_idc 1: square samples
  bits.u(1, 0); // overscan_info_present_flag
  bits.u(1, 1); // video_signal_type_present_flag
  bits.u(3, 5); // video_format: unspecified
  bits.u(1, 0); // video_full_range_flag: 16..235 like the samples we draw
  bits.u(1, 1); // colour_description_present_flag
  bits.u(8, 1); // colour_primaries BT.709
  bits.u(8, 1); // transfer_characteristics BT.709
  bits.u(8, 1); // matrix_coefficients BT.709
  bits.u(1, 0); // chroma_loc_info_present_flag
  bits.u(1, 1); // timing_info_present_flag
  bits.u(32, 1); // num_units_in_tick
  bits.u(32, 2 * config.fps); // time_scale: two ticks per frame
  bits.u(1, 1); // fixed_frame_rate_flag
  bits.u(1, 0); // nal_hrd_parameters_present_flag
  bits.u(1, 0); // vcl_hrd_parameters_present_flag
  bits.u(1, 0); // pic_struct_present_flag
  bits.u(1, 1); // bitstream_restriction_flag: lets decoders output each frame at once
  bits.u(1, 1); // motion_vectors_over_pic_boundaries_flag
  bits.ue(0); // max_bytes_per_pic_denom: no limit
  bits.ue(0); // max_bits_per_mb_denom: no limit
  bits.ue(16); // log2_max_mv_length_horizontal
  bits.ue(16); // log2_max_mv_length_vertical
  bits.ue(0); // max_num_reorder_frames
  bits.ue(1); // max_dec_frame_buffering
}

export function writePps(): Uint8Array {
  const bits = new BitWriter(16);
  bits.ue(0); // pic_parameter_set_id
  bits.ue(0); // seq_parameter_set_id
  bits.u(1, 0); // entropy_coding_mode_flag: CAVLC
  bits.u(1, 0); // bottom_field_pic_order_in_frame_present_flag
  bits.ue(0); // num_slice_groups_minus1
  bits.ue(0); // num_ref_idx_l0_default_active_minus1
  bits.ue(0); // num_ref_idx_l1_default_active_minus1
  bits.u(1, 0); // weighted_pred_flag
  bits.u(2, 0); // weighted_bipred_idc
  bits.se(0); // pic_init_qp_minus26
  bits.se(0); // pic_init_qs_minus26
  bits.se(0); // chroma_qp_index_offset
  bits.u(1, 1); // deblocking_filter_control_present_flag: slices switch the filter off
  bits.u(1, 0); // constrained_intra_pred_flag: intra MBs in P slices may predict from skipped MBs
  bits.u(1, 0); // redundant_pic_cnt_present_flag
  bits.trailingBits();
  return nalUnit(NalType.pps, 3, bits.finish());
}
