// The job lifecycle over HTTP: pending with rising progress → done → expired, on the
// mock's clock; output durations, pricing, and the poll-count and instant modes.
import { describe, expect, it } from 'vitest';
import { createJob, poll, post, useMock } from './mock-kit.js';

const mock = useMock({ ttlSeconds: 3600 });

describe('a generation on the realistic clock', () => {
  it('is created at once with a UUID-shaped request_id', async () => {
    const created = await post(mock.url(), '/v1/videos/generations', { prompt: 'a cat' });
    expect(created.status).toBe(200);
    expect(created.body.request_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // x-request-id names the HTTP exchange (spec: XRequestId), not the job: a fresh UUID.
    const exchange = created.headers.get('x-request-id');
    expect(exchange).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(exchange).not.toBe(created.body.request_id);
  });

  it('answers 202 pending with progress that rises, then 200 done', async () => {
    const id = await createJob(mock.url(), { prompt: 'a cat', duration: 8 });
    const first = await poll(mock.url(), id);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ status: 'pending', progress: expect.any(Number) });
    mock.server().clock.advance(4000);
    const second = await poll(mock.url(), id);
    expect(second.status).toBe(202);
    expect(second.body.progress).toBeGreaterThan(first.body.progress);
    expect(second.body.progress).toBeLessThan(100);
    mock.server().clock.advance(60_000);
    const done = await poll(mock.url(), id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', progress: 100, model: 'grok-imagine-video' });
    expect(done.body.video).toEqual({
      url: expect.stringContaining(`/__mock/videos/xai-video-${id}.mp4`),
      duration: 8,
      respect_moderation: true,
    });
    // 8 s at 480p on the base model: $0.05/s → $0.40 = 4e9 ticks.
    expect(done.body.usage).toEqual({ cost_in_usd_ticks: 4_000_000_000 });
  });

  it('turns expired after the TTL', async () => {
    const id = await createJob(mock.url(), { prompt: 'a cat', duration: 1 }, 'timing=instant');
    expect((await poll(mock.url(), id)).body.status).toBe('done');
    mock.server().clock.advance(3600 * 1000 + 1);
    const expired = await poll(mock.url(), id);
    expect(expired.status).toBe(200);
    expect(expired.body).toEqual({ status: 'expired' });
  });

  it('answers 404 in the live error shape for ids it never issued', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'd97415a1-5796-b7ec-379f-4e6819e08fdf', 'not-an-id']) {
      const missing = await poll(mock.url(), id);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ code: 'not-found', error: expect.stringContaining('No video request') });
    }
  });
});

describe('output duration and price follow the live rules', () => {
  it('defaults a generation to 8 s at 480p 16:9', async () => {
    const id = await createJob(mock.url(), { prompt: 'a cat' }, 'timing=instant');
    expect((await poll(mock.url(), id)).body.video.duration).toBe(8);
  });

  it('prices by model, resolution and input images', async () => {
    const id = await createJob(
      mock.url(),
      { model: 'grok-imagine-video-1.5', prompt: 'a cat', duration: 2, resolution: '720p', image: { url: 'https://example.com/a.jpg' } },
      'timing=instant',
    );
    // 2 s × $0.14 + one image × $0.01 (the 1.5 model's image price) = $0.29
    expect((await poll(mock.url(), id)).body.usage.cost_in_usd_ticks).toBe(2_900_000_000);
  });

  it('makes an extension input + added (default 6) and an edit as long as its input', async () => {
    const source = await createJob(mock.url(), { prompt: 'a cat', duration: 5, resolution: '720p' }, 'timing=instant');
    const sourceUrl = (await poll(mock.url(), source)).body.video.url as string;
    const extension = await createJob(mock.url(), { prompt: 'more', video: { url: sourceUrl } }, 'timing=instant', '/v1/videos/extensions');
    const extended = (await poll(mock.url(), extension)).body;
    expect(extended.video.duration).toBe(11);
    // The extension bills the added 6 s at 720p: 6 × $0.07.
    expect(extended.usage.cost_in_usd_ticks).toBe(4_200_000_000);
    const longer = await createJob(
      mock.url(),
      { prompt: 'more', video: { url: sourceUrl }, duration: 10 },
      'timing=instant',
      '/v1/videos/extensions',
    );
    expect((await poll(mock.url(), longer)).body.video.duration).toBe(15);
    const edit = await createJob(mock.url(), { prompt: 'sepia', video: { url: sourceUrl } }, 'timing=instant', '/v1/videos/edits');
    expect((await poll(mock.url(), edit)).body.video.duration).toBe(5);
  });
});

describe('timing modes', () => {
  it('instant: done on the first poll', async () => {
    const id = await createJob(mock.url(), { prompt: 'a cat' }, 'timing=instant');
    expect((await poll(mock.url(), id)).status).toBe(200);
  });

  it('poll count: pending for N-1 polls with rising progress, done on the Nth, whatever the clock', async () => {
    const id = await createJob(mock.url(), { prompt: 'a cat' }, 'polls=3');
    const a = await poll(mock.url(), id);
    const b = await poll(mock.url(), id);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(b.body.progress).toBeGreaterThan(a.body.progress);
    expect((await poll(mock.url(), id)).body.status).toBe('done');
  });

  it('slow: still pending long after a realistic job would be done', async () => {
    const normal = await createJob(mock.url(), { prompt: 'a cat', duration: 1 });
    const slow = await createJob(mock.url(), { prompt: 'a cat', duration: 1 }, 'timing=slow');
    mock.server().clock.advance(10_000);
    expect((await poll(mock.url(), normal)).status).toBe(200);
    expect((await poll(mock.url(), slow)).status).toBe(202);
  });
});

describe('server-wide settings', () => {
  const fast = useMock({ timeScale: 1000 });
  const counted = useMock({ polls: 2 });
  const instant = useMock({ timing: 'instant' });

  it('time scale: a 1000x mock finishes a realistic 17 s job within a quarter second', async () => {
    const id = await createJob(fast.url(), { prompt: 'a cat', duration: 15, resolution: '720p' });
    fast.wallClock.advance(50);
    expect((await poll(fast.url(), id)).status).toBe(202);
    fast.wallClock.advance(200);
    expect((await poll(fast.url(), id)).status).toBe(200);
  });

  it('--polls applies to every job', async () => {
    const id = await createJob(counted.url(), { prompt: 'a cat' });
    expect((await poll(counted.url(), id)).status).toBe(202);
    expect((await poll(counted.url(), id)).status).toBe(200);
  });

  it('--timing instant applies to every job, and a request can still ask for realistic', async () => {
    const id = await createJob(instant.url(), { prompt: 'a cat' });
    expect((await poll(instant.url(), id)).status).toBe(200);
    const realistic = await createJob(instant.url(), { prompt: 'a cat' }, 'timing=realistic');
    expect((await poll(instant.url(), realistic)).status).toBe(202);
  });
});
