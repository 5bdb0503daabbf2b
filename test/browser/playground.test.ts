// The playground at GET / in a real Chromium: the typed client bundled for the browser,
// against an in-process mock. Screenshots of every state land in test/artifacts/browser/.
// UPDATE_README_SCREENSHOT=1 also writes docs/playground.png (the README's picture).
import { copyFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costInUsdTicks } from '../../src/lifecycle/index.js';
import { startMockServer, type RunningMockServer } from '../../src/hosts/index.js';
import { launchChromium, saveScreenshot, type TestBrowser } from './support/chromium.js';
import { configure, facts, runJob, shownError, videoState } from './support/playground-page.js';

/** A 1×1 PNG: the smallest image the API's `data:image/png;base64,` pattern accepts. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PNG = { name: 'frame.png', mimeType: 'image/png', buffer: Buffer.from(PNG_BASE64, 'base64') };
const README_SCREENSHOT = fileURLToPath(new URL('../../docs/playground.png', import.meta.url));

let mock: RunningMockServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  // timeScale 4: a realistic 4 s job at 480p runs 1.5 s, long enough for several 200 ms
  // polls to move the progress bar, short enough for a quick suite.
  [mock, browser] = await Promise.all([startMockServer({ port: 0, quiet: true, strict: true, timeScale: 4 }), launchChromium()]);
  page = await browser.context.newPage();
  await page.goto(`${mock.url}/?poll=200`);
  await page.waitForSelector('body[data-state="idle"]');
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** Records every value the progress bar takes (set through `progress.value`, reflected as an attribute). */
async function recordProgress(): Promise<void> {
  await page.evaluate(() => {
    const bar = document.querySelector('progress')!;
    const log: number[] = [];
    (window as unknown as { progressLog: number[] }).progressLog = log;
    new MutationObserver(() => log.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ['value'] });
  });
}

