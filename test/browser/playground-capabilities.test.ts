// The playground in a real Chromium, as a new user meets it: its model, resolution, ratio,
// duration and input choices are the capability table's (every choice it offers, the mock
// accepts), "extend"/"edit" on a finished job switch the form to that operation with the
// video as source, the form fits a 390 px phone in one column, and image-to-video plays the
// uploaded picture. Screenshots land in test/artifacts/browser/.
import { encode as encodePng } from 'fast-png';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../src/hosts/index.js';
import { modelCapabilityTable } from '../../src/spec/index.js';
import { launchChromium, saveScreenshot, type TestBrowser } from './support/chromium.js';
import { configure, enabledValues, facts, runJob, selectOptions, videoState } from './support/playground-page.js';

const TABLE = modelCapabilityTable();
const row = (id: string) => TABLE.find((r) => r.id === id)!;
const CLASSIC = 'grok-imagine-video';
const PRO = 'grok-imagine-video-1.5';
const LITE = 'grok-imagine-video-1.5-lite';

let mock: RunningMockServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  [mock, browser] = await Promise.all([startMockServer({ port: 0, quiet: true, strict: true }), launchChromium()]);
  page = await browser.context.newPage();
  await page.goto(`${mock.url}/?poll=100`);
  await page.waitForSelector('body[data-state="idle"]');
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** A PNG of w × h in four flat quadrants (top left, top right, bottom left, bottom right). */
const QUADRANTS: [number, number, number][] = [
  [230, 40, 40],
  [40, 190, 70],
  [40, 70, 220],
  [235, 215, 60],
];
function quadrantPng(width: number, height: number): Buffer {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = QUADRANTS[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)]!;
      data.set([...colour, 255], (y * width + x) * 4);
    }
  }
  return Buffer.from(encodePng({ width, height, data }));
}
const PICTURE = { name: 'quadrants.png', mimeType: 'image/png', buffer: quadrantPng(320, 180) };

async function chooseModel(model: string): Promise<void> {
  await page.check('input[name="operation"][value="generate"]');
  await page.selectOption('select[name="model"]', model);
}

const durationBounds = () =>
  page.$eval('input[name="duration"]', (input) => [Number((input as HTMLInputElement).min), Number((input as HTMLInputElement).max)]);

