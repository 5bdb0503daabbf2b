// Image-to-video opens on the user's picture: rendered with `firstFrame`, the first second of
// the video, decoded by ffmpeg, shows the picture (region colours match the source file as
// ffmpeg itself decodes it), and the card takes over at 1 s. The encoder stays lossless, so
// every decoded frame also equals, bit for bit, the canvas the renderer drew.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMp4Cache, decodeImage, renderMp4 } from '../../src/media/index.js';
import { drawImage } from '../../src/media/draw-image.js';
import { frameSchedule } from '../../src/media/render-mp4.js';
import { BACKGROUND_RGB, TestCard } from '../../src/media/test-card.js';
import {
  createTempDir,
  decodeErrors,
  decodeRawFrames,
  decodeRgba,
  decodeRgbFrames,
  firstDifference,
  requireTool,
  type TempDir,
  visiblePlanes,
  writeImage,
} from './media-tools.js';

/** Four flat quadrants: red, green, blue, light grey. */
function quadrants(width: number, height: number): string {
  const [w, h] = [width / 2, height / 2];
  return (
    `color=c=0xe02020:s=${width}x${height},drawbox=x=${w}:y=0:w=${w}:h=${h}:color=0x20c040:t=fill,` +
    `drawbox=x=0:y=${h}:w=${w}:h=${h}:color=0x2040e0:t=fill,drawbox=x=${w}:y=${h}:w=${w}:h=${h}:color=0xd0d0d0:t=fill`
  );
}

interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Mean R, G, B over a region of a packed RGB (stride 3) or RGBA (stride 4) picture. */
function meanColour(pixels: Uint8Array, width: number, stride: 3 | 4, region: Region): number[] {
  const sum = [0, 0, 0];
  let count = 0;
  for (let y = region.y0; y < region.y1; y++) {
    for (let x = region.x0; x < region.x1; x++, count++) {
      for (let channel = 0; channel < 3; channel++) sum[channel] = (sum[channel] ?? 0) + (pixels[(y * width + x) * stride + channel] ?? 0);
    }
  }
  return sum.map((value) => value / count);
}

/** The inner half of each quadrant of a w x h area placed at (left, top). */
function quadrantRegions(left: number, top: number, w: number, h: number): Region[] {
  return [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ].map(([qx = 0, qy = 0]) => ({
    x0: Math.round(left + ((qx + 0.25) * w) / 2),
    y0: Math.round(top + ((qy + 0.25) * h) / 2),
    x1: Math.round(left + ((qx + 0.75) * w) / 2),
    y1: Math.round(top + ((qy + 0.75) * h) / 2),
  }));
}

function expectClose(actual: number[], expected: number[], tolerance: number, label: string): void {
  const worst = Math.max(...actual.map((value, index) => Math.abs(value - (expected[index] ?? 0))));
  expect(worst, `${label}: rgb(${actual.map(Math.round)}) vs rgb(${expected.map(Math.round)})`).toBeLessThan(tolerance);
}

