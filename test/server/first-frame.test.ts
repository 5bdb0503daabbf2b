// Image-to-video opens on the user's picture: a `data:` PNG or JPEG first frame is kept by
// the process that took the job (bounded, per process), and the finished video is rendered
// from it, byte for byte what the renderer makes of that picture. Where the process does not
// have it (WebP, an https image, a reset, another process), the video is the test card.
import { encode as encodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { renderMp4, videoDimensions } from '../../src/media/index.js';
import { createFirstFrameCache } from '../../src/server/first-frame-cache.js';
import { createJob, inProcessMock, poll, send, useMock } from './mock-kit.js';

const mock = useMock();

/** A 64 × 36 picture (16:9): the left half orange, the right half teal. */
function twoTone(): { width: number; height: number; data: Uint8Array } {
  const [width, height] = [64, 36];
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set(i % width < width / 2 ? [240, 140, 20, 255] : [20, 160, 170, 255], i * 4);
  return { width, height, data };
}

const PNG = encodePng(twoTone());
const JPEG = new Uint8Array(jpeg.encode(twoTone(), 90).data);
/** RIFF header of a 64 × 36 lossy WebP: its size is readable, its pixels are not decoded here. */
const WEBP = new Uint8Array([
  ...[0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20, 0x18, 0, 0, 0],
  ...[0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 64, 0, 36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
]);

const dataUri = (type: string, bytes: Uint8Array) => `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
const DURATION = 2;

async function videoOf(base: string, image: { url: string }): Promise<{ id: string; bytes: Buffer }> {
  const id = await createJob(base, { prompt: 'the picture comes alive', duration: DURATION, image }, 'timing=instant');
  const done = await poll(base, id);
  return { id, bytes: await download(done.body.video.url) };
}

async function download(url: string): Promise<Buffer> {
  const response = await send(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const { width, height } = videoDimensions('480p', '16:9');
const rendered = (firstFrame?: Uint8Array) => Buffer.from(renderMp4({ width, height, durationSeconds: DURATION, firstFrame }));

describe('the video of an image-to-video job', () => {
  it.each([
    ['png', PNG],
    ['jpeg', JPEG],
  ])('opens on a data: %s first frame: the video the renderer makes from that picture', async (type, bytes) => {
    const { bytes: video } = await videoOf(mock.url(), { url: dataUri(type, bytes) });
    expect(video.equals(rendered(bytes))).toBe(true);
    expect(video.equals(rendered())).toBe(false);
  });

  it('is the test card for a WebP (no decoder) or an https image (not fetched), at the image ratio', async () => {
    expect((await videoOf(mock.url(), { url: dataUri('webp', WEBP) })).bytes.equals(rendered())).toBe(true);
    expect((await videoOf(mock.url(), { url: 'https://example.com/cat.png' })).bytes.equals(rendered())).toBe(true);
  });

  it('is the test card once the process no longer has the picture: after a reset, and in another process', async () => {
    const other = inProcessMock();
    const { id, bytes: before } = await videoOf(other.url(), { url: dataUri('png', PNG) });
    expect(before.equals(rendered(PNG))).toBe(true);
    const restarted = inProcessMock(); // same secret: it knows the job, not its picture
    expect((await download(`${restarted.url()}/__mock/videos/xai-video-${id}.mp4`)).equals(rendered())).toBe(true);
    await send(`${other.url()}/__mock/reset`, { method: 'POST' });
    expect((await download(`${other.url()}/__mock/videos/xai-video-${id}.mp4`)).equals(rendered())).toBe(true);
  });
});

describe('the first-frame cache', () => {
  const image = (size: number, fill = 1) => new Uint8Array(size).fill(fill);

  it('keeps at most maxEntries pictures, dropping the least recently used', () => {
    const cache = createFirstFrameCache({ maxEntries: 2 });
    cache.remember('a', image(10));
    cache.remember('b', image(10));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.remember('c', image(10));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
  });

  it('keeps at most maxBytes in total, and no picture over maxImageBytes', () => {
    const cache = createFirstFrameCache({ maxBytes: 100, maxImageBytes: 60 });
    cache.remember('big', image(61));
    expect(cache.get('big')).toBeUndefined();
    cache.remember('a', image(50));
    cache.remember('b', image(40));
    cache.remember('c', image(30)); // 120 > 100: a goes
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([false, true, true]);
    expect(cache.bytes).toBe(70);
  });

  it('replaces a picture remembered twice, and forgets everything on clear', () => {
    const cache = createFirstFrameCache();
    cache.remember('a', image(10, 1));
    cache.remember('a', image(20, 2));
    expect(cache.get('a')).toEqual(image(20, 2));
    expect([cache.size, cache.bytes]).toEqual([1, 20]);
    cache.clear();
    expect([cache.get('a'), cache.size, cache.bytes]).toEqual([undefined, 0, 0]);
  });
});
