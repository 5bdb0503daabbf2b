import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMp4Duration, renderedCodecString, renderMp4, videoDimensions } from '../../src/media/index.js';
import { frameSchedule } from '../../src/media/render-mp4.js';
import type { VideoAspectRatio, VideoResolution } from '../../src/media/index.js';
import { createTempDir, decodeErrors, decodePcm, ffprobe, probePackets, requireTool, type TempDir } from './media-tools.js';

const CASES: { resolution: VideoResolution; aspect: VideoAspectRatio; seconds: number; fps?: number; audio?: boolean }[] = [
  { resolution: '480p', aspect: '16:9', seconds: 1 },
  { resolution: '720p', aspect: '9:16', seconds: 8 },
  { resolution: '1080p', aspect: '1:1', seconds: 15 },
  { resolution: '720p', aspect: '4:3', seconds: 25 },
  { resolution: '1080p', aspect: '16:9', seconds: 6, audio: false },
  { resolution: '1080p', aspect: '9:16', seconds: 10 },
  { resolution: '480p', aspect: '3:2', seconds: 8.7 },
  { resolution: '480p', aspect: '4:3', seconds: 0.01 },
  { resolution: '720p', aspect: '2:3', seconds: 3, fps: 12, audio: false },
];

describe('renderMp4 checked by ffprobe / ffmpeg', () => {
  let dir: TempDir;
  beforeAll(() => {
    requireTool('ffprobe');
    requireTool('ffmpeg');
    dir = createTempDir('media-render-');
  });
  afterAll(() => dir?.remove());

  it.each(
    CASES.map((entry) => ({
      ...entry,
      label: `${entry.resolution} ${entry.aspect} ${entry.seconds} s at ${entry.fps ?? 24} fps, audio ${entry.audio ?? 'default'}`,
    })),
  )(
    '$label: H.264 of the right size, length and frame count, AAC beside it unless audio is off',
    ({ resolution, aspect, seconds, fps, audio }) => {
      const { width, height } = videoDimensions(resolution, aspect);
      const file = dir.write(
        `${resolution}-${aspect.replace(':', 'x')}-${seconds}-${audio ?? 'default'}.mp4`,
        renderMp4({ width, height, durationSeconds: seconds, fps, audio }),
      );
      const probe = ffprobe(file);
      expect(probe.streams.map((stream) => stream.codec_type)).toEqual(audio === false ? ['video'] : ['video', 'audio']);
      const [video, sound] = probe.streams;
      expect(video).toMatchObject({ codec_name: 'h264', profile: 'Constrained Baseline', pix_fmt: 'yuv420p', width, height });
      expect(Number(video?.duration)).toBeCloseTo(seconds, 1);
      expect(Math.abs(Number(probe.format.duration) - seconds)).toBeLessThan(0.1);
      expect(Number(video?.nb_read_frames)).toBe(frameSchedule(seconds, fps ?? 24).sampleDurations.length);
      if (audio !== false) {
        expect(sound).toMatchObject({ codec_name: 'aac', profile: 'LC', sample_rate: '48000', channels: 2, channel_layout: 'stereo' });
        expect(Math.abs(Number(sound?.duration) - Number(video?.duration))).toBeLessThan(0.1);
        expect(Number(sound?.nb_read_frames)).toBe(Math.ceil((seconds * 48_000) / 1024));
      }
      expect(decodeErrors(file)).toBe('');
    },
  );

  it('the audio decodes to digital silence exactly as long as the video (to within one AAC frame)', () => {
    const seconds = 8.7;
    const pcm = decodePcm(dir.write('silence.mp4', renderMp4({ width: 320, height: 240, durationSeconds: seconds })));
    const frames = pcm.length / 2; // stereo
    expect(frames).toBeGreaterThanOrEqual(seconds * 48_000);
    expect(frames).toBeLessThan(seconds * 48_000 + 1024);
    expect(pcm.every((sample) => sample === 0)).toBe(true);
  });

  it('interleaves audio and video about a second at a time, each track in time order', () => {
    const packets = probePackets(dir.write('interleave.mp4', renderMp4({ width: 640, height: 360, durationSeconds: 12 })));
    expect(new Set(packets.map((packet) => packet.stream))).toEqual(new Set([0, 1]));
    let latest = 0;
    const lastTime = [-1, -1];
    for (const packet of packets) {
      // Reading front to back, no packet belongs more than ~1 s before the latest one seen.
      latest = Math.max(latest, packet.time);
      expect(latest - packet.time, `packet at ${packet.time} s found after ${latest} s`).toBeLessThan(1.1);
      expect(packet.time).toBeGreaterThan(lastTime[packet.stream] ?? -1);
      lastTime[packet.stream] = packet.time;
    }
    // The first audio packet comes right after the first second of video, not after all of it.
    const firstAudio = packets.findIndex((packet) => packet.stream === 1);
    expect(packets.slice(0, firstAudio).every((packet) => packet.stream === 0 && packet.time < 1)).toBe(true);
  });
});

describe('renderMp4', () => {
  it('is deterministic', () => {
    const params = { width: 854, height: 480, durationSeconds: 3 };
    expect(Buffer.from(renderMp4(params)).equals(Buffer.from(renderMp4(params)))).toBe(true);
  });

  it.each([true, false])('puts moov before mdat (progressive playback) and records the duration in mvhd (audio %s)', (audio) => {
    const bytes = renderMp4({ width: 1280, height: 720, durationSeconds: 6, audio });
    const text = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    expect(text.indexOf('ftyp')).toBe(4);
    expect(text.indexOf('moov')).toBeGreaterThan(0);
    expect(Buffer.from(bytes).toString('latin1').indexOf('mdat')).toBeGreaterThan(text.indexOf('moov'));
    expect(text.includes('mp4a')).toBe(audio);
    expect(readMp4Duration(bytes)).toBe(6);
  });

  it('adds only a few kilobytes of audio: silent AAC frames are 6 bytes each', () => {
    const params = { width: 1920, height: 1080, durationSeconds: 15 };
    const withAudio = renderMp4(params).length;
    const without = renderMp4({ ...params, audio: false }).length;
    const frames = Math.ceil((15 * 48_000) / 1024);
    expect(withAudio - without).toBeGreaterThanOrEqual(6 * frames);
    expect(withAudio - without).toBeLessThan(6 * frames + 1024);
  });

  it('names the codecs, with the level the size needs', () => {
    expect(renderedCodecString({ width: 854, height: 480, durationSeconds: 1 })).toBe('avc1.42C01E, mp4a.40.2');
    expect(renderedCodecString({ width: 854, height: 480, durationSeconds: 1, audio: false })).toBe('avc1.42C01E');
    expect(renderedCodecString({ width: 1280, height: 720, durationSeconds: 1, audio: false })).toBe('avc1.42C01F');
    expect(renderedCodecString({ width: 1080, height: 1080, durationSeconds: 1, audio: false })).toBe('avc1.42C020');
    expect(renderedCodecString({ width: 1920, height: 1080, durationSeconds: 1, audio: false })).toBe('avc1.42C028');
    expect(renderedCodecString({ width: 1080, height: 1920, durationSeconds: 1, fps: 60, audio: false })).toBe('avc1.42C02A');
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
    { width: 854, height: 480, durationSeconds: 1, audio: 'yes' as unknown as boolean },
  ])('rejects $width x $height, $durationSeconds s, fps $fps, audio $audio', (params) => {
    expect(() => renderMp4(params)).toThrow(RangeError);
  });
});