describe('renderMp4 with a first frame', () => {
  let dir: TempDir;
  beforeAll(() => {
    requireTool('ffmpeg');
    dir = createTempDir('media-first-frame-');
  });
  afterAll(() => dir?.remove());

  it.each([
    // source file, its size, video size, where the picture lands in the video
    { name: 'same shape, PNG', file: 'photo.png', format: 'rgb24', image: [320, 240], video: [640, 480], shown: [0, 0, 640, 480] },
    { name: 'same shape, JPEG', file: 'photo.jpg', format: 'yuvj420p', image: [1280, 720], video: [854, 480], shown: [0, 0, 854, 480] },
    {
      name: 'wider picture, letterboxed',
      file: 'wide.png',
      format: 'rgb24',
      image: [400, 200],
      video: [480, 480],
      shown: [0, 120, 480, 240],
    },
    {
      name: 'taller picture, pillarboxed',
      file: 'tall.jpg',
      format: 'yuvj444p',
      image: [300, 600],
      video: [640, 360],
      shown: [230, 0, 180, 360],
    },
  ])('$name: the first second shows the picture, then the card', ({ file, format, image, video, shown }) => {
    const [imageWidth = 0, imageHeight = 0] = image;
    const [width = 0, height = 0] = video;
    const [left = 0, top = 0, shownWidth = 0, shownHeight = 0] = shown;
    const source = writeImage(dir, file, quadrants(imageWidth, imageHeight), format, ['-q:v', '2']);
    const fps = 24;
    const mp4 = dir.write(`${file}.mp4`, renderMp4({ width, height, durationSeconds: 2.5, fps, firstFrame: readFileSync(source) }));
    expect(decodeErrors(mp4)).toBe('');

    // Colours: each quadrant of frames 0 and 23 against the source as ffmpeg decodes it.
    const reference = decodeRgba(source);
    const sourceRegions = quadrantRegions(0, 0, imageWidth, imageHeight);
    const frames = decodeRgbFrames(mp4, width, height);
    expect(frames).toHaveLength(frameSchedule(2.5, fps).sampleDurations.length);
    for (const frame of [0, fps - 1]) {
      quadrantRegions(left, top, shownWidth, shownHeight).forEach((region, index) => {
        const expected = meanColour(reference, imageWidth, 4, sourceRegions[index] as Region);
        expectClose(meanColour(frames[frame] as Uint8Array, width, 3, region), expected, 8, `frame ${frame} quadrant ${index}`);
      });
    }
    // Bars where the shapes differ: the card's background colour.
    if (top > 0)
      expectClose(meanColour(frames[0] as Uint8Array, width, 3, { x0: 0, y0: 0, x1: width, y1: top - 2 }), [...BACKGROUND_RGB], 4, 'bar');
    if (left > 0)
      expectClose(meanColour(frames[0] as Uint8Array, width, 3, { x0: 0, y0: 0, x1: left - 2, y1: height }), [...BACKGROUND_RGB], 4, 'bar');

    // Bit-exact: the picture frames equal the drawn picture, later frames the card.
    const raw = decodeRawFrames(mp4, width, height);
    const card = new TestCard({ width, height, frameCount: raw.length, fps, durationSeconds: 2.5 });
    drawImage(
      card.canvas,
      decodeImage(readFileSync(source)) ?? { width: 0, height: 0, rgba: new Uint8Array() },
      width,
      height,
      BACKGROUND_RGB,
    );
    const picture = visiblePlanes(card.canvas, width, height);
    card.drawFirstFrame();
    raw.forEach((frame, index) => {
      if (index > 0) card.advance(index, () => undefined);
      const expected = index < fps ? picture : visiblePlanes(card.canvas, width, height);
      const mismatch = firstDifference(expected, frame);
      expect(mismatch, `frame ${index} differs at byte ${mismatch}`).toBe(-1);
    });
  });

  it('keeps the picture for the whole of a video shorter than a second', () => {
    const source = writeImage(dir, 'short.png', quadrants(64, 64), 'rgb24');
    const mp4 = dir.write('short.mp4', renderMp4({ width: 320, height: 320, durationSeconds: 0.5, firstFrame: readFileSync(source) }));
    const frames = decodeRgbFrames(mp4, 320, 320);
    expect(frames).toHaveLength(12);
    const last = meanColour(frames[11] as Uint8Array, 320, 3, quadrantRegions(0, 0, 320, 320)[0] as Region);
    expectClose(last, meanColour(decodeRgba(source), 64, 4, quadrantRegions(0, 0, 64, 64)[0] as Region), 8, 'last frame');
  });

  it('renders the plain card when the bytes are not a PNG or JPEG it can read', () => {
    const params = { width: 320, height: 240, durationSeconds: 2 };
    const plain = Buffer.from(renderMp4(params));
    const webp = readFileSync(writeImage(dir, 'picture.webp', quadrants(64, 48), 'yuv420p'));
    expect(Buffer.from(renderMp4({ ...params, firstFrame: webp })).equals(plain)).toBe(true);
    expect(Buffer.from(renderMp4({ ...params, firstFrame: new Uint8Array([0x89, 0x50]) })).equals(plain)).toBe(true);
  });

  it('takes decoded pixels too, and rejects pixels of the wrong length', () => {
    const rgba = new Uint8Array(16 * 16 * 4).fill(255);
    const params = { width: 320, height: 240, durationSeconds: 1 };
    const decoded = renderMp4({ ...params, firstFrame: { width: 16, height: 16, rgba } });
    expect(Buffer.from(decoded).equals(Buffer.from(renderMp4(params)))).toBe(false);
    expect(() => renderMp4({ ...params, firstFrame: { width: 16, height: 16, rgba: rgba.subarray(4) } })).toThrow(RangeError);
    expect(() => renderMp4({ ...params, firstFrame: { width: 0, height: 16, rgba: new Uint8Array() } })).toThrow(RangeError);
  });

  it('is cached by the picture’s content, not by the array that carries it', () => {
    const png = readFileSync(writeImage(dir, 'cached.png', quadrants(64, 48), 'rgb24'));
    const other = readFileSync(writeImage(dir, 'other.png', quadrants(48, 64), 'rgb24'));
    const cache = createMp4Cache({ maxEntries: 8 });
    const params = { width: 320, height: 240, durationSeconds: 2 };
    const first = cache.get({ ...params, firstFrame: png });
    expect(cache.get({ ...params, firstFrame: Uint8Array.from(png) })).toBe(first);
    expect(cache.get({ ...params, firstFrame: other })).not.toBe(first);
    expect(cache.get(params)).not.toBe(first);
    expect(Buffer.from(first).equals(Buffer.from(renderMp4({ ...params, firstFrame: png })))).toBe(true);
    expect(cache.size).toBe(3);
  });
});
