// Fault injection (off by default, seeded) and live-style rate limiting.
import { describe, expect, it } from 'vitest';
import { startMockServer, type MockServerOptions } from '../../src/hosts/index.js';
import { call, createJob, poll, post } from './mock-test-kit.js';

async function withMock<T>(options: MockServerOptions, run: (url: string) => Promise<T>): Promise<T> {
  const server = await startMockServer({ port: 0, quiet: true, strict: true, ...options });
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

async function statuses(url: string, n: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await post(url, '/v1/videos/generations', { prompt: 'a' })).status);
  return seen;
}

describe('error faults', () => {
  it('are off by default', async () => {
    await withMock({}, async (url) => expect(new Set(await statuses(url, 20))).toEqual(new Set([200])));
  });

  it('are seeded: the same seed gives the same sequence, another seed another one', async () => {
    const faults = { errorRate: 0.5, errorStatuses: [500, 503, 529] };
    const a = await withMock({ faults: { ...faults, seed: 7 } }, (url) => statuses(url, 30));
    const b = await withMock({ faults: { ...faults, seed: 7 } }, (url) => statuses(url, 30));
    const c = await withMock({ faults: { ...faults, seed: 8 } }, (url) => statuses(url, 30));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set(a)).toEqual(new Set([200, 500, 503, 529]));
  });

  it('answer in the live error shape, 429 and 529 with Retry-After', async () => {
    await withMock({ faults: { errorRate: 1, errorStatuses: [429] } }, async (url) => {
      const limited = await post(url, '/v1/videos/generations', { prompt: 'a' });
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('resource-exhausted');
      expect(limited.headers.get('retry-after')).toBe('1');
    });
  });

  it('hit polls too, and the admin surface never', async () => {
    await withMock({ faults: { errorRate: 1, errorStatuses: [503] } }, async (url) => {
      expect((await poll(url, 'd97415a1-5796-b7ec-379f-4e6819e08fdf')).status).toBe(503);
      expect((await call(`${url}/__mock/health`)).status).toBe(200);
    });
  });

  it('latency delays answers but not their content', async () => {
    await withMock({ faults: { latencyMs: [30, 40] } }, async (url) => {
      const started = performance.now();
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' })).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(29);
    });
  });

  it('connection resets drop the socket without an answer', async () => {
    await withMock({ faults: { resetRate: 1 } }, async (url) => {
      await expect(
        fetch(`${url}/v1/videos/d97415a1-5796-b7ec-379f-4e6819e08fdf`, { headers: { authorization: 'Bearer k' } }),
      ).rejects.toThrow();
    });
  });
});

describe('live-style rate limit', () => {
  it('allows 1 create per second per key per model, with Retry-After', async () => {
    await withMock({ rateLimit: { perSecond: 1 } }, async (url) => {
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' })).status).toBe(200);
      const second = await post(url, '/v1/videos/generations', { prompt: 'a' });
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('1');
      // Another model and another key have their own budgets.
      expect((await post(url, '/v1/videos/generations', { prompt: 'a', model: 'grok-imagine-video-1.5' })).status).toBe(200);
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' }, { authorization: 'Bearer other' })).status).toBe(200);
    });
  });

  it('counts polls only when asked to', async () => {
    await withMock({ rateLimit: { perSecond: 1, includePolls: true }, timing: 'instant' }, async (url) => {
      const id = await createJob(url);
      expect((await poll(url, id)).status).toBe(200);
      expect((await poll(url, id)).status).toBe(429);
    });
  });
});