describe('choices from the capability table', () => {
  it('offers every model of the table, and per model its resolutions, ratios and durations', async () => {
    await configure(page);
    const models = await selectOptions(page, 'model');
    expect(models.map((m) => m.value)).toEqual(TABLE.map((r) => r.id));
    for (const capabilities of TABLE) {
      await chooseModel(capabilities.id);
      expect(await enabledValues(page, 'resolution'), capabilities.id).toEqual(Object.keys(capabilities.resolutions));
      expect(await enabledValues(page, 'aspectRatio'), capabilities.id).toEqual(['', ...capabilities.aspect_ratios]);
      const { min, max } = capabilities.operations.generateVideo.seconds;
      expect(await durationBounds(), capabilities.id).toEqual([min, max]);
    }
    const classic = await selectOptions(page, 'resolution');
    await chooseModel(CLASSIC);
    expect((await selectOptions(page, 'resolution')).find((o) => o.value === '1080p')).toMatchObject({ disabled: true });
    await chooseModel(LITE);
    expect((await selectOptions(page, 'resolution')).find((o) => o.value === '1080p')?.label).toBe('1080p (upscaled)');
    expect(classic.length).toBe(3);
    expect(await enabledValues(page, 'aspectRatio')).toEqual(expect.arrayContaining(['21:9', '5:2']));
  });

  it('every resolution and the widest ratio it offers, per model, at its longest duration, is a job the mock finishes', async () => {
    for (const capabilities of TABLE) {
      for (const resolution of Object.keys(capabilities.resolutions)) {
        const duration = capabilities.operations.generateVideo.seconds.max;
        await configure(page, { model: capabilities.id, resolution, duration, aspectRatio: '5:2', timing: 'instant' });
        const { state, request } = await runJob(page);
        expect(state, `${capabilities.id} ${resolution}`).toBe('done');
        expect(request.postDataJSON()).toMatchObject({ model: capabilities.id, resolution, duration, aspect_ratio: '5:2' });
      }
    }
    await configure(page);
  });

  it("extensions and edits only with the model that serves them: Extend switches the model, Generate gets the user's back", async () => {
    await chooseModel(PRO);
    await page.check('input[name="operation"][value="extend"]');
    expect(await page.inputValue('select[name="model"]')).toBe(CLASSIC);
    expect(await enabledValues(page, 'model')).toEqual(TABLE.filter((r) => r.operations.extendVideo).map((r) => r.id));
    const { min, max } = row(CLASSIC).operations.extendVideo!.added_seconds;
    expect(await durationBounds()).toEqual([min, max]);
    await page.check('input[name="operation"][value="edit"]');
    expect(await page.inputValue('select[name="model"]')).toBe(CLASSIC);
    await page.check('input[name="operation"][value="generate"]');
    expect(await page.inputValue('select[name="model"]')).toBe(PRO);
    await saveScreenshot(page, 'playground-choices-pro');
    await configure(page);
  });

  it('reference images only where the model takes them, and with a first frame only where it combines them', async () => {
    await chooseModel(LITE);
    expect(await page.isDisabled('input[name="referenceImages"]')).toBe(true);
    expect(await page.textContent('[data-hint="referenceImages"]')).toBe(`${LITE} takes no reference images`);
    await chooseModel(CLASSIC);
    expect(await page.isEnabled('input[name="referenceImages"]')).toBe(true);
    await page.setInputFiles('input[name="image"]', PICTURE);
    expect(await page.isDisabled('input[name="referenceImages"]')).toBe(true);
    expect(await page.isDisabled('select[name="aspectRatio"]')).toBe(true); // the first frame's ratio rules
    await page.selectOption('select[name="model"]', PRO);
    expect(await page.isEnabled('input[name="referenceImages"]')).toBe(true);
    await page.setInputFiles('input[name="image"]', []);
    // References cap reference-to-video's length and resolution.
    await page.setInputFiles('input[name="referenceImages"]', PICTURE);
    expect(await enabledValues(page, 'resolution')).toEqual(['480p', '720p']);
    await page.selectOption('select[name="model"]', CLASSIC);
    expect((await durationBounds())[1]).toBe(row(CLASSIC).operations.generateVideo.reference_to_video!.seconds.max);
    expect(await page.isDisabled('input[name="image"]')).toBe(true);
    await page.setInputFiles('input[name="referenceImages"]', []);
    await configure(page);
  });
});

describe('use as source', () => {
  it('"extend" and "edit" on a finished job switch the form to that operation with its video, ready to run', async () => {
    await configure(page, { model: PRO, timing: 'instant', duration: 4 });
    expect((await runJob(page)).state).toBe('done');
    const { request_id: id, 'video.url': url } = await facts(page, '#result');
    // As if the user had typed another URL since: the button must put this job's there.
    await page.$eval('input[name="sourceUrl"]', (input) => ((input as HTMLInputElement).value = 'https://example.com/other.mp4'));
    const row = page.locator(`#jobs-body tr[data-request-id="${id}"][data-status="done"]`);

    await row.locator('button[data-operation="extend"]').click();
    expect(await page.isChecked('input[name="operation"][value="extend"]')).toBe(true);
    expect(await page.inputValue('input[name="sourceUrl"]')).toBe(url);
    expect(await page.inputValue('select[name="model"]')).toBe(CLASSIC);
    expect(await page.isVisible('input[name="sourceUrl"]')).toBe(true);
    const extension = await runJob(page);
    expect(extension.state).toBe('done');
    expect(extension.request.postDataJSON()).toMatchObject({ model: CLASSIC, video: { url } });

    await page.locator(`#jobs-body tr[data-request-id="${id}"] button[data-operation="edit"]`).click();
    expect(await page.isChecked('input[name="operation"][value="edit"]')).toBe(true);
    expect(await page.inputValue('input[name="sourceUrl"]')).toBe(url);
    const edit = await runJob(page);
    expect(edit.state).toBe('done');
    expect(edit.request.postDataJSON()).toMatchObject({ model: CLASSIC, video: { url } });
    await configure(page);
  });

  it('offers no edit of a video longer than the model edits', async () => {
    await configure(page, { timing: 'instant', duration: 10 });
    expect((await runJob(page)).state).toBe('done');
    const { request_id: id } = await facts(page, '#result');
    const edit = page.locator(`#jobs-body tr[data-request-id="${id}"] button[data-operation="edit"]`);
    expect(await edit.isDisabled()).toBe(true);
    expect(await edit.getAttribute('title')).toContain(`at most ${row(CLASSIC).operations.editVideo!.source_max_seconds} seconds`);
    expect(await page.locator(`#jobs-body tr[data-request-id="${id}"] button[data-operation="extend"]`).isEnabled()).toBe(true);
    await configure(page);
  });
});

