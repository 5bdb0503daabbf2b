// GET /docs in a real Chromium: Redoc (served by the mock, no CDN) renders the contract,
// with the capability table, and the mock-only controls as a section of the API reference page (in
// its side menu) that `/docs#mock-controls`, the link every control error cites, lands on.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/hosts/flags/parse-cli.js';
import { startMockServer, type RunningMockServer } from '../../src/hosts/index.js';
import { JOB_ERROR_CODES, OUTCOMES } from '../../src/lifecycle/index.js';
import { adminRouteList, MOCK_CONTROLS } from '../../src/server/index.js';
import { loadSpecDocument, modelCapabilityTable } from '../../src/spec/index.js';
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

/** Redoc's id of the mock controls' section (a trait tag, src/docs/docs-spec.ts). */
const SECTION = 'tag/Mock-controls';

/** Waits until the section's heading sits just under the sticky top bar (44 px), in view. */
async function sectionAtTop(on: Page): Promise<void> {
  await on.waitForFunction((id) => {
    const top = document.querySelector(`[data-section-id="${id}"]`)?.getBoundingClientRect().top;
    return top !== undefined && Math.abs(top - 44) < 4;
  }, SECTION);
  const heading = on.locator(`[data-section-id="${SECTION}"] h2`).first();
  expect((await heading.textContent())?.trim()).toBe('Mock controls');
  expect(await heading.isVisible()).toBe(true);
}

/**
 * Waits until the page stops growing (the same height twice, 250 ms apart): on a busy
 * machine Redoc is still laying out sections below the fold after it says "ready", and a
 * click's scroll target computed before that lands short of the section.
 */
async function layoutSettled(on: Page): Promise<void> {
  await on.waitForFunction(
    () => {
      const holder = window as unknown as { lastHeight?: number };
      const height = document.documentElement.scrollHeight;
      const same = holder.lastHeight === height;
      holder.lastHeight = height;
      return same;
    },
    undefined,
    { polling: 250 },
  );
}

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
    expect(requested).toContain(`${mock.url}/docs/openapi.json`);
  });

  it('documents every mock control: Prefer tokens, the prompt tag, time, admin routes and CLI options', async () => {
    const text = (await page.locator(`[data-section-id="${SECTION}"]`).textContent()) ?? '';
    for (const token of [...OUTCOMES, ...JOB_ERROR_CODES, 'Prefer', '[mock:', '/__mock/clock/advance', 'time-scale']) {
      expect(text, token).toContain(token);
    }
    for (const control of MOCK_CONTROLS) expect(text, control.key).toContain(control.effect.replaceAll('`', ''));
    for (const route of adminRouteList()) expect(text, route).toContain(route);
    for (const flag of FLAGS) expect(text, flag.name).toContain(`--${flag.name}`);
  });

  it('links to the mock controls from the top bar', async () => {
    await page.click('.topbar >> text=API reference');
    await page.waitForFunction(() => scrollY === 0);
    await page.click('.topbar >> text=Mock controls');
    await sectionAtTop(page);
  });

  it('has "Mock controls" in the side menu, after the operations, and the entry scrolls there', async () => {
    const items = await page.$$eval('.menu-content li[data-item-id]', (lis) => lis.map((li) => (li as HTMLElement).dataset.itemId));
    expect(items.at(-1)).toBe(SECTION);
    const entry = page.locator(`.menu-content li[data-item-id="${SECTION}"] > label`);
    expect((await entry.textContent())?.trim()).toBe('Mock controls');
    await page.click('.topbar >> text=API reference');
    await page.waitForFunction(() => scrollY === 0);
    await layoutSettled(page);
    await entry.click();
    await sectionAtTop(page);
  });

  it('shows the capability table in the API reference page, cell for cell as x-model-capabilities says, uncut', async () => {
    await page.locator('.menu-content li[data-item-id="section/Models"] > label').click();
    const table = await page.evaluate(() => {
      const element = document.querySelector('[data-section-id="section/Models"]')!.parentElement!.querySelector('table')!;
      const box = element.getBoundingClientRect();
      return {
        head: [...element.tHead!.rows[0]!.cells].map((cell) => cell.textContent),
        rows: [...element.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? '')),
        uncut: element.scrollWidth <= element.clientWidth && box.right <= innerWidth && box.top >= 0 && box.top < innerHeight,
      };
    });
    expect(table.head.slice(0, 3)).toEqual(['model', 'operations', 'resolutions']);
    expect(table.uncut).toBe(true);
    const usd = (n: number | undefined) => (n === undefined ? '–' : `$${n.toFixed(3).replace(/0$/, '')}`);
    const nouns = { generateVideo: 'generations', extendVideo: 'extensions', editVideo: 'edits' };
    const capabilities = modelCapabilityTable();
    expect(table.rows).toHaveLength(capabilities.length);
    capabilities.forEach((row, index) => {
      const [name, operations, resolutions, , inputs, , perSecond, perImage] = table.rows[index]!;
      expect(name).toBe([row.id, ...row.aliases.map((alias) => `(alias ${alias})`)].join(' '));
      expect(operations).toBe(
        Object.keys(row.operations)
          .map((id) => nouns[id as keyof typeof nouns])
          .join(', '),
      );
      expect(resolutions).toBe(
        Object.entries(row.resolutions)
          .map(([r, kind]) => (kind === 'native' ? r : `${r} (${kind})`))
          .join(', '),
      );
      for (const [input, allowed] of Object.entries(row.inputs))
        expect(inputs?.includes(input), `${row.id} ${input}`).toBe(allowed !== false);
      expect(perSecond).toBe((['480p', '720p', '1080p'] as const).map((r) => usd(row.usd_per_second[r])).join(' / '));
      expect(perImage).toBe(usd(row.usd_per_input_image));
    });
    await saveScreenshot(page, 'docs-capability-table', { fullPage: false });
  });

  it('lands on the mock controls when opened at the link a control error cites, once Redoc has rendered', async () => {
    const answer = await fetch(`${mock.url}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json', prefer: 'outcome=sideways' },
      body: JSON.stringify({ prompt: 'a cat' }),
    });
    const { error } = (await answer.json()) as { error: string };
    const cited = /GET (\/docs#[\w-]+)/.exec(error)?.[1];
    expect(cited).toBe('/docs#mock-controls');
    const fresh = await browser.context.newPage();
    await fresh.goto(`${mock.url}${cited}`);
    await fresh.waitForSelector('body[data-redoc="ready"]', { timeout: 15_000 });
    await sectionAtTop(fresh);
    expect(await fresh.locator(`.menu-content li[data-item-id="${SECTION}"] > label`).getAttribute('class')).toMatch(/\bactive\b/);
    await saveScreenshot(fresh, 'docs-mock-controls', { fullPage: false });
    await fresh.close();
  });

  it('raised no uncaught errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
