// Renders the mock's videos: a real, decodable H.264 Constrained Baseline MP4 of any even size,
// duration and frame rate, in pure TypeScript. The IDR frame is built from I_PCM and exactly
// predicted Intra_16x16 macroblocks; every later frame is a P frame that skips all macroblocks
// except the few the clock and progress bar changed. No encoder search, no transforms: fast,
// lossless, small and deterministic. By default the file also carries an AAC-LC track of
// silence as long as the video (see aac-silence.ts); `audio: false` gives video only. With a
// first frame (image-to-video), the IDR frame shows the user's picture for the first second and
// the P frame after it switches to the card, coding its macroblocks intra.
import { AAC_CHANNELS, AAC_FRAME_SAMPLES, AAC_SAMPLE_RATE, aacTiming, audioSpecificConfig, silentAacFrame } from './aac-silence.js';
import { aacSampleEntry } from './aac-sample-entry.js';
import { avcSampleEntry } from './avc-sample-entry.js';
import { ChangedMacroblocks } from './changed-macroblocks.js';
import { type DecodedImage, decodeImage } from './decode-image.js';
import { drawImage } from './draw-image.js';
import { createMacroblockContext } from './h264-macroblock.js';
import { writePps, writeSps } from './h264-parameter-sets.js';
import { encodeIdrSlice, encodePSlice } from './h264-slice.js';
import { codecString, createStreamConfig, type H264StreamConfig } from './h264-stream-config.js';
import { type Mp4Track, writeMp4 } from './mp4-file.js';
import { lengthPrefixed } from './nal-unit.js';
import { BACKGROUND_RGB, TestCard } from './test-card.js';

export interface RenderMp4Params {
  /** Visible size in pixels; even numbers from 32 to 4096. */
  width: number;
  height: number;
  /** Positive, at most 600 s; need not be a whole number of frames (the last frame is shorter). */
  durationSeconds: number;
  /** Whole frames per second, 1 to 60; default 24. */
  fps?: number;
  /** An AAC-LC 48 kHz stereo track of silence beside the video; default true. */
  audio?: boolean;
  /**
   * Image-to-video: a picture shown, scaled to fit, for the first second before the test card.
   * Decoded pixels, or PNG / JPEG bytes decoded here (bytes decodeImage cannot read are ignored:
   * the video is the plain test card).
   */
  firstFrame?: DecodedImage | Uint8Array;
}

export const DEFAULT_FPS = 24;
export const MAX_DURATION_SECONDS = 600;

/** RFC 6381 codec string of AAC-LC: MPEG-4 audio (0x40), audio object type 2. */
const AAC_LC_CODEC = 'mp4a.40.2';

/** `video/mp4; codecs="…"` parameter for a rendered file, e.g. `avc1.42C01E, mp4a.40.2` (level 3.0 at 480p, with audio). */
export function renderedCodecString(params: RenderMp4Params): string {
  const { width, height, fps, audio } = validated(params);
  const video = codecString(createStreamConfig(width, height, fps));
  return audio ? `${video}, ${AAC_LC_CODEC}` : video;
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
  const { width, height, durationSeconds, fps, audio, firstFrame } = validated(params);
  const config = createStreamConfig(width, height, fps);
  const { timescale, sampleDurations } = frameSchedule(durationSeconds, fps);
  const image = firstFrame instanceof Uint8Array ? decodeImage(firstFrame) : firstFrame;
  const samples = encodeFrames(config, sampleDurations.length, durationSeconds, image);
  const sampleEntry = avcSampleEntry({ width, height, sps: writeSps(config), pps: writePps() });
  const video: Mp4Track = { kind: 'video', width, height, timescale, sampleDurations, samples, sampleEntry, syncSamples: [1] };
  return writeMp4(audio ? [video, silentAudioTrack(durationSeconds)] : [video]);
}

/** The H.264 samples: the test card, or the picture for the first second and the card after it. */
function encodeFrames(config: H264StreamConfig, frameCount: number, durationSeconds: number, image?: DecodedImage): Uint8Array[] {
  const { width, height, fps } = config;
  const card = new TestCard({ width, height, frameCount, fps, durationSeconds });
  const context = createMacroblockContext(card.canvas, config.widthMbs, config.heightMbs);
  // The picture stands still (every macroblock skipped) for one second, or all of a shorter video.
  const pictureFrames = image === undefined ? 0 : Math.min(frameCount, fps);
  if (image === undefined) card.drawFirstFrame();
  else drawImage(card.canvas, image, width, height, BACKGROUND_RGB);
  const samples = [lengthPrefixed([encodeIdrSlice(config, context)])];
  for (let frame = 1; frame < frameCount; frame++) {
    const tracker = new ChangedMacroblocks(card.canvas, config.widthMbs);
    if (frame === pictureFrames) {
      // The card replaces the picture as it stands at this frame; every macroblock that differs is coded intra.
      tracker.touch({ x0: 0, y0: 0, x1: card.canvas.width, y1: card.canvas.height });
      card.drawFirstFrame();
      for (let past = 1; past <= frame; past++) card.advance(past, () => undefined);
    } else if (frame > pictureFrames) {
      card.advance(frame, (rect) => tracker.touch(rect));
    }
    samples.push(lengthPrefixed([encodePSlice(config, context, frame, tracker.changed())]));
  }
  return samples;
}

function silentAudioTrack(durationSeconds: number): Mp4Track {
  const { timescale, sampleDurations } = aacTiming(durationSeconds);
  const frame = silentAacFrame();
  const bitrate = (frame.length * 8 * AAC_SAMPLE_RATE) / AAC_FRAME_SAMPLES;
  const sampleEntry = aacSampleEntry({
    sampleRate: AAC_SAMPLE_RATE,
    channels: AAC_CHANNELS,
    config: audioSpecificConfig(),
    bufferSize: frame.length,
    averageBitrate: bitrate,
    maxBitrate: bitrate,
  });
  // Every access unit is the same 6 bytes: one shared array, copied into mdat by the writer.
  return { kind: 'audio', timescale, sampleDurations, samples: sampleDurations.map(() => frame), sampleEntry };
}

type ValidParams = Required<Omit<RenderMp4Params, 'firstFrame'>> & Pick<RenderMp4Params, 'firstFrame'>;

function validated(params: RenderMp4Params): ValidParams {
  const { width, height, durationSeconds, fps = DEFAULT_FPS, audio = true, firstFrame } = params;
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
  if (typeof audio !== 'boolean') throw new RangeError(`renderMp4: audio must be a boolean (got ${String(audio)})`);
  if (firstFrame !== undefined && !(firstFrame instanceof Uint8Array) && !isDecodedImage(firstFrame)) {
    throw new RangeError('renderMp4: firstFrame must be image bytes or { width, height, rgba } with width * height * 4 bytes');
  }
  return { width, height, durationSeconds, fps, audio, firstFrame };
}

function isDecodedImage(image: DecodedImage): boolean {
  const { width, height, rgba } = image;
  return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && rgba?.length === width * height * 4;
}
