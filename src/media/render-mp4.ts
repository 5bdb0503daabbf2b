// Renders the mock's videos: a real, decodable H.264 Constrained Baseline MP4 of any even size,
// duration and frame rate, in pure TypeScript. The IDR frame is built from I_PCM and exactly
// predicted Intra_16x16 macroblocks; every later frame is a P frame that skips all macroblocks
// except the few the clock and progress bar changed. No encoder search, no transforms: fast,
// lossless, small and deterministic.
import { ChangedMacroblocks } from './changed-macroblocks.js';
import { createMacroblockContext } from './h264-macroblock.js';
import { writePps, writeSps } from './h264-parameter-sets.js';
import { encodeIdrSlice, encodePSlice } from './h264-slice.js';
import { codecString, createStreamConfig } from './h264-stream-config.js';
import { writeMp4 } from './mp4-file.js';
import { lengthPrefixed } from './nal-unit.js';
import { TestCard } from './test-card.js';

export interface RenderMp4Params {
  /** Visible size in pixels; even numbers from 32 to 4096. */
  width: number;
  height: number;
  /** Positive, at most 600 s; need not be a whole number of frames (the last frame is shorter). */
  durationSeconds: number;
  /** Whole frames per second, 1 to 60; default 24. */
  fps?: number;
}

export const DEFAULT_FPS = 24;
export const MAX_DURATION_SECONDS = 600;

/** `video/mp4; codecs="…"` parameter for a rendered file, e.g. `avc1.42C01E` (level 3.0 at 480p). */
export function renderedCodecString(params: RenderMp4Params): string {
  const { width, height, fps } = validated(params);
  return codecString(createStreamConfig(width, height, fps));
}

/** Frames and their durations: 1000 ticks each at fps * 1000 ticks/s; the last one may be shorter. */
export function frameSchedule(durationSeconds: number, fps: number): { timescale: number; sampleDurations: number[] } {
  const timescale = fps * 1000;
  const totalTicks = Math.max(1, Math.round(durationSeconds * timescale));
  const frameCount = Math.ceil(totalTicks / 1000);
  const sampleDurations = Array.from({ length: frameCount }, (_, index) => Math.min(1000, totalTicks - 1000 * index));
  return { timescale, sampleDurations };
}

export function renderMp4(params: RenderMp4Params): Uint8Array<ArrayBuffer> {
  const { width, height, durationSeconds, fps } = validated(params);
  const config = createStreamConfig(width, height, fps);
  const { timescale, sampleDurations } = frameSchedule(durationSeconds, fps);
  const frameCount = sampleDurations.length;
  const card = new TestCard({ width, height, frameCount, fps, durationSeconds });
  const context = createMacroblockContext(card.canvas, config.widthMbs, config.heightMbs);

  card.drawFirstFrame();
  const samples = [lengthPrefixed([encodeIdrSlice(config, context)])];
  for (let frame = 1; frame < frameCount; frame++) {
    const tracker = new ChangedMacroblocks(card.canvas, config.widthMbs);
    card.advance(frame, (rect) => tracker.touch(rect));
    samples.push(lengthPrefixed([encodePSlice(config, context, frame, tracker.changed())]));
  }
  return writeMp4({ width, height, timescale, sampleDurations, samples, sps: writeSps(config), pps: writePps() });
}

function validated(params: RenderMp4Params): Required<RenderMp4Params> {
  const { width, height, durationSeconds, fps = DEFAULT_FPS } = params;
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(value) || value % 2 !== 0 || value < 32 || value > 4096) {
      throw new RangeError(`renderMp4: ${name} must be an even integer from 32 to 4096 (got ${value})`);
    }
  }
  if (!Number.isInteger(fps) || fps < 1 || fps > 60) {
    throw new RangeError(`renderMp4: fps must be an integer from 1 to 60 (got ${fps})`);
  }
  // Shorter than half a millisecond would round to an empty track.
  if (!Number.isFinite(durationSeconds) || durationSeconds < 0.001 || durationSeconds > MAX_DURATION_SECONDS) {
    throw new RangeError(`renderMp4: durationSeconds must be from 0.001 to ${MAX_DURATION_SECONDS} (got ${durationSeconds})`);
  }
  return { width, height, durationSeconds, fps };
}
