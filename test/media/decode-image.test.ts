// decodeImage against ffmpeg: every PNG colour type and bit depth ffmpeg writes, and baseline
// JPEGs, decoded here and by ffmpeg to RGBA. PNG is lossless, so the two must agree exactly;
// JPEG decoders may differ by an IDCT rounding or chroma upsampling, so within a few levels.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/media/index.js';
import { createTempDir, decodeRgba, requireTool, type TempDir, writeImage } from './media-tools.js';

/** Four coloured quadrants over a horizontal grey ramp, 60 x 40 (odd sizes and edges included). */
const PATTERN =
  'gradients=s=61x41:c0=black:c1=white:x0=0:y0=0:x1=60:y1=0:nb_colors=2,' +
  'drawbox=x=0:y=0:w=30:h=20:color=red:t=fill,drawbox=x=31:y=0:w=30:h=20:color=0x2080ff:t=fill,' +
  'drawbox=x=0:y=21:w=20:h=20:color=yellow@0.6:t=fill';

function largestDifference(a: Uint8Array, b: Uint8Array): number {
  let largest = 0;
  for (let index = 0; index < a.length; index++) largest = Math.max(largest, Math.abs((a[index] ?? 0) - (b[index] ?? 0)));
  return largest;
}

describe('decodeImage', () => {
  let dir: TempDir;
  beforeAll(() => {
    requireTool('ffmpeg');
    dir = createTempDir('media-image-');
  });
  afterAll(() => dir?.remove());

  // 16-bit samples: ffmpeg truncates to 8 bits (v >> 8), decodeImage rounds (v * 255 / 65535).
  it.each([
    ['rgb24', 0],
    ['rgba', 0],
    ['gray', 0],
    ['ya8', 0],
    ['pal8', 0],
    ['monob', 0],
    ['rgb48be', 1],
    ['rgba64be', 1],
    ['gray16be', 1],
  ])('PNG %s decodes as ffmpeg decodes it (within %i)', (pixelFormat, tolerance) => {
    const file = writeImage(dir, `pattern-${pixelFormat}.png`, PATTERN, pixelFormat);
    const image = decodeImage(readFileSync(file));
    expect(image).toMatchObject({ width: 61, height: 41 });
    expect(image?.rgba).toHaveLength(61 * 41 * 4);
    expect(largestDifference(image?.rgba ?? new Uint8Array(), decodeRgba(file))).toBeLessThanOrEqual(tolerance);
  });

  it('keeps PNG transparency as straight alpha', () => {
    const file = writeImage(dir, 'translucent.png', 'color=c=0x3366cc@0.25:s=16x16,format=rgba', 'rgba');
    const image = decodeImage(readFileSync(file));
    expect([...(image?.rgba.subarray(0, 4) ?? [])]).toEqual([...decodeRgba(file).subarray(0, 4)]);
    expect([...(image?.rgba.subarray(0, 3) ?? [])]).toEqual([0x33, 0x66, 0xcc]);
    expect(image?.rgba[3]).toBeCloseTo(255 / 4, -1);
  });

  it.each([
    ['yuvj420p', []],
    ['yuvj444p', []],
    ['yuvj422p', []],
    ['gray', ['-q:v', '2']],
  ])('JPEG %s decodes within a few levels of ffmpeg', (pixelFormat, extra) => {
    const file = writeImage(dir, `pattern-${pixelFormat}.jpg`, PATTERN, pixelFormat, ['-q:v', '2', ...extra]);
    const image = decodeImage(readFileSync(file));
    expect(image).toMatchObject({ width: 61, height: 41 });
    const reference = decodeRgba(file);
    // Compare away from the colour edges, where chroma upsampling filters legitimately differ.
    const at = (x: number, y: number) => (y * 61 + x) * 4;
    for (const [x, y] of [
      [10, 8],
      [45, 8],
      [8, 30],
      [40, 32],
      [55, 36],
    ] as const) {
      expect(
        largestDifference(image?.rgba.subarray(at(x, y), at(x, y) + 4) ?? new Uint8Array(), reference.subarray(at(x, y), at(x, y) + 4)),
        `pixel ${x},${y}`,
      ).toBeLessThan(6);
    }
  });

  it('decodes a camera-sized JPEG', () => {
    const file = writeImage(dir, 'photo.jpg', 'testsrc2=s=2048x1536', 'yuvj420p', ['-q:v', '4']);
    expect(decodeImage(readFileSync(file))).toMatchObject({ width: 2048, height: 1536 });
  });

  it('returns undefined for other formats, damaged files and oversized pictures', () => {
    const png = readFileSync(writeImage(dir, 'small.png', 'color=c=red:s=32x32', 'rgb24'));
    const jpeg = readFileSync(writeImage(dir, 'small.jpg', 'color=c=red:s=32x32', 'yuvj420p'));
    for (const [name, bytes] of [
      ['empty', new Uint8Array(0)],
      ['text', new TextEncoder().encode('definitely not an image')],
      ['GIF', readFileSync(writeImage(dir, 'small.gif', 'color=c=red:s=32x32', 'pal8'))],
      ['WebP', readFileSync(writeImage(dir, 'small.webp', 'color=c=red:s=32x32', 'yuv420p'))],
      ['PNG signature only', png.subarray(0, 8)],
      ['PNG cut in its pixel data', png.subarray(0, png.length - 20)],
      ['JPEG header only', jpeg.subarray(0, 20)],
    ] as const) {
      expect(decodeImage(bytes), name).toBeUndefined();
    }
    // A PNG whose header claims 10000 x 10000 is refused before anything is inflated.
    const huge = Uint8Array.from(png);
    new DataView(huge.buffer).setUint32(16, 10_000);
    new DataView(huge.buffer).setUint32(20, 10_000);
    expect(decodeImage(huge)).toBeUndefined();
  });

  it('never throws on mutated PNG and JPEG files', () => {
    const files = [
      readFileSync(writeImage(dir, 'fuzz.png', PATTERN, 'rgba')),
      readFileSync(writeImage(dir, 'fuzz.jpg', PATTERN, 'yuvj420p')),
    ];
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 6 }),
        fc.nat(),
        (which, edits, cut) => {
          const original = files[which] ?? new Uint8Array();
          const mutated = Uint8Array.from(original.subarray(0, 8 + (cut % original.length)));
          for (const [at, value] of edits) mutated[at % mutated.length] = value;
          const image = decodeImage(mutated);
          return image === undefined || image.rgba.length === image.width * image.height * 4;
        },
      ),
      { numRuns: 300 },
    );
  });
});
