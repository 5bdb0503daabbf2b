// Plays rendered files in a real <video> element (Debian's Chromium through playwright-core),
// served over loopback HTTP with Range support the way the mock serves them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DecodedImage, parseByteRange, renderMp4, type RenderMp4Params } from '../../src/media/index.js';
import { frameSchedule } from '../../src/media/render-mp4.js';
import { TestCard } from '../../src/media/test-card.js';
import { type Chromium, launchChromium } from './chromium.js';

const VIDEOS: Record<string, Required<Omit<RenderMp4Params, 'firstFrame'>>> = {
  '/wide.mp4': { width: 854, height: 480, durationSeconds: 3, fps: 24, audio: true },
  '/tall.mp4': { width: 1080, height: 1920, durationSeconds: 2, fps: 24, audio: true },
  '/mute.mp4': { width: 640, height: 480, durationSeconds: 2.5, fps: 24, audio: false },
};

/** An image-to-video file: a picture of four flat quadrants for the first second, then the card. */
const PICTURE = {
  path: '/picture.mp4',
  width: 640,
  height: 360,
  colours: [
    [230, 40, 40],
    [40, 200, 70],
    [40, 70, 230],
    [220, 220, 220],
  ],
} as const;

function quadrantPicture(width: number, height: number): DecodedImage {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = PICTURE.colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)] ?? [0, 0, 0];
      rgba.set([...colour, 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

interface Served {
  server: Server;
  origin: string;
  rangeStatuses: number[];
}

async function serve(): Promise<Served> {
  const files = new Map(Object.entries(VIDEOS).map(([path, params]) => [path, renderMp4(params)]));
  const { width, height } = PICTURE;
  files.set(PICTURE.path, renderMp4({ width, height, durationSeconds: 3, firstFrame: quadrantPicture(160, 90) }));
  const rangeStatuses: number[] = [];
  const server = createServer((request, response) => {
    const body = files.get(request.url ?? '');
    if (body === undefined) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>media</title><body></body>');
      return;
    }
    const range = parseByteRange(request.headers.range, body.length);
    const headers = { 'content-type': 'video/mp4', 'accept-ranges': 'bytes' };
    if (range === 'unsatisfiable') {
      response.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end();
    } else if (range === undefined) {
      response.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
    } else {
      response.writeHead(206, {
        ...headers,
        'content-range': `bytes ${range.start}-${range.end}/${body.length}`,
        'content-length': range.end - range.start + 1,
      });
      response.end(body.subarray(range.start, range.end + 1));
    }
    if (request.headers.range !== undefined) rangeStatuses.push(response.statusCode);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, rangeStatuses };
}

/** Where the progress bar's filled part ends on frame `frame` (x in pixels), from the test card itself. */
function expectedFill(
  params: Required<Omit<RenderMp4Params, 'firstFrame'>>,
  frame: number,
): { x0: number; fillEnd: number; x1: number; y: number } {
  const frameCount = frameSchedule(params.durationSeconds, params.fps).sampleDurations.length;
  const card = new TestCard({ ...params, frameCount });
  card.drawFirstFrame();
  for (let index = 1; index <= frame; index++) card.advance(index, () => undefined);
  const track = card.progressTrack;
  const y = Math.floor((track.y0 + track.y1) / 2);
  const row = card.canvas.y.subarray(y * card.canvas.width, (y + 1) * card.canvas.width);
  let fillEnd = track.x0;
  while (fillEnd < track.x1 && row[fillEnd] === row[track.x0]) fillEnd++;
  return { x0: track.x0, fillEnd, x1: track.x1, y };
}

/** Loads `src` into a fresh <video>, waits for the first frame, reports what the element knows. */
async function load(page: Page, src: string) {
  return page.evaluate(async (url) => {
    document.body.replaceChildren();
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    document.body.append(video);
    await new Promise<void>((resolve, reject) => {
      video.addEventListener('loadeddata', () => resolve(), { once: true });
      video.addEventListener('error', () => reject(new Error(`media error ${video.error?.code}: ${video.error?.message}`)), { once: true });
      video.src = url;
    });
    return {
      canPlay: video.canPlayType('video/mp4; codecs="avc1.42E01E"'),
      duration: video.duration,
      readyState: video.readyState,
      width: video.videoWidth,
      height: video.videoHeight,
    };
  }, src);
}

/** Seeks the loaded video and returns the RGB of two pixels of the shown frame. */
async function seekAndSample(page: Page, time: number, points: [number, number][]) {
  return page.evaluate(
    async ({ time, points }) => {
      const video = document.querySelector('video');
      if (video === null) throw new Error('no video element');
      // 'seeked' can fire before the compositor holds the new frame; the frame callback cannot.
      const presented = new Promise<void>((resolve) => {
        const next = (): void => {
          video.requestVideoFrameCallback((_now, frame) => (Math.abs(frame.mediaTime - time) < 0.1 ? resolve() : next()));
        };
        next();
      });
      await new Promise<void>((resolve) => {
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = time;
      });
      await presented;
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d context');
      context.drawImage(video, 0, 0);
      const pixels = points.map(([x, y]) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
      return { readyState: video.readyState, currentTime: video.currentTime, pixels };
    },
    { time, points },
  );
}

async function playToEnd(page: Page) {
  return page.evaluate(async () => {
    const video = document.querySelector('video');
    if (video === null) throw new Error('no video element');
    video.currentTime = 0;
    video.playbackRate = 2;
    video.muted = false; // audible playback (the autoplay policy flag allows it without a gesture)
    const ended = new Promise<void>((resolve) => video.addEventListener('ended', () => resolve(), { once: true }));
    await video.play();
    await ended;
    // Chromium's count of audio bytes its decoder consumed: 0 for a file without audio.
    const audioBytes = (video as HTMLVideoElement & { webkitAudioDecodedByteCount?: number }).webkitAudioDecodedByteCount;
    return { ended: video.ended, currentTime: video.currentTime, frames: video.getVideoPlaybackQuality().totalVideoFrames, audioBytes };
  });
}

/** Decodes the file's audio with Web Audio: channels, rate, length and the loudest sample. */
async function decodeAudio(page: Page, src: string) {
  return page.evaluate(async (url) => {
    const bytes = await (await fetch(url)).arrayBuffer();
    try {
      const buffer = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes);
      let peak = 0;
      for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
        for (const sample of buffer.getChannelData(channel)) peak = Math.max(peak, Math.abs(sample));
      }
      return { channels: buffer.numberOfChannels, sampleRate: buffer.sampleRate, duration: buffer.duration, peak };
    } catch (error) {
      return { error: String(error) };
    }
  }, src);
}

describe('rendered MP4 in Chromium', () => {
  let served: Served;
  let browser: Chromium;
  let page: Page;

  beforeAll(async () => {
    served = await serve();
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(`${served.origin}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => served?.server.close(resolve));
  });

  it.each(Object.entries(VIDEOS))(
    '%s loads, seeks to the right frame and plays to the end',
    async (path, params) => {
      const loaded = await load(page, `${served.origin}${path}`);
      expect(loaded.canPlay).toBe('probably');
      expect(loaded.readyState).toBeGreaterThanOrEqual(2);
      expect([loaded.width, loaded.height]).toEqual([params.width, params.height]);
      expect(Math.abs(loaded.duration - params.durationSeconds)).toBeLessThan(0.05);

      // Seek into the middle of a frame about 40 % in and check the progress bar's edge.
      const frame = Math.floor(params.durationSeconds * params.fps * 0.4);
      const fill = expectedFill(params, frame);
      expect(fill.fillEnd - fill.x0).toBeGreaterThan(16);
      expect(fill.x1 - fill.fillEnd).toBeGreaterThan(16);
      const seeked = await seekAndSample(page, (frame + 0.5) / params.fps, [
        [fill.fillEnd - 8, fill.y],
        [fill.fillEnd + 8, fill.y],
      ]);
      expect(seeked.readyState).toBeGreaterThanOrEqual(2);
      const [filled, empty] = seeked.pixels as [number[], number[]];
      expect(filled[2], `filled part should be blue, got rgb(${filled.join(',')})`).toBeGreaterThan(180);
      expect(filled[0]).toBeLessThan(140);
      expect(Math.max(...empty), `unfilled part should be dark grey, got rgb(${empty.join(',')})`).toBeLessThan(110);

      const played = await playToEnd(page);
      expect(played.ended).toBe(true);
      expect(Math.abs(played.currentTime - params.durationSeconds)).toBeLessThan(0.05);
      expect(played.frames).toBeGreaterThan(0);
      if (params.audio) expect(played.audioBytes, 'audio decoded while playing').toBeGreaterThan(0);
      else expect(played.audioBytes, 'no audio in a file rendered without it').toBe(0);
    },
    60_000,
  );

  it.each(Object.entries(VIDEOS))('%s: Web Audio decodes the AAC track as silence, or finds none', async (path, params) => {
    const decoded = await decodeAudio(page, `${served.origin}${path}`);
    if (!params.audio) {
      expect(decoded).toEqual({ error: expect.stringContaining('EncodingError') });
      return;
    }
    expect(decoded).toMatchObject({ channels: 2, sampleRate: 48_000, peak: 0 });
    expect(Math.abs(Number(decoded.duration) - params.durationSeconds)).toBeLessThan(0.1);
  });

  it('opens an image-to-video file on its picture, then shows the card', async () => {
    const { width, height } = PICTURE;
    const loaded = await load(page, `${served.origin}${PICTURE.path}`);
    expect([loaded.width, loaded.height]).toEqual([width, height]);
    const centres: [number, number][] = [
      [width / 4, height / 4],
      [(3 * width) / 4, height / 4],
      [width / 4, (3 * height) / 4],
      [(3 * width) / 4, (3 * height) / 4],
    ];
    const picture = await seekAndSample(page, 0.5, centres);
    picture.pixels.forEach((pixel, index) => {
      const expected = PICTURE.colours[index] ?? [];
      const worst = Math.max(...pixel.map((value, channel) => Math.abs(value - (expected[channel] ?? 0))));
      expect(worst, `quadrant ${index}: rgb(${pixel.join(',')})`).toBeLessThan(12);
    });
    // At 1.5 s the first colour bar (75 % grey) covers the top-left quadrant's centre.
    const card = await seekAndSample(page, 1.5, [[width / 28, height / 4]]);
    const [bar = []] = card.pixels;
    expect(
      bar.every((value) => Math.abs(value - 191) < 12),
      `bar: rgb(${bar.join(',')})`,
    ).toBe(true);
  });

  it('was fetched with Range requests answered by 206', () => {
    expect(served.rangeStatuses.length).toBeGreaterThan(0);
    expect(served.rangeStatuses.every((status) => status === 206)).toBe(true);
  });
});
