// In a real Chromium, with no mock server process: a page uses the typed client against
// the mock's MSW handlers in a service worker, generates a video, polls it to done and
// plays the MP4. A static loopback server only hands out the page, its bundle and msw's
// own mockServiceWorker.js (from the installed package, as `npx msw init` would copy it).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, saveScreenshot, type TestBrowser } from './support/chromium.js';

const PAGE_DIR = fileURLToPath(new URL('./msw-page/', import.meta.url));
const WORKER_SCRIPT = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

let files: Record<string, [type: string, body: string]>;
let server: Server;
let origin: string;
let browser: TestBrowser;
let page: Page;
const apiRequests: { url: string; fromServiceWorker: boolean; status: number }[] = [];

async function bundlePage(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${PAGE_DIR}main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  files = {
    '/': ['text/html; charset=utf-8', readFileSync(`${PAGE_DIR}index.html`, 'utf8')],
    '/main.js': ['text/javascript; charset=utf-8', await bundlePage()],
    '/mockServiceWorker.js': ['text/javascript; charset=utf-8', readFileSync(WORKER_SCRIPT, 'utf8')],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    res.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('response', (response) => {
    if (response.url().startsWith('https://api.x.ai/')) {
      apiRequests.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker(), status: response.status() });
    }
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-state="playing"], body[data-state="error"]', { timeout: 20_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the typed client against MSW in a service worker', () => {
  it('generates a video, polls it to done and plays the MP4', async () => {
    const state = await page.evaluate(() => document.body.dataset.state);
    const result = await page.locator('#result').textContent();
    expect(state, result ?? '').toBe('playing');
    const { url, duration, progress } = JSON.parse(result!);
    expect(url).toMatch(/^https:\/\/api\.x\.ai\/__mock\/videos\/xai-video-[0-9a-f-]{36}\.mp4$/);
    expect(duration).toBe(2);
    // Two pending polls with rising progress (33, 66), then done.
    expect(progress).toEqual([33, 66, 100]);
    await page.waitForFunction(() => {
      const video = document.querySelector('video')!;
      return video.readyState >= 2 && video.currentTime > 0;
    });
    expect(await page.$eval('video', (video) => Math.round(video.duration))).toBe(2);
    await saveScreenshot(page, 'msw-service-worker');
  });

  it('sent every API request to the service worker, none to the network', () => {
    const created = apiRequests.filter((r) => r.url.endsWith('/v1/videos/generations'));
    const polls = apiRequests.filter((r) => /\/v1\/videos\/[0-9a-f-]{36}$/.test(r.url));
    const video = apiRequests.filter((r) => r.url.endsWith('.mp4'));
    expect([created.length, polls.length]).toEqual([1, 3]);
    expect(video.length).toBeGreaterThanOrEqual(1);
    expect(apiRequests.every((r) => r.fromServiceWorker)).toBe(true);
    expect(polls.map((r) => r.status)).toEqual([202, 202, 200]);
  });

  it('raised no uncaught errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
