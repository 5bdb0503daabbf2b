// The media module runs in a browser (the mock's MSW handlers render videos there): bundled by
// esbuild for the browser platform (which refuses Node built-ins), loaded into Chromium, it
// decodes a PNG and a JPEG that Chromium itself encoded, renders an image-to-video MP4 with its
// AAC track, and Chromium plays that file, opening on the picture.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './chromium.js';

const COLOURS = [
  [230, 40, 40],
  [40, 200, 70],
  [40, 70, 230],
  [220, 220, 220],
];

/** Runs in the page: draws four quadrants on a canvas and returns it encoded as `type`. */
async function encodedInPage(page: Page, type: 'image/png' | 'image/jpeg'): Promise<void> {
  await page.evaluate(
    async ({ type, colours }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 180;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d context');
      colours.forEach(([r, g, b], index) => {
        context.fillStyle = `rgb(${r}, ${g}, ${b})`;
        context.fillRect((index % 2) * 160, Math.floor(index / 2) * 90, 160, 90);
      });
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.95));
      if (blob === null) throw new Error(`canvas could not encode ${type}`);
      (window as unknown as { picture: Uint8Array }).picture = new Uint8Array(await blob.arrayBuffer());
    },
    { type, colours: COLOURS },
  );
}

describe('the media bundle in Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Chromium;
  let page: Page;

  beforeAll(async () => {
    // An IIFE exposing the module as `window.media` (vitest would rewrite an import() in page code).
    const bundle = await build({
      entryPoints: ['src/media/index.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'media',
      platform: 'browser',
      write: false,
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>media</title><body></body>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: script });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each(['image/png', 'image/jpeg'] as const)('decodes a %s from the browser and plays the video it opens', async (type) => {
    await encodedInPage(page, type);
    const result = await page.evaluate(async () => {
      const media = (window as unknown as { media: typeof import('../../src/media/index.js') }).media;
      const picture = (window as unknown as { picture: Uint8Array }).picture;
      const image = media.decodeImage(picture);
      const mp4: Uint8Array = media.renderMp4({ width: 640, height: 360, durationSeconds: 2, firstFrame: picture });
      const video = document.createElement('video');
      document.body.replaceChildren(video);
      await new Promise<void>((resolve, reject) => {
        video.addEventListener('loadeddata', () => resolve(), { once: true });
        video.addEventListener('error', () => reject(new Error(`media error ${video.error?.message}`)), { once: true });
        video.src = URL.createObjectURL(new Blob([mp4 as BlobPart], { type: 'video/mp4' }));
      });
      // Wait for the frame at 0.5 s to be presented, not only for 'seeked'.
      const presented = new Promise<void>((resolve) => {
        const next = (): void => {
          video.requestVideoFrameCallback((_now, frame) => (Math.abs(frame.mediaTime - 0.5) < 0.1 ? resolve() : next()));
        };
        next();
      });
      video.currentTime = 0.5;
      await presented;
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 360;
      const context = canvas.getContext('2d');
      context?.drawImage(video, 0, 0);
      const centres = [
        [160, 90],
        [480, 90],
        [160, 270],
        [480, 270],
      ];
      const pixels = centres.map(([x = 0, y = 0]) => [...(context?.getImageData(x, y, 1, 1).data.slice(0, 3) ?? [])]);
      const ended = new Promise<void>((resolve) => video.addEventListener('ended', () => resolve(), { once: true }));
      video.playbackRate = 4;
      await video.play();
      await ended;
      const audioBytes = (video as HTMLVideoElement & { webkitAudioDecodedByteCount?: number }).webkitAudioDecodedByteCount;
      return { width: image?.width, height: image?.height, duration: video.duration, pixels, audioBytes };
    });

    expect(result).toMatchObject({ width: 320, height: 180 });
    expect(result.duration).toBeCloseTo(2, 1);
    expect(result.audioBytes).toBeGreaterThan(0);
    result.pixels.forEach((pixel, index) => {
      const worst = Math.max(...pixel.map((value, channel) => Math.abs(value - (COLOURS[index]?.[channel] ?? 0))));
      expect(worst, `quadrant ${index}: rgb(${pixel.join(',')})`).toBeLessThan(14);
    });
  });
});
