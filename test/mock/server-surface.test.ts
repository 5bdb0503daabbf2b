// CORS for browsers, the access log, and the admin surface.
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/mock/index.js';
import { AUTH, call, createJob, poll, post, useMock } from './mock-test-kit.js';

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

describe('access log', () => {
  it('writes one JSON line per request with method, path, status, request_id and duration', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ port: 0, log: (line) => lines.push(line), timing: 'instant' });
    let id = '';
    try {
      id = await createJob(server.url);
      await poll(server.url, id);
      await call(`${server.url}/nope`);
    } finally {
      await server.close();
    }
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      method: 'POST',
      path: '/v1/videos/generations',
      status: 200,
      request_id: id,
      duration_ms: expect.any(Number),
    });
    expect(entries[1]).toMatchObject({ method: 'GET', status: 200, request_id: entries[0].request_id });
    expect(entries[2]).toMatchObject({ method: 'GET', path: '/nope', status: 404 });
  });

  it('is silent with quiet', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ port: 0, log: (line) => lines.push(line), quiet: true });
    await call(`${server.url}/__mock/health`);
    await server.close();
    expect(lines).toEqual([]);
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
