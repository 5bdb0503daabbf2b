import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMp4Duration, renderedCodecString, renderMp4, videoDimensions } from '../../src/media/index.js';
import { frameSchedule } from '../../src/media/render-mp4.js';
import type { VideoAspectRatio, VideoResolution } from '../../src/media/index.js';
import { createTempDir, decodeErrors, ffprobe, requireTool, type TempDir } from './media-tools.js';

const CASES: { resolution: VideoResolution; aspect: VideoAspectRatio; seconds: number; fps?: number }[] = [
  { resolution: '480p', aspect: '16:9', seconds: 1 },
  { resolution: '720p', aspect: '9:16', seconds: 8 },
  { resolution: '1080p', aspect: '1:1', seconds: 15 },
  { resolution: '720p', aspect: '4:3', seconds: 25 },
  { resolution: '1080p', aspect: '16:9', seconds: 6 },
  { resolution: '1080p', aspect: '9:16', seconds: 10 },
  { resolution: '480p', aspect: '3:2', seconds: 8.7 },
  { resolution: '720p', aspect: '2:3', seconds: 3, fps: 12 },
];

describe('renderMp4 checked by ffprobe / ffmpeg', () => {
  let dir: TempDir;
  beforeAll(() => {
    requireTool('ffprobe');
    requireTool('ffmpeg');
    dir = createTempDir('media-render-');
  });
  afterAll(() => dir?.remove());

  it.each(CASES.map((entry) => ({ ...entry, label: `${entry.resolution} ${entry.aspect} ${entry.seconds} s at ${entry.fps ?? 24} fps` })))(
    '$label is H.264 of the right size, length and frame count',
    ({ resolution, aspect, seconds, fps }) => {
      const { width, height } = videoDimensions(resolution, aspect);
      const file = dir.write(
        `${resolution}-${aspect.replace(':', 'x')}-${seconds}.mp4`,
        renderMp4({ width, height, durationSeconds: seconds, fps }),
      );
      const probe = ffprobe(file);
      expect(probe.streams).toHaveLength(1);
      const [stream] = probe.streams;
      expect(stream).toMatchObject({ codec_name: 'h264', profile: 'Constrained Baseline', pix_fmt: 'yuv420p', width, height });
      expect(Number(stream?.duration)).toBeCloseTo(seconds, 1);
      expect(Number(probe.format.duration)).toBeCloseTo(seconds, 1);
      expect(Math.abs(Number(probe.format.duration) - seconds)).toBeLessThan(0.1);
      expect(Number(stream?.nb_read_frames)).toBe(frameSchedule(seconds, fps ?? 24).sampleDurations.length);
      expect(decodeErrors(file)).toBe('');
    },
  );
});

describe('renderMp4', () => {
  it('is deterministic', () => {
    const params = { width: 854, height: 480, durationSeconds: 3 };
    expect(Buffer.from(renderMp4(params)).equals(Buffer.from(renderMp4(params)))).toBe(true);
  });

  it('puts moov before mdat (progressive playback) and records the duration in mvhd', () => {
    const bytes = renderMp4({ width: 1280, height: 720, durationSeconds: 6 });
    const text = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    expect(text.indexOf('ftyp')).toBe(4);
    expect(text.indexOf('moov')).toBeGreaterThan(0);
    expect(Buffer.from(bytes).toString('latin1').indexOf('mdat')).toBeGreaterThan(text.indexOf('moov'));
    expect(readMp4Duration(bytes)).toBe(6);
  });

  it('renders 1080p x 15 s fast', () => {
    renderMp4({ width: 1920, height: 1080, durationSeconds: 15 }); // warm the JIT
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      renderMp4({ width: 1920, height: 1080, durationSeconds: 15 });
      return performance.now() - started;
    }).sort((a, b) => a - b);
    // Typically 15-40 ms; the bound is loose because test files run in parallel.
    expect(times[2]).toBeLessThan(250);
  });

  it('names the codec with the level the size needs', () => {
    expect(renderedCodecString({ width: 854, height: 480, durationSeconds: 1 })).toBe('avc1.42C01E');
    expect(renderedCodecString({ width: 1280, height: 720, durationSeconds: 1 })).toBe('avc1.42C01F');
    expect(renderedCodecString({ width: 1080, height: 1080, durationSeconds: 1 })).toBe('avc1.42C020');
    expect(renderedCodecString({ width: 1920, height: 1080, durationSeconds: 1 })).toBe('avc1.42C028');
    expect(renderedCodecString({ width: 1080, height: 1920, durationSeconds: 1, fps: 60 })).toBe('avc1.42C02A');
  });

  it.each([
    { width: 853, height: 480, durationSeconds: 1 },
    { width: 16, height: 480, durationSeconds: 1 },
    { width: 4098, height: 480, durationSeconds: 1 },
    { width: 854, height: 480, durationSeconds: 0 },
    { width: 854, height: 480, durationSeconds: Number.NaN },
    { width: 854, height: 480, durationSeconds: 601 },
    { width: 854, height: 480, durationSeconds: 1, fps: 0 },
    { width: 854, height: 480, durationSeconds: 1, fps: 29.97 },
    { width: 4096, height: 4096, durationSeconds: 1 },
  ])('rejects $width x $height, $durationSeconds s, fps $fps', (params) => {
    expect(() => renderMp4(params)).toThrow(RangeError);
  });
});
