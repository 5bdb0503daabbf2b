// startMockServer with `redisUrl`: the programmatic face of the shared store. Two servers
// on one Redis share the clock both ways (the admin route and the returned `clock`),
// reset is shared and awaitable, health names the store, and a server whose Redis is not
// there starts anyway and answers degraded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../../src/hosts/index.js';
import { freePort } from '../../support/free-port.js';
import { startRedisServer, type RedisServer } from '../../support/redis-server.js';
import { findSystemTool } from '../../support/system-tool.js';

const redisServer = findSystemTool('redis-server', 'REDIS_SERVER_PATH', 'redis-server');
const AUTH = { authorization: 'Bearer node-host-key' };

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

describe.skipIf(!redisServer.path)('startMockServer({ redisUrl }) (real redis-server)', () => {
  let server: RedisServer;
  const running: RunningMockServer[] = [];
  const lines: string[] = [];
  const start = async (redisUrl: string) => {
    const mock = await startMockServer({
      port: 0,
      grpcPort: false,
      quiet: true,
      redisUrl,
      redisPrefix: 'node-host:',
      log: (line) => lines.push(line),
    });
    running.push(mock);
    return mock;
  };
  beforeAll(async () => {
    server = await startRedisServer(redisServer.path!);
  });
  afterAll(async () => {
    await Promise.all(running.map((mock) => mock.close()));
    await server?.close();
  });

  it('shares the clock between two servers, through the admin route and through the returned clock', async () => {
    const [a, b] = [await start(server.url), await start(server.url)];
    await a.reset();
    const advanced = await json(`${b.url}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"seconds": 5}',
    });
    expect(advanced).toMatchObject({ status: 200, body: { offset_ms: 5000 } });
    const health = await json(`${a.url}/__mock/health`);
    expect(health.body).toMatchObject({
      status: 'ok',
      clock: { offset_ms: 5000 },
      store: { kind: 'redis', status: 'ok', prefix: 'node-host:' },
    });
    expect(a.clock.offsetMs()).toBe(5000); // what this process last read
    expect(lines.filter((line) => line.includes('"msg":"shared store connected"'))).toHaveLength(2);
    a.clock.advance(1000);
    expect(a.clock.offsetMs()).toBe(6000); // at once here, and for b once Redis has it
    for (let attempt = 0; (await json(`${b.url}/__mock/clock`)).body.offset_ms !== 6000; attempt++) {
      expect(attempt).toBeLessThan(100);
    }
  });

  it('reset through one server clears what the other created', async () => {
    const [a, b] = [await start(server.url), await start(server.url)];
    const created = await json(`${a.url}/v1/videos/generations`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{"prompt": "a"}',
    });
    expect((await json(`${b.url}/__mock/jobs`)).body.jobs.map((job: { request_id: string }) => job.request_id)).toContain(
      created.body.request_id,
    );
    await b.reset();
    expect((await json(`${a.url}/__mock/jobs`)).body.jobs).toEqual([]);
  });

  it('starts when Redis is not there, answers, and says degraded (logged once, even with quiet)', async () => {
    lines.length = 0;
    const mock = await start(`redis://127.0.0.1:${await freePort()}`);
    const created = await json(`${mock.url}/v1/videos/generations`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{"prompt": "a", "duration": 1}',
    });
    expect(created.status).toBe(200);
    expect((await json(`${mock.url}/v1/videos/${created.body.request_id}`, { headers: AUTH })).status).toBe(202);
    expect((await json(`${mock.url}/__mock/jobs`)).body.jobs).toHaveLength(1);
    expect((await json(`${mock.url}/__mock/health`)).body).toMatchObject({
      status: 'degraded',
      store: { kind: 'redis', status: 'degraded' },
    });
    expect(lines.filter((line) => line.includes('shared store unreachable'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('shared store connected'))).toEqual([]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', store: 'redis', prefix: 'node-host:', reason: expect.any(String) });
  });
});
