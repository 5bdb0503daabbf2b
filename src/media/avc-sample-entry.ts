// The stsd entry of the H.264 track: VisualSampleEntry 'avc1' (ISO/IEC 14496-12 12.1.3) with
// the AVCDecoderConfigurationRecord (ISO/IEC 14496-15 5.3.3) holding the one SPS and PPS.
import { box, u16, u32, u8, zeros } from './mp4-box.js';

export interface AvcSampleEntryParams {
  width: number;
  height: number;
  sps: Uint8Array;
  pps: Uint8Array;
}

export function avcSampleEntry({ width, height, sps, pps }: AvcSampleEntryParams): Uint8Array {
  return box('avc1', [
    zeros(6),
    u16(1), // data_reference_index
    zeros(16),
    u16(width),
    u16(height),
    u32(0x480000), // 72 dpi
    u32(0x480000),
    zeros(4),
    u16(1), // frame_count
    zeros(32), // compressorname
    u16(0x18), // depth
    u16(0xffff), // pre_defined = -1
    avcC(sps, pps),
  ]);
}

/** Profile and level come from the SPS itself, so the two can never disagree. */
function avcC(sps: Uint8Array, pps: Uint8Array): Uint8Array {
  return box('avcC', [
    u8(1), // configurationVersion
    sps.subarray(1, 4), // profile_idc, constraint flags, level_idc
    u8(0xff), // lengthSizeMinusOne = 3
    u8(0xe1), // one SPS
    u16(sps.length),
    sps,
    u8(1), // one PPS
    u16(pps.length),
    pps,
  ]);
}