describe('the playground', () => {
  it('is served by the mock with the bundled client and sensible defaults', async () => {
    expect(await page.inputValue('input[name="apiKey"]')).toBe('mock-key');
    expect(await page.inputValue('input[name="baseUrl"]')).toBe(mock.url);
    await saveScreenshot(page, 'playground-idle');
  });

  it('runs a generation from pending to done: the progress bar moves and the video plays', async () => {
    await configure(page, { duration: 4 });
    await recordProgress();
    await page.click('#run');
    await page.waitForSelector('body[data-state="pending"]');
    await saveScreenshot(page, 'playground-pending');
    await page.waitForSelector('body[data-state="done"]', { timeout: 10_000 });

    const log = await page.evaluate(() => (window as unknown as { progressLog: number[] }).progressLog);
    const pending = log.filter((value) => value > 0 && value < 100);
    expect(new Set(pending).size, `progress values: ${log.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(pending).toEqual([...pending].sort((a, b) => a - b));
    expect(log.at(-1)).toBe(100);

    const video = await videoState(page);
    expect(video.canPlayH264).toBe('probably');
    expect(video.readyState).toBeGreaterThanOrEqual(2);
    const result = await facts(page, '#result');
    const job = (await (await fetch(`${mock.url}/__mock/jobs`)).json()).jobs.find(
      (j: { request_id: string }) => j.request_id === result.request_id,
    );
    expect(job).toMatchObject({ status: 'done', duration: 4 });
    expect(Math.abs(video.duration - job.duration)).toBeLessThan(0.1);
    await page.waitForFunction(() => {
      const v = document.querySelector('video')!;
      return !v.paused && v.currentTime > 0;
    });
    await page.waitForSelector(`#jobs-body tr[data-request-id="${result.request_id}"][data-status="done"]`);
    await saveScreenshot(page, 'playground-done');
    if (process.env.UPDATE_README_SCREENSHOT) await saveReadmeScreenshot();
  });

  it('sends the outcome control as a Prefer header and shows a failed job with its code', async () => {
    await configure(page, { outcome: 'failed', errorCode: 'service_unavailable', timing: 'instant' });
    const { state, request } = await runJob(page);
    expect(request.headers().prefer).toBe('outcome=failed, error-code=service_unavailable, timing=instant');
    expect(state).toBe('error');
    const error = await shownError(page);
    expect(error).toMatchObject({ kind: 'failed', facts: { 'error.code': 'service_unavailable' } });
    // The failed job's id, exactly as the create answered it, shown so a user can quote it.
    const created = (await (await request.response())?.json()) as { request_id: string };
    expect(error.facts.request_id).toBe(created.request_id);
    await saveScreenshot(page, 'playground-failed');
  });

  it.each([
    ['moderated-http', 'http-400'],
    ['moderated-failed', 'job-failed'],
    ['moderated-done', 'respect-moderation'],
  ])('shows a moderated job (%s) as moderation, via %s', async (outcome, via) => {
    await configure(page, { outcome, timing: 'instant' });
    expect((await runJob(page)).state).toBe('error');
    const error = await shownError(page);
    expect(error).toMatchObject({ kind: 'moderated', title: 'Blocked by content moderation', facts: { via } });
    if (via === 'http-400') expect(error.facts['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await saveScreenshot(page, `playground-${outcome}`);
  });

  it('shows an expired job', async () => {
    await configure(page, { outcome: 'expired', timing: 'instant' });
    expect((await runJob(page)).state).toBe('error');
    expect(await shownError(page)).toMatchObject({ kind: 'expired', title: 'The video expired' });
    await saveScreenshot(page, 'playground-expired');
  });

  it('shows an HTTP error with its status, code and the x-request-id of the answer', async () => {
    await configure(page, { outcome: 'http-500' });
    const answer = page.waitForResponse((r) => r.url().endsWith('/v1/videos/generations'));
    expect((await runJob(page)).state).toBe('error');
    const xRequestId = (await answer).headers()['x-request-id'];
    expect(await shownError(page)).toMatchObject({
      kind: 'http',
      title: 'HTTP 500 internal',
      facts: { status: '500', code: 'internal', 'x-request-id': xRequestId },
    });
    await saveScreenshot(page, 'playground-http-error');
  });

  it('uploads a first-frame image as a data: URI, and the mock bills it', async () => {
    await configure(page, { timing: 'instant', duration: 3 });
    await page.setInputFiles('input[name="image"]', PNG);
    const { state, request } = await runJob(page);
    await page.setInputFiles('input[name="image"]', []);
    expect(state).toBe('done');
    expect(request.postDataJSON().image).toEqual({ url: `data:image/png;base64,${PNG_BASE64}` });
    const cost = Number((await facts(page, '#result')).cost_in_usd_ticks);
    const withoutImages = costInUsdTicks({ model: 'grok-imagine-video', resolution: '480p', billedSeconds: 3, inputImages: 0 });
    expect(cost - withoutImages).toBe(20_000_000);
    await saveScreenshot(page, 'playground-image-upload');
  });

  it('sends reference images, each billed as an input image', async () => {
    await configure(page, { timing: 'instant', duration: 3 });
    await page.setInputFiles('input[name="referenceImages"]', [PNG, { ...PNG, name: 'style.png' }]);
    const { state, request } = await runJob(page);
    await page.setInputFiles('input[name="referenceImages"]', []);
    expect(state).toBe('done');
    expect(request.postDataJSON().reference_images).toHaveLength(2);
    const cost = Number((await facts(page, '#result')).cost_in_usd_ticks);
    expect(cost).toBe(costInUsdTicks({ model: 'grok-imagine-video', resolution: '480p', billedSeconds: 3, inputImages: 2 }));
  });

  it('extends and then edits the finished video', async () => {
    await configure(page, { timing: 'instant', duration: 3 });
    expect((await runJob(page)).state).toBe('done');
    const generated = (await facts(page, '#result'))['video.url'];

    await configure(page, { operation: 'extend', timing: 'instant', duration: 2, prompt: 'the balloon rises' });
    const extension = await runJob(page);
    expect(extension.state).toBe('done');
    expect(extension.request.postDataJSON()).toMatchObject({ video: { url: generated }, duration: 2 });
    expect((await facts(page, '#result')).duration).toBe('5 s');

    await configure(page, { operation: 'edit', timing: 'instant', prompt: 'make it night' });
    const edit = await runJob(page);
    expect(edit.state).toBe('done');
    expect((await facts(page, '#result')).duration).toBe('5 s');
    expect(Math.abs((await videoState(page)).duration - 5)).toBeLessThan(0.1);
    await saveScreenshot(page, 'playground-edit');
  });

  it('finishes a slow job when the mock clock is advanced from the page', async () => {
    await configure(page, { timing: 'slow', duration: 2 });
    await page.click('#run');
    await page.waitForSelector('body[data-state="pending"]');
    await page.click('#advance-clock');
    await page.click('#advance-clock');
    await page.waitForSelector('body[data-state="done"]', { timeout: 5_000 });
  });

  it('cancels the wait, not the job', async () => {
    await configure(page, { timing: 'slow', duration: 2 });
    await page.click('#run');
    await page.waitForSelector('body[data-state="pending"]');
    await page.click('#cancel');
    await page.waitForSelector('body[data-state="error"]');
    expect(await shownError(page)).toMatchObject({ kind: 'aborted', title: 'Cancelled' });
  });

  it('raised no uncaught errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

/** The README's picture: the finished video (paused on a frame) and the jobs list. */
async function saveReadmeScreenshot(): Promise<void> {
  await page.evaluate(async () => {
    const video = document.querySelector('video')!;
    video.pause();
    await new Promise((resolve) => {
      video.addEventListener('seeked', resolve, { once: true });
      video.currentTime = 1;
    });
  });
  // Hovering shows the player's controls fully (otherwise they may be caught mid-fade).
  await page.hover('video');
  await page.waitForTimeout(500);
  const path = await saveScreenshot(page, 'readme-playground');
  copyFileSync(path, README_SCREENSHOT);
  expect(statSync(README_SCREENSHOT).size).toBeLessThan(150_000);
}
