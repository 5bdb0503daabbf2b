// GET /docs in a real Chromium: Redoc (served by the mock, no CDN) renders the contract,
// and the mock-only controls are documented beside it under #mock-controls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/hosts/cli-options.js';
import { startMockServer, type RunningMockServer } from '../../src/hosts/index.js';
import { JOB_ERROR_CODES, OUTCOMES } from '../../src/lifecycle/index.js';
import { adminRouteList, MOCK_CONTROLS } from '../../src/server/index.js';
import { loadSpecDocument } from '../../src/spec/index.js';
import { launchChromium, saveScreenshot, type TestBrowser } from './support/chromium.js';

let mock: RunningMockServer;
let browser: TestBrowser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  [mock, browser] = await Promise.all([startMockServer({ port: 0, quiet: true }), launchChromium()]);
  page = await browser.context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${mock.url}/docs`);
  await page.waitForSelector('body[data-redoc="ready"], body[data-redoc="error"]', { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** The spec's operations: [operationId, summary]. */
function operations(): [string, string][] {
  const document = loadSpecDocument() as unknown as { paths: Record<string, Record<string, { operationId: string; summary: string }>> };
  return Object.values(document.paths).flatMap((item) => Object.values(item).map((op): [string, string] => [op.operationId, op.summary]));
}

describe('the docs page', () => {
  it('renders the six operations of the contract with Redoc', async () => {
    expect(await page.evaluate(() => document.body.dataset.redoc)).toBe('ready');
    const listed = operations();
    expect(listed).toHaveLength(6);
    for (const [operationId, summary] of listed) {
      const heading = page.locator(`[data-section-id="operation/${operationId}"] h2`).first();
      expect((await heading.textContent())?.trim()).toBe(summary);
      // ... and the side menu links to it.
      expect(await page.locator(`li[data-item-id$="operation/${operationId}"]`).count()).toBe(1);
    }
    await saveScreenshot(page, 'docs', { fullPage: false });
  });

  it('loads everything from the mock: no CDN, works offline', () => {
    const outside = requested.filter((url) => !url.startsWith(`${mock.url}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(requested).toContain(`${mock.url}/docs/redoc.standalone.js`);
    expect(requested).toContain(`${mock.url}/openapi.json`);
  });

  it('documents every mock control: Prefer tokens, the prompt tag, time, admin routes and CLI options', async () => {
    const text = (await page.locator('#mock-controls').textContent()) ?? '';
    for (const token of [...OUTCOMES, ...JOB_ERROR_CODES, 'Prefer', '[mock:', '/__mock/clock/advance', 'time-scale']) {
      expect(text, token).toContain(token);
    }
    for (const control of MOCK_CONTROLS) expect(text, control.key).toContain(control.effect.replaceAll('`', ''));
    for (const route of adminRouteList()) expect(text, route).toContain(route);
    for (const flag of FLAGS) expect(text, flag.name).toContain(`--${flag.name}`);
  });

  it('links to the mock controls from the top bar', async () => {
    await page.click('.topbar a[href="#mock-controls"]');
    await page.waitForFunction(() => Math.abs(document.getElementById('mock-controls')!.getBoundingClientRect().top - 44) < 4);
    expect(await page.locator('#mock-controls h2').isVisible()).toBe(true);
    await saveScreenshot(page, 'docs-mock-controls', { fullPage: false });
  });

  it('raised no uncaught errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
