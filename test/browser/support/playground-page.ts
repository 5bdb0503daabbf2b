// Drives the playground page like a user: fill the form, press Run, read what it shows.
import type { Page, Request } from 'playwright-core';

export interface JobSettings {
  operation?: 'generate' | 'extend' | 'edit';
  prompt?: string;
  /** For generations (extensions and edits get the model that serves them). */
  model?: string;
  /** '' for the API's default. */
  aspectRatio?: string;
  duration?: number;
  resolution?: string;
  outcome?: string;
  errorCode?: string;
  timing?: string;
  sourceUrl?: string;
}

const DEFAULTS: Required<Omit<JobSettings, 'sourceUrl'>> = {
  operation: 'generate',
  prompt: 'A red balloon drifting over a calm lake at dawn',
  model: 'grok-imagine-video',
  aspectRatio: '',
  duration: 2,
  resolution: '480p',
  outcome: 'done',
  errorCode: 'internal_error',
  timing: '',
};

/** Sets every field a test cares about, so tests sharing one page do not leak settings. */
export async function configure(page: Page, settings: JobSettings = {}): Promise<void> {
  const s = { ...DEFAULTS, ...settings };
  await page.check(`input[name="operation"][value="${s.operation}"]`);
  await page.fill('textarea[name="prompt"]', s.prompt);
  if (s.operation !== 'edit') await page.fill('input[name="duration"]', String(s.duration));
  if (s.operation === 'generate') {
    await page.selectOption('select[name="model"]', s.model);
    await page.selectOption('select[name="resolution"]', s.resolution);
    if (await page.isEnabled('select[name="aspectRatio"]')) await page.selectOption('select[name="aspectRatio"]', s.aspectRatio);
  }
  await page.selectOption('select[name="outcome"]', s.outcome);
  if (s.outcome === 'failed') await page.selectOption('select[name="errorCode"]', s.errorCode);
  await page.selectOption('select[name="timing"]', s.timing);
  if (settings.sourceUrl !== undefined) await page.fill('input[name="sourceUrl"]', settings.sourceUrl);
}

const FINAL = 'body[data-state="done"], body[data-state="error"]';

/** Presses Run and waits for the outcome; returns the create request the page sent. */
export async function runJob(page: Page, timeoutMs = 10_000): Promise<{ state: string; request: Request }> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && /\/v1\/videos\/(generations|extensions|edits)$/.test(r.url())),
    page.click('#run'),
  ]);
  await page.waitForSelector(FINAL, { timeout: timeoutMs });
  return { state: await page.evaluate(() => document.body.dataset.state ?? ''), request };
}

/** The label → value rows of a `<dl>` on the page. */
export function facts(page: Page, selector: string): Promise<Record<string, string>> {
  return page.$$eval(`${selector} dd[data-fact]`, (cells) =>
    Object.fromEntries(cells.map((cell) => [(cell as HTMLElement).dataset.fact ?? '', cell.textContent ?? ''])),
  );
}

export interface ShownError {
  kind: string;
  title: string;
  facts: Record<string, string>;
}

export async function shownError(page: Page): Promise<ShownError> {
  const panel = page.locator('#error');
  return {
    kind: (await panel.getAttribute('data-kind')) ?? '',
    title: (await panel.locator('h3').textContent()) ?? '',
    facts: await facts(page, '#error'),
  };
}

export interface SelectOption {
  value: string;
  label: string;
  disabled: boolean;
}

/** The options of a select, as the user sees them. */
export function selectOptions(page: Page, name: string): Promise<SelectOption[]> {
  return page.$$eval(`select[name="${name}"] option`, (options) =>
    options.map((o) => ({
      value: (o as HTMLOptionElement).value,
      label: o.textContent ?? '',
      disabled: (o as HTMLOptionElement).disabled,
    })),
  );
}

/** The values a user can pick in a select. */
export async function enabledValues(page: Page, name: string): Promise<string[]> {
  return (await selectOptions(page, name)).filter((option) => !option.disabled).map((option) => option.value);
}

/** Waits until the <video> has decoded a frame, then reports what the element knows. */
export async function videoState(page: Page) {
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
  return page.$eval('video', (video) => ({
    duration: video.duration,
    readyState: video.readyState,
    src: video.currentSrc,
    canPlayH264: video.canPlayType('video/mp4; codecs="avc1.42E01E"'),
  }));
}
