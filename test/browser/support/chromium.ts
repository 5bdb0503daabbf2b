// One headless Chromium (Debian's, through playwright-core) per test file, with the
// flags that keep it quiet on a closed network, an empty profile, and helpers for
// screenshots under test/artifacts/browser/ (ignored by git).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
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
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  // launchPersistentContext passes this new, empty directory as --user-data-dir.
  const profile = mkdtempSync(join(tmpdir(), 'browser-test-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Playing audio loads libpulse, which keeps its runtime directory in TMPDIR (pulse-*)
    // when the machine has no XDG runtime dir: inside the profile, it goes with it. So does
    // Chromium's own scratch directory (.org.chromium.Chromium.*), left behind once in a
    // while when the browser is still shutting down as the suite ends.
    env: {
      ...process.env,
      XDG_RUNTIME_DIR: dirInProfile(profile, 'runtime'),
      PULSE_RUNTIME_PATH: join(profile, 'pulse'),
      TMPDIR: dirInProfile(profile, 'tmp'),
    },
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
      rmSync(profile, { recursive: true, force: true });
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

/** A folder inside the throw-away profile (the runtime dir, Chromium's TMPDIR): nothing Chromium starts writes elsewhere. */
function dirInProfile(profile: string, name: string): string {
  const dir = join(profile, name);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}
