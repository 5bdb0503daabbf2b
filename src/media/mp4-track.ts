// One 'trak' box (ISO/IEC 14496-12 8.3): header, media header, handler and the sample table
// that tells a player where each sample sits, how long it lasts and which ones are sync points.
import { ascii, box, fullBox, IDENTITY_MATRIX, u16, u32, zeros, type Field } from './mp4-box.js';

export interface Mp4Track {
  kind: 'video' | 'audio';
  /** Ticks per second of the sample durations. */
  timescale: number;
  /** Duration of each sample in ticks, in decode order. */
  sampleDurations: readonly number[];
  samples: readonly Uint8Array[];
  /** The one stsd entry ('avc1', 'mp4a'). */
  sampleEntry: Uint8Array;
  /** 1-based sync samples; undefined when every sample is one (audio). */
  syncSamples?: readonly number[];
  /** Presentation size for tkhd (video). */
  width?: number;
  height?: number;
}

/** Where the writer put the track's samples: `samplesPerChunk` each (the last chunk may hold fewer). */
export interface ChunkPlacement {
  samplesPerChunk: number;
  offsets: readonly number[];
}

/** mvhd / tkhd duration unit: milliseconds are plenty for whole-frame durations. */
export const MOVIE_TIMESCALE = 1000;

export function trackTicks(track: Mp4Track): number {
  return track.sampleDurations.reduce((sum, duration) => sum + duration, 0);
}

export function trackBox(track: Mp4Track, trackId: number, chunks: ChunkPlacement): Uint8Array {
  const video = track.kind === 'video';
  const tkhd = fullBox('tkhd', 0, 3 /* enabled, in movie */, [
    zeros(8), // creation_time, modification_time
    u32(trackId),
    zeros(4),
    u32(Math.round((trackTicks(track) * MOVIE_TIMESCALE) / track.timescale)),
    zeros(8),
    u16(0), // layer
    u16(video ? 0 : 1), // alternate_group: audio tracks are alternatives of each other
    u16(video ? 0 : 0x100), // volume: 1.0 for audio
    zeros(2),
    IDENTITY_MATRIX,
    u32((track.width ?? 0) * 0x10000),
    u32((track.height ?? 0) * 0x10000),
  ]);
  return box('trak', [tkhd, mdia(track, chunks)]);
}

function mdia(track: Mp4Track, chunks: ChunkPlacement): Uint8Array {
  const video = track.kind === 'video';
  const mdhd = fullBox('mdhd', 0, 0, [zeros(8), u32(track.timescale), u32(trackTicks(track)), u16(0x55c4 /* 'und' */), zeros(2)]);
  const hdlr = fullBox('hdlr', 0, 0, [
    zeros(4),
    ascii(video ? 'vide' : 'soun'),
    zeros(12),
    ascii(video ? 'VideoHandler\0' : 'SoundHandler\0'),
  ]);
  const header = video ? fullBox('vmhd', 0, 1, [zeros(8)]) : fullBox('smhd', 0, 0, [zeros(4)]); // smhd: balance 0 (centre)
  const dinf = box('dinf', [fullBox('dref', 0, 0, [u32(1), fullBox('url ', 0, 1, [])])]);
  return box('mdia', [mdhd, hdlr, box('minf', [header, dinf, stbl(track, chunks)])]);
}

function stbl(track: Mp4Track, chunks: ChunkPlacement): Uint8Array {
  const count = track.samples.length;
  const sync = track.syncSamples;
  return box('stbl', [
    fullBox('stsd', 0, 0, [u32(1), track.sampleEntry]),
    fullBox('stts', 0, 0, runs(track.sampleDurations)),
    ...(sync === undefined ? [] : [fullBox('stss', 0, 0, [u32(sync.length), ...sync.map(u32)])]),
    fullBox('stsc', 0, 0, sampleToChunk(count, chunks.samplesPerChunk)),
    fullBox('stsz', 0, 0, sampleSizes(track.samples)),
    fullBox('stco', 0, 0, [u32(chunks.offsets.length), ...chunks.offsets.map(u32)]),
  ]);
}

/** Run-length encodes the sample durations: (count, delta) pairs. */
function runs(durations: readonly number[]): Field[] {
  const pairs: [number, number][] = [];
  for (const duration of durations) {
    const last = pairs[pairs.length - 1];
    if (last !== undefined && last[1] === duration) last[0] += 1;
    else pairs.push([1, duration]);
  }
  return [u32(pairs.length), ...pairs.flatMap(([count, delta]) => [u32(count), u32(delta)])];
}

/** (first_chunk, samples_per_chunk, sample_description_index) runs: full chunks, then a shorter last one. */
function sampleToChunk(count: number, perChunk: number): Field[] {
  const full = Math.floor(count / perChunk);
  const rest = count % perChunk;
  const entries: [number, number][] = [];
  if (full > 0) entries.push([1, perChunk]);
  if (rest > 0) entries.push([full + 1, rest]);
  return [u32(entries.length), ...entries.flatMap(([first, samples]) => [u32(first), u32(samples), u32(1)])];
}

/** stsz with one shared size when all samples are equal (silent audio), else one size each. */
function sampleSizes(samples: readonly Uint8Array[]): Field[] {
  const first = samples[0]?.length ?? 0;
  if (samples.every((sample) => sample.length === first)) return [u32(first), u32(samples.length)];
  return [u32(0), u32(samples.length), ...samples.map((sample) => u32(sample.length))];
}
