// Writes a progressive-download MP4: ftyp, then moov (so a player knows everything after the
// first request), then one mdat holding all samples as one chunk. Every time field is zero
// and nothing depends on the clock, so equal inputs give equal bytes.
import { ascii, box, concat, fullBox, IDENTITY_MATRIX, u16, u32, u8, zeros, type Field } from './mp4-box.js';

export interface Mp4VideoTrack {
  width: number;
  height: number;
  /** Ticks per second of the sample durations. */
  timescale: number;
  /** Duration of each sample in ticks, in decode order. */
  sampleDurations: readonly number[];
  /** AVCC samples (length-prefixed NAL units); the first one is the only sync sample. */
  samples: readonly Uint8Array[];
  sps: Uint8Array;
  pps: Uint8Array;
}

/** mvhd / tkhd duration unit: milliseconds are plenty for whole-frame durations. */
const MOVIE_TIMESCALE = 1000;

export function writeMp4(track: Mp4VideoTrack): Uint8Array<ArrayBuffer> {
  const ftyp = box('ftyp', [ascii('isom'), u32(0x200), ascii('isom'), ascii('iso2'), ascii('avc1'), ascii('mp41')]);
  // stco holds an absolute offset, which depends on the size of moov: that size does not
  // depend on the offset's value, so build once to measure, then again with the real offset.
  const measured = moov(track, 0);
  const mdatStart = ftyp.length + measured.length + 8;
  const mdatSize = 8 + track.samples.reduce((sum, sample) => sum + sample.length, 0);
  const out = new Uint8Array(ftyp.length + measured.length + mdatSize);
  out.set(ftyp, 0);
  out.set(moov(track, mdatStart), ftyp.length);
  out.set(concat([u32(mdatSize), ascii('mdat')]), mdatStart - 8);
  let offset = mdatStart;
  for (const sample of track.samples) {
    out.set(sample, offset);
    offset += sample.length;
  }
  return out;
}

function moov(track: Mp4VideoTrack, chunkOffset: number): Uint8Array {
  const ticks = track.sampleDurations.reduce((sum, duration) => sum + duration, 0);
  const movieDuration = Math.round((ticks * MOVIE_TIMESCALE) / track.timescale);
  const mvhd = fullBox('mvhd', 0, 0, [
    zeros(8), // creation_time, modification_time
    u32(MOVIE_TIMESCALE),
    u32(movieDuration),
    u32(0x10000), // rate 1.0
    u16(0x100), // volume 1.0
    zeros(10),
    IDENTITY_MATRIX,
    zeros(24), // pre_defined
    u32(2), // next_track_ID
  ]);
  const tkhd = fullBox('tkhd', 0, 3, [
    zeros(8),
    u32(1), // track_ID
    zeros(4),
    u32(movieDuration),
    zeros(8),
    zeros(8), // layer, alternate_group, volume (0 for video), reserved
    IDENTITY_MATRIX,
    u32(track.width * 0x10000),
    u32(track.height * 0x10000),
  ]);
  return box('moov', [mvhd, box('trak', [tkhd, mdia(track, ticks, chunkOffset)])]);
}

function mdia(track: Mp4VideoTrack, ticks: number, chunkOffset: number): Uint8Array {
  const mdhd = fullBox('mdhd', 0, 0, [zeros(8), u32(track.timescale), u32(ticks), u16(0x55c4 /* 'und' */), zeros(2)]);
  const hdlr = fullBox('hdlr', 0, 0, [zeros(4), ascii('vide'), zeros(12), ascii('VideoHandler\0')]);
  const vmhd = fullBox('vmhd', 0, 1, [zeros(8)]);
  const dinf = box('dinf', [fullBox('dref', 0, 0, [u32(1), fullBox('url ', 0, 1, [])])]);
  return box('mdia', [mdhd, hdlr, box('minf', [vmhd, dinf, stbl(track, chunkOffset)])]);
}

function stbl(track: Mp4VideoTrack, chunkOffset: number): Uint8Array {
  const count = track.samples.length;
  return box('stbl', [
    fullBox('stsd', 0, 0, [u32(1), avc1(track)]),
    fullBox('stts', 0, 0, timeToSample(track.sampleDurations)),
    fullBox('stss', 0, 0, [u32(1), u32(1)]), // one sync sample: the first
    fullBox('stsc', 0, 0, [u32(1), u32(1), u32(count), u32(1)]), // one chunk with every sample
    fullBox('stsz', 0, 0, [u32(0), u32(count), ...track.samples.map((sample) => u32(sample.length))]),
    fullBox('stco', 0, 0, [u32(1), u32(chunkOffset)]),
  ]);
}

/** Run-length encodes the sample durations: (count, delta) pairs. */
function timeToSample(durations: readonly number[]): Field[] {
  const runs: [number, number][] = [];
  for (const duration of durations) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === duration) last[0] += 1;
    else runs.push([1, duration]);
  }
  return [u32(runs.length), ...runs.flatMap(([count, delta]) => [u32(count), u32(delta)])];
}

function avc1(track: Mp4VideoTrack): Uint8Array {
  return box('avc1', [
    zeros(6),
    u16(1), // data_reference_index
    zeros(16),
    u16(track.width),
    u16(track.height),
    u32(0x480000), // 72 dpi
    u32(0x480000),
    zeros(4),
    u16(1), // frame_count
    zeros(32), // compressorname
    u16(0x18), // depth
    u16(0xffff), // pre_defined = -1
    avcC(track.sps, track.pps),
  ]);
}

/** AVCDecoderConfigurationRecord (ISO/IEC 14496-15); profile and level come from the SPS. */
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
