// Real images made by ffmpeg (an independent encoder) at odd sizes, read from the header.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageDimensions } from '../../src/media/index.js';
import { requireTool } from './media-tools.js';

let dir: string;

function encode(name: string, width: number, height: number, args: string[], pixelFormat = 'rgb24'): Uint8Array {
  const file = join(dir, name);
  // A half-transparent colour: with an alpha pixel format the encoders keep an alpha channel.
  const source = `color=c=0x3366cc@0.5:s=${width}x${height},format=${pixelFormat}`;
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', source, '-frames:v', '1', ...args, '-y', file]);
  return new Uint8Array(readFileSync(file));
}

beforeAll(() => {
  requireTool('ffmpeg');
  dir = mkdtempSync(join(tmpdir(), 'image-dimensions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readImageDimensions', () => {
  it.each([
    ['PNG', 'a.png', 1022, 576, [], 'rgb24', 'png'],
    ['PNG with alpha', 'b.png', 34, 2000, [], 'rgba', 'png'],
    ['baseline JPEG', 'c.jpg', 4032, 3024, ['-q:v', '5'], 'yuvj420p', 'jpeg'],
    ['JPEG, 9:16', 'd.jpg', 720, 1280, [], 'yuvj444p', 'jpeg'],
    ['lossy WebP (VP8)', 'e.webp', 2560, 1080, ['-c:v', 'libwebp', '-lossless', '0'], 'yuv420p', 'webp'],
    ['lossless WebP (VP8L)', 'f.webp', 1000, 400, ['-c:v', 'libwebp', '-lossless', '1'], 'rgb24', 'webp'],
    ['WebP with alpha (VP8X)', 'g.webp', 778, 334, ['-c:v', 'libwebp', '-lossless', '0'], 'rgba', 'webp'],
  ] as const)('reads %s', (label, name, width, height, args, pixelFormat, format) => {
    const bytes = encode(name, width, height, [...args], pixelFormat);
    const chunk = /\((VP8.?)\)/.exec(label)?.[1];
    if (chunk) expect(new TextDecoder().decode(bytes.subarray(12, 16)).trim()).toBe(chunk); // the variant under test
    expect(readImageDimensions(bytes)).toEqual({ width, height, format });
  });

  it('answers undefined for what is not a readable image header', () => {
    const png = encode('h.png', 64, 48, []);
    expect(readImageDimensions(png.subarray(0, 20))).toBeUndefined();
    expect(readImageDimensions(new TextEncoder().encode('GIF89a....'))).toBeUndefined();
    expect(readImageDimensions(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
    expect(readImageDimensions(new Uint8Array(0))).toBeUndefined();
  });
});
