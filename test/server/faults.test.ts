// Fault injection (off by default, seeded) and live-style rate limiting, in-process: the
// fault latency is recorded instead of slept, and rate limits run on the fake clock.
import { describe, expect, it } from 'vitest';
import type { MockOptions } from '../../src/hosts/index.js';
import { call, createJob, inProcessMock, poll, post } from './mock-kit.js';

async function withMock<T>(options: MockOptions, run: (url: string, mock: ReturnType<typeof inProcessMock>) => Promise<T>): Promise<T> {
  const mock = inProcessMock(options);
  return run(mock.url(), mock);
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

  it('start over after a reset: the dice are seeded again', async () => {
    await withMock({ faults: { errorRate: 0.5, seed: 3 } }, async (url) => {
      const first = await statuses(url, 12);
      await call(`${url}/__mock/reset`, { method: 'POST' });
      expect(await statuses(url, 12)).toEqual(first);
    });
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

  it('latency: every API answer waits a seeded delay from the range, and keeps its content', async () => {
    const slept: number[] = [];
    const sleep = async (ms: number) => void slept.push(ms);
    await withMock({ faults: { latencyMs: [30, 40] }, sleep }, async (url) => {
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' })).status).toBe(200);
      expect((await call(`${url}/__mock/health`)).status).toBe(200);
    });
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(30);
    expect(slept[0]).toBeLessThanOrEqual(40);
  });

  it('connection resets answer a network error instead of a response', async () => {
    await withMock({ faults: { resetRate: 1 } }, async (url) => {
      expect((await poll(url, 'd97415a1-5796-b7ec-379f-4e6819e08fdf')).type).toBe('error');
    });
  });
});

describe('live-style rate limit', () => {
  it('allows 1 create per second per key per model, with Retry-After, and frees up a second later', async () => {
    await withMock({ rateLimit: { perSecond: 1 } }, async (url, mock) => {
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' })).status).toBe(200);
      const second = await post(url, '/v1/videos/generations', { prompt: 'a' });
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('1');
      // Another model and another key have their own budgets.
      expect((await post(url, '/v1/videos/generations', { prompt: 'a', model: 'grok-imagine-video-1.5' })).status).toBe(200);
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' }, { authorization: 'Bearer other' })).status).toBe(200);
      mock.wallClock.advance(1000);
      expect((await post(url, '/v1/videos/generations', { prompt: 'a' })).status).toBe(200);
    });
  });

  it('counts polls only when asked to', async () => {
    await withMock({ rateLimit: { perSecond: 1, includePolls: true }, timing: 'instant' }, async (url) => {
      const id = await createJob(url);
      expect((await poll(url, id)).status).toBe(200);
      expect((await poll(url, id)).status).toBe(429);
    });
    await withMock({ rateLimit: { perSecond: 1 }, timing: 'instant' }, async (url) => {
      const id = await createJob(url);
      expect((await poll(url, id)).status).toBe(200);
      expect((await poll(url, id)).status).toBe(200);
    });
  });
});
