// One headless Chromium (Debian's, through playwright-core) per test file, with the
// flags that keep it quiet on a closed network, an empty profile, and helpers for
// screenshots under test/artifacts/browser/ (ignored by git).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium, throwAwayProfile } from '../../support/chromium-profile.js';

export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));

export interface TestBrowser {
  context: BrowserContext;
  /**
   * Uncaught exceptions and console errors of every page, for a "no errors" assertion.
   * Chromium's own "Failed to load resource" lines are left out: the error tests ask
   * the mock for 4xx/5xx answers on purpose.
   */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchChromium(): Promise<TestBrowser> {
  requireChromium();
  const profile = throwAwayProfile('browser-test-');
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: profile.env,
    viewport: { width: 1180, height: 820 },
  });
  context.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  context.on('page', (page) => watchErrors(page, pageErrors));
  for (const page of context.pages()) watchErrors(page, pageErrors);
  return {
    context,
    pageErrors,
    close: async () => {
      await context.close();
      profile.remove();
    },
  };
}

function watchErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) into.push(`console: ${message.text()}`);
  });
}

/**
 * Saves a PNG of the page under test/artifacts/browser/<name>.png and returns its path.
 * The whole page by default; `fullPage: false` for long pages (the docs) keeps the viewport.
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
