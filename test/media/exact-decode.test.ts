// The encoder is lossless by construction (I_PCM, exact intra prediction, zero-motion skips,
// no deblocking), so an independent decoder must reproduce the test card bit for bit, frame
// by frame. This catches any syntax slip that a decoder would otherwise conceal silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMp4 } from '../../src/media/index.js';
import { frameSchedule } from '../../src/media/render-mp4.js';
import { TestCard } from '../../src/media/test-card.js';
import { createTempDir, decodeRawFrames, firstDifference, requireTool, type TempDir, visiblePlanes } from './media-tools.js';

describe('decoded frames equal the drawn test card', () => {
  let dir: TempDir;
  beforeAll(() => {
    requireTool('ffmpeg');
    dir = createTempDir('media-exact-');
  });
  afterAll(() => dir?.remove());

  it.each([
    { width: 200, height: 120, durationSeconds: 2.5, fps: 24, audio: true }, // cropped both ways
    { width: 854, height: 480, durationSeconds: 3, fps: 24, audio: true },
    { width: 480, height: 854, durationSeconds: 1.5, fps: 12, audio: true },
    { width: 1080, height: 1080, durationSeconds: 2, fps: 30, audio: true },
    { width: 640, height: 360, durationSeconds: 2, fps: 24, audio: false },
  ])('$width x $height, $durationSeconds s at $fps fps (audio $audio)', (params) => {
    const file = dir.write(`${params.width}x${params.height}.mp4`, renderMp4(params));
    const decoded = decodeRawFrames(file, params.width, params.height);
    const frameCount = frameSchedule(params.durationSeconds, params.fps).sampleDurations.length;
    expect(decoded).toHaveLength(frameCount);

    const card = new TestCard({ ...params, frameCount });
    card.drawFirstFrame();
    decoded.forEach((frame, index) => {
      if (index > 0) card.advance(index, () => undefined);
      const mismatch = firstDifference(visiblePlanes(card.canvas, params.width, params.height), frame);
      expect(mismatch, `frame ${index} differs at byte ${mismatch}`).toBe(-1);
    });
  });
});
