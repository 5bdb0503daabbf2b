import { describe, expect, it } from 'vitest';
import { videoDimensions } from '../../src/media/index.js';
import type { VideoAspectRatio, VideoResolution } from '../../src/media/index.js';

describe('videoDimensions', () => {
  it.each([
    ['480p', '16:9', 854, 480],
    ['480p', '9:16', 480, 854],
    ['480p', '1:1', 480, 480],
    ['480p', '4:3', 640, 480],
    ['480p', '3:4', 480, 640],
    ['480p', '3:2', 720, 480],
    ['480p', '2:3', 480, 720],
    ['720p', '16:9', 1280, 720],
    ['720p', '9:16', 720, 1280],
    ['720p', '4:3', 960, 720],
    ['720p', '3:2', 1080, 720],
    ['1080p', '16:9', 1920, 1080],
    ['1080p', '9:16', 1080, 1920],
    ['1080p', '1:1', 1080, 1080],
    ['1080p', '4:3', 1440, 1080],
    ['1080p', '2:3', 1080, 1620],
  ] as const)('%s %s → %ix%i', (resolution, aspect, width, height) => {
    expect(videoDimensions(resolution, aspect)).toEqual({ width, height });
  });

  it('always gives even sides whose ratio is within 0.5 % of the requested one', () => {
    const ratios: Record<VideoAspectRatio, number> = {
      '1:1': 1,
      '16:9': 16 / 9,
      '9:16': 9 / 16,
      '4:3': 4 / 3,
      '3:4': 3 / 4,
      '3:2': 3 / 2,
      '2:3': 2 / 3,
      '21:9': 21 / 9,
      '5:2': 5 / 2,
    };
    for (const resolution of ['480p', '720p', '1080p'] as VideoResolution[]) {
      for (const [aspect, ratio] of Object.entries(ratios) as [VideoAspectRatio, number][]) {
        const { width, height } = videoDimensions(resolution, aspect);
        expect((width % 2) + (height % 2)).toBe(0);
        expect(Math.min(width, height)).toBe(Number.parseInt(resolution, 10));
        expect(Math.abs(width / height / ratio - 1)).toBeLessThan(0.005);
      }
    }
  });

  it('rejects unknown values', () => {
    expect(() => videoDimensions('360p' as VideoResolution, '16:9')).toThrow(RangeError);
    expect(() => videoDimensions('720p', '7:5' as VideoAspectRatio)).toThrow(RangeError);
  });
});
