// Writes a progressive-download MP4: ftyp, then moov (so a player knows everything after the
// first request), then one mdat. Samples are grouped into chunks of about a second per track,
// and the chunks of all tracks are interleaved by start time, so a player reading the file front
// to back (or a range at a time) has the audio and the video of the same second close together.
// Every time field is zero and nothing depends on the clock: equal inputs give equal bytes.
import { ascii, box, concat, fullBox, IDENTITY_MATRIX, u16, u32, zeros } from './mp4-box.js';
import { type ChunkPlacement, MOVIE_TIMESCALE, type Mp4Track, trackBox, trackTicks } from './mp4-track.js';

export type { Mp4Track } from './mp4-track.js';

/** Chunk length in seconds: the usual interleave of muxers such as ffmpeg's. */
const CHUNK_SECONDS = 1;

interface Chunk {
  track: number;
  index: number;
  /** Start time in seconds, the interleave order. */
  start: number;
  firstSample: number;
  sampleCount: number;
}

/** Tracks in order of their IDs (1, 2, …); the video track first. */
export function writeMp4(tracks: readonly Mp4Track[]): Uint8Array<ArrayBuffer> {
  const ftyp = box('ftyp', [ascii('isom'), u32(0x200), ascii('isom'), ascii('iso2'), ascii('avc1'), ascii('mp41')]);
  const perChunk = tracks.map(samplesPerChunk);
  const chunks = interleavedChunks(tracks, perChunk);
  const relative = tracks.map(() => [] as number[]);
  let mdatSize = 8;
  for (const chunk of chunks) {
    relative[chunk.track]?.push(mdatSize);
    forEachSample(tracks, chunk, (sample) => {
      mdatSize += sample.length;
    });
  }
  // stco holds absolute offsets, which depend on the size of moov: that size does not depend
  // on the offsets' values, so build once to measure, then again with the real offsets.
  const placements = (base: number): ChunkPlacement[] =>
    tracks.map((_, track) => ({ samplesPerChunk: perChunk[track] ?? 1, offsets: (relative[track] ?? []).map((at) => base + at) }));
  const mdatStart = ftyp.length + moov(tracks, placements(0)).length;
  const head = concat([ftyp, moov(tracks, placements(mdatStart))]);

  const out = new Uint8Array(head.length + mdatSize);
  out.set(head, 0);
  out.set(concat([u32(mdatSize), ascii('mdat')]), mdatStart);
  let offset = mdatStart + 8;
  for (const chunk of chunks) {
    forEachSample(tracks, chunk, (sample) => {
      out.set(sample, offset);
      offset += sample.length;
    });
  }
  return out;
}

function forEachSample(tracks: readonly Mp4Track[], chunk: Chunk, visit: (sample: Uint8Array) => void): void {
  const samples = tracks[chunk.track]?.samples ?? [];
  for (let index = chunk.firstSample; index < chunk.firstSample + chunk.sampleCount; index++) {
    const sample = samples[index];
    if (sample !== undefined) visit(sample);
  }
}

/** Whole samples per chunk so a chunk lasts about CHUNK_SECONDS (24 video frames at 24 fps, 47 AAC frames). */
function samplesPerChunk(track: Mp4Track): number {
  const nominal = track.sampleDurations[0] ?? track.timescale;
  return Math.max(1, Math.round((CHUNK_SECONDS * track.timescale) / nominal));
}

/** Every track's chunks, sorted by start time; on a tie the lower track comes first. */
function interleavedChunks(tracks: readonly Mp4Track[], perChunk: readonly number[]): Chunk[] {
  const chunks: Chunk[] = [];
  tracks.forEach((track, trackIndex) => {
    const size = perChunk[trackIndex] ?? 1;
    let ticks = 0;
    for (let first = 0, index = 0; first < track.samples.length; first += size, index++) {
      const sampleCount = Math.min(size, track.samples.length - first);
      chunks.push({ track: trackIndex, index, start: ticks / track.timescale, firstSample: first, sampleCount });
      for (let sample = first; sample < first + sampleCount; sample++) ticks += track.sampleDurations[sample] ?? 0;
    }
  });
  return chunks.sort((a, b) => a.start - b.start || a.track - b.track);
}

function moov(tracks: readonly Mp4Track[], placements: readonly ChunkPlacement[]): Uint8Array {
  // The movie lasts as long as its longest track.
  const movieDuration = Math.max(...tracks.map((track) => Math.round((trackTicks(track) * MOVIE_TIMESCALE) / track.timescale)));
  const mvhd = fullBox('mvhd', 0, 0, [
    zeros(8), // creation_time, modification_time
    u32(MOVIE_TIMESCALE),
    u32(movieDuration),
    u32(0x10000), // rate 1.0
    u16(0x100), // volume 1.0
    zeros(10),
    IDENTITY_MATRIX,
    zeros(24), // pre_defined
    u32(tracks.length + 1), // next_track_ID
  ]);
  const traks = tracks.map((track, index) => trackBox(track, index + 1, placements[index] ?? { samplesPerChunk: 1, offsets: [] }));
  return box('moov', [mvhd, ...traks]);
}
