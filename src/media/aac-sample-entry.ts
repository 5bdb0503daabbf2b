// The stsd entry of the AAC track: AudioSampleEntry 'mp4a' (ISO/IEC 14496-12 12.2.3) with an
// 'esds' box (ISO/IEC 14496-14 5.6) whose ES_Descriptor carries the AudioSpecificConfig, the
// layout browsers and ffmpeg expect of `mp4a.40.2` (MPEG-4 audio, object type 2: AAC-LC).
import { box, concat, fullBox, u16, u32, u8, zeros } from './mp4-box.js';

export interface AacSampleEntryParams {
  sampleRate: number;
  channels: number;
  /** AudioSpecificConfig bytes. */
  config: Uint8Array;
  /** Largest access unit in bytes, and the average and peak bit rates in bits/s. */
  bufferSize: number;
  averageBitrate: number;
  maxBitrate: number;
}

/** ISO/IEC 14496-1 7.2.2.1 class tags. */
const ES_DESCRIPTOR = 3;
const DECODER_CONFIG_DESCRIPTOR = 4;
const DECODER_SPECIFIC_INFO = 5;
const SL_CONFIG_DESCRIPTOR = 6;
/** objectTypeIndication 0x40: Audio ISO/IEC 14496-3; streamType 5 (audio) << 2 | reserved bit. */
const OBJECT_TYPE_MPEG4_AUDIO = 0x40;
const STREAM_TYPE_AUDIO = (5 << 2) | 1;

export function aacSampleEntry(params: AacSampleEntryParams): Uint8Array {
  return box('mp4a', [
    zeros(6),
    u16(1), // data_reference_index
    zeros(8), // reserved (version, revision, vendor in QuickTime terms)
    u16(params.channels),
    u16(16), // samplesize
    zeros(4), // pre_defined, reserved
    u32(params.sampleRate * 0x10000), // 16.16 fixed point
    fullBox('esds', 0, 0, [esDescriptor(params)]),
  ]);
}

function esDescriptor(params: AacSampleEntryParams): Uint8Array {
  const decoderConfig = descriptor(DECODER_CONFIG_DESCRIPTOR, [
    u8(OBJECT_TYPE_MPEG4_AUDIO),
    u8(STREAM_TYPE_AUDIO),
    u8(params.bufferSize >>> 16),
    u16(params.bufferSize & 0xffff),
    u32(Math.round(params.maxBitrate)),
    u32(Math.round(params.averageBitrate)),
    descriptor(DECODER_SPECIFIC_INFO, [params.config]),
  ]);
  return descriptor(ES_DESCRIPTOR, [
    u16(0), // ES_ID: 0 in MP4, the track ID identifies the stream
    u8(0), // no stream dependence, URL or OCR stream; streamPriority 0
    decoderConfig,
    descriptor(SL_CONFIG_DESCRIPTOR, [u8(2)]), // predefined 2: the MP4 file format's SL config
  ]);
}

/** A descriptor: tag, then its size as 7-bit groups (one byte suffices below 128 bytes). */
function descriptor(tag: number, parts: readonly Uint8Array[]): Uint8Array {
  const payload = concat(parts);
  if (payload.length > 127) throw new RangeError(`descriptor ${tag} is too long for a one-byte size`);
  return concat([u8(tag), u8(payload.length), payload]);
}
