import { afterEach, describe, expect, it, vi } from 'vitest';
import { normaliseClientOptions } from '../../src/client/client-options.js';
import {
  createVideoClient,
  DEFAULT_BASE_URL,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUT_MS,
} from '../../src/client/index.js';
import { defaultSleep } from '../../src/client/internal/default-sleep.js';

describe('normaliseClientOptions', () => {
  it('applies the defaults of the official SDKs', () => {
    const settings = normaliseClientOptions({ apiKey: 'xai-key-123456' });
    expect(settings).toMatchObject({
      baseUrl: 'https://api.x.ai',
      pollIntervalMs: 5_000,
      timeoutMs: 600_000,
      retry: { limit: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 },
    });
    expect([DEFAULT_BASE_URL, DEFAULT_POLL_INTERVAL_MS, DEFAULT_TIMEOUT_MS]).toEqual(['https://api.x.ai', 5_000, 600_000]);
    expect(settings.io.now).toBe(Date.now);
    expect(settings.io.random).toBe(Math.random);
    expect(settings.io.sleep).toBe(defaultSleep);
  });

  it('merges partial retry overrides over the defaults', () => {
    expect(normaliseClientOptions({ apiKey: 'k', retry: { limit: 1 } }).retry).toEqual({ ...DEFAULT_RETRY_POLICY, limit: 1 });
  });

  it.each([
    [{ apiKey: '' }, TypeError],
    [{ apiKey: '   ' }, TypeError],
    [{ apiKey: 'k', pollIntervalMs: 0 }, RangeError],
    [{ apiKey: 'k', pollIntervalMs: -5 }, RangeError],
    [{ apiKey: 'k', timeoutMs: Number.NaN }, RangeError],
    [{ apiKey: 'k', timeoutMs: Infinity }, RangeError],
  ])('refuses %j', (options, errorClass) => {
    expect(() => normaliseClientOptions(options)).toThrow(errorClass);
  });

  it('uses globalThis.fetch at call time when no fetch is given (so mocks installed later apply)', async () => {
    const client = createVideoClient({ apiKey: 'xai-key-123456', baseUrl: 'https://api.test.invalid' });
    const stub = vi.fn(async () => new Response(JSON.stringify({ request_id: 'late' }), { status: 200 }));
    vi.stubGlobal('fetch', stub);
    try {
      await expect(client.createGeneration({ prompt: 'x' })).resolves.toMatchObject({ requestId: 'late' });
      expect(stub).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('defaultSleep', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the delay', async () => {
    vi.useFakeTimers();
    let done = false;
    const sleeping = defaultSleep(5_000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it('rejects with the reason when aborted mid-sleep, and clears its timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const sleeping = defaultSleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('already'));
    await expect(defaultSleep(60_000, controller.signal)).rejects.toThrow('already');
  });
});
