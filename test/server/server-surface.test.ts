// CORS for browsers and the admin surface.
import { describe, expect, it } from 'vitest';
import { AUTH, call, createJob, poll, post, useMock } from './mock-kit.js';

const mock = useMock();

describe('CORS', () => {
  it('answers preflights and exposes x-request-id', async () => {
    const preflight = await call(`${mock.url()}/v1/videos/generations`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, prefer',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('prefer');
    const created = await post(mock.url(), '/v1/videos/generations', { prompt: 'a' }, { origin: 'http://localhost:5173' });
    expect(created.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });
});

describe('admin surface', () => {
  it('health, recent jobs with live status, clock advance and reset', async () => {
    expect((await call(`${mock.url()}/__mock/health`)).body).toMatchObject({ status: 'ok', settings: { timing: 'realistic' } });
    await call(`${mock.url()}/__mock/reset`, { method: 'POST' });
    const id = await createJob(mock.url(), { prompt: 'listed', duration: 1 });
    const listed = (await call(`${mock.url()}/__mock/jobs`)).body.jobs;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ request_id: id, operation: 'generation', status: 'pending' });
    const advanced = await call(`${mock.url()}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"seconds": 60}',
    });
    expect(advanced.body.offset_ms).toBeGreaterThanOrEqual(60_000);
    expect((await poll(mock.url(), id)).body.status).toBe('done');
    expect((await call(`${mock.url()}/__mock/jobs`)).body.jobs[0].status).toBe('done');
    await call(`${mock.url()}/__mock/reset`, { method: 'POST' });
    expect((await call(`${mock.url()}/__mock/jobs`)).body.jobs).toEqual([]);
    expect((await call(`${mock.url()}/__mock/clock`)).body.offset_ms).toBe(0);
    // Reset forgets the list, not the job: its id still carries its state.
    expect((await poll(mock.url(), id)).status).toBe(202);
  });

  it('rejects bad clock input and unknown admin routes in the error shape', async () => {
    const bad = await call(`${mock.url()}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"ms": -5}',
    });
    expect(bad.status).toBe(422);
    const unknown = await call(`${mock.url()}/__mock/teleport`, { headers: AUTH });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not-found');
  });
});