describe('on a phone, 390 × 844', () => {
  it('stacks into one column: no horizontal scroll, every control in view or a scroll away', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${mock.url}/?poll=100`);
    await phone.waitForSelector('body[data-state="idle"]');
    await phone.selectOption('select[name="timing"]', 'instant');
    await phone.click('#run');
    await phone.waitForSelector('body[data-state="done"]');
    const { request_id: id } = await facts(phone, '#result');
    const extend = `#jobs-body tr[data-request-id="${id}"][data-status="done"] button[data-operation="extend"]`;
    await phone.waitForSelector(extend);
    const layout = await phone.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, video')].filter(
        (element) => element.offsetParent !== null,
      );
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        outside: controls
          .map((element) => ({
            name: element.getAttribute('name') ?? element.id ?? element.textContent,
            box: element.getBoundingClientRect(),
          }))
          .filter(({ box }) => box.left < 0 || box.right > innerWidth + 0.5 || box.width === 0)
          .map(({ name, box }) => `${name}: ${Math.round(box.left)}–${Math.round(box.right)}`),
        columns: new Set([...document.querySelectorAll('main > *')].map((element) => Math.round(element.getBoundingClientRect().left)))
          .size,
        count: controls.length,
      };
    });
    expect(layout.scrollWidth).toBe(layout.clientWidth);
    expect(layout.outside).toEqual([]);
    expect(layout.columns).toBe(1);
    expect(layout.count).toBeGreaterThan(15);
    await phone.click(extend); // reachable, and it works
    expect(await phone.isChecked('input[name="operation"][value="extend"]')).toBe(true);
    expect(await phone.evaluate(() => document.querySelector('#job-form')!.getBoundingClientRect().top)).toBeLessThan(50);
    await saveScreenshot(phone, 'playground-390');
    await phone.close();
  });
});

describe('image-to-video', () => {
  it('plays the uploaded picture: the video at 0.2 s shows its four colours where the upload has them', async () => {
    await configure(page, { timing: 'instant', duration: 3 });
    await page.setInputFiles('input[name="image"]', PICTURE);
    const { state } = await runJob(page);
    await page.setInputFiles('input[name="image"]', []);
    expect(state).toBe('done');
    await videoState(page);
    const means = await page.evaluate(async () => {
      const video = document.querySelector('video')!;
      video.pause();
      await new Promise((resolve) => {
        video.addEventListener('seeked', resolve, { once: true });
        video.currentTime = 0.2;
      });
      const canvas = Object.assign(document.createElement('canvas'), { width: video.videoWidth, height: video.videoHeight });
      const context = canvas.getContext('2d')!;
      context.drawImage(video, 0, 0);
      // The inner half of each quadrant: away from the edges, where scaling blends colours.
      const [w, h] = [canvas.width / 2, canvas.height / 2];
      return [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ].map(([qx = 0, qy = 0]) => {
        const { data } = context.getImageData(
          Math.round((qx + 0.25) * w),
          Math.round((qy + 0.25) * h),
          Math.round(w / 2),
          Math.round(h / 2),
        );
        const sum = [0, 0, 0];
        for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] = sum[c]! + data[i + c]!;
        return sum.map((total) => total / (data.length / 4));
      });
    });
    means.forEach((mean, quadrant) => {
      for (let channel = 0; channel < 3; channel++) {
        expect(Math.abs(mean[channel]! - QUADRANTS[quadrant]![channel]!), `quadrant ${quadrant} channel ${channel}`).toBeLessThan(16);
      }
    });
    await saveScreenshot(page, 'playground-first-frame');
  });

  it('raised no uncaught errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
