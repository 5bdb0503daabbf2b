// The Redis store against a real redis-server: what several mock processes rely on when
// they share one Redis. Updates from two connections at once all count (no lost update),
// the rate-limit bucket answers like the memory store's for any sequence of requests,
// every key sits under the prefix and expires, and reset deletes only the prefix's keys.
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStore } from '../../../src/hosts/redis/index.js';
import { createMemoryStore } from '../../../src/server/index.js';
import { startRedisServer, type RedisServer } from '../../support/redis-server.js';
import { findSystemTool } from '../../support/system-tool.js';

const redisServer = findSystemTool('redis-server', 'REDIS_SERVER_PATH', 'redis-server');
const PREFIX = 'test-mock:';
const DAY_MS = 24 * 60 * 60 * 1000;

describe.skipIf(!redisServer.path)('the Redis store (real redis-server)', () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  };
  let inspect: Redis;
  let a: RedisStore;
  let b: RedisStore;

  beforeAll(async () => {
    server = await startRedisServer(redisServer.path!);
    inspect = connect();
    a = createRedisStore(connect(), { prefix: PREFIX, recentJobs: 5 });
    b = createRedisStore(connect(), { prefix: PREFIX, recentJobs: 5 });
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server?.close();
  });
  beforeEach(async () => {
    await inspect.flushall();
  });

  it('counts the polls of two processes polling one job at once: every poll once, none lost', async () => {
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).countPoll('job-1')));
    expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await a.countPoll('job-2')).toBe(1);
  });

  it('adds polls counted elsewhere (a write-back) to the same count, with the idle expiry', async () => {
    await a.countPoll('job-3');
    expect(await b.addPolls('job-3', 4)).toBe(5);
    expect(await a.countPoll('job-3')).toBe(6);
    const keys = await inspect.keys('*job-3*');
    expect(keys).toHaveLength(1);
    expect(await inspect.pttl(keys[0]!)).toBeGreaterThan(0);
  });

  it('keeps the recent jobs of both processes, newest first, bounded like the memory store', async () => {
    for (let i = 1; i <= 7; i++) {
      await (i % 2 ? a : b).addRecentJob({ request_id: `job-${i}`, operation: 'generation', created_at: `t${i}` });
    }
    const ids = (await b.recentJobs()).map((job) => job.request_id);
    expect(ids).toEqual(['job-7', 'job-6', 'job-5', 'job-4', 'job-3']);
    expect(await inspect.llen(`${PREFIX}recent-jobs`)).toBe(5);
  });

  it('skips a recent-jobs line that is not one of ours instead of failing the list', async () => {
    await a.addRecentJob({ request_id: 'job-1', operation: 'generation', created_at: 't' });
    await inspect.lpush(`${PREFIX}recent-jobs`, 'not json', '{"other":1}');
    expect((await a.recentJobs()).map((job) => job.request_id)).toEqual(['job-1']);
  });

  it('shares the clock offset: advances from both processes add up, fractions included', async () => {
    expect(await a.clockOffsetMs()).toBe(0);
    await Promise.all([a.advanceClock(1000), b.advanceClock(2500.5), a.advanceClock(500)]);
    expect(await b.clockOffsetMs()).toBe(4000.5);
    expect(await a.advanceClock(-4000.5)).toBe(0);
  });

  it('lets one request per spacing through a bucket, whichever process takes it', async () => {
    const now = Date.UTC(2026, 5, 1);
    const taken = await Promise.all([a.takeRateLimit('model\u0000key', now, 1000), b.takeRateLimit('model\u0000key', now, 1000)]);
    expect([...taken].sort((x, y) => x - y)).toEqual([0, 1000]);
    expect(await a.takeRateLimit('model\u0000key', now + 400, 1000)).toBe(600);
    expect(await b.takeRateLimit('model\u0000key', now + 1000, 1000)).toBe(0);
    expect(await b.takeRateLimit('model\u0000other-key', now + 1000, 1000)).toBe(0);
  });

  it('answers a bucket like the memory store for any sequence of requests', async () => {
    const step = fc.record({ bucket: fc.constantFrom('m\u0000k1', 'm\u0000k2', 'poll\u0000k1'), advanceMs: fc.nat(1500) });
    const spacing = fc.constantFrom(1000, 333.3333333333333, 250, 1);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), spacing, async (steps, spacingMs) => {
        await inspect.flushall();
        const memory = createMemoryStore();
        let now = Date.UTC(2026, 5, 1);
        for (const { bucket, advanceMs } of steps) {
          now += advanceMs;
          expect(await a.takeRateLimit(bucket, now, spacingMs)).toBe(memory.takeRateLimit(bucket, now, spacingMs));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('writes every key under the prefix, never an API key in a key name, and every key expires', async () => {
    await a.countPoll('job-1');
    await a.addRecentJob({ request_id: 'job-1', operation: 'generation', created_at: 't' });
    await a.advanceClock(10);
    await a.takeRateLimit('grok-imagine-video\u0000xai-secret-key', Date.now(), 60_000);
    const keys = await inspect.keys('*');
    expect(keys).toHaveLength(4);
    for (const key of keys) {
      expect(key.startsWith(PREFIX)).toBe(true);
      expect(key).not.toContain('xai-secret-key');
      const ttl = await inspect.pttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(DAY_MS);
    }
    // The bucket lives as long as its spacing, not a day.
    expect(await inspect.pttl(keys.find((key) => key.includes(':rate:'))!)).toBeLessThanOrEqual(60_000);
  });

  it('keeps the clock from expiring while it is read (GETEX renews it)', async () => {
    await a.advanceClock(10);
    await inspect.pexpire(`${PREFIX}clock`, 5000);
    expect(await b.clockOffsetMs()).toBe(10);
    expect(await inspect.pttl(`${PREFIX}clock`)).toBeGreaterThan(5000);
  });

  it('reset deletes the prefix keys only: another deployment (a longer prefix too) and other keys stay', async () => {
    const staging = createRedisStore(connect(), { prefix: `${PREFIX}staging:` });
    await inspect.set('unrelated', '1');
    for (const store of [a, staging]) {
      await store.countPoll('job-1');
      await store.addRecentJob({ request_id: 'job-1', operation: 'generation', created_at: 't' });
      await store.advanceClock(10);
      await store.takeRateLimit('m\u0000k', Date.now(), 60_000);
    }
    // Many poll keys: reset walks SCAN's cursor to the end.
    await Promise.all(Array.from({ length: 2500 }, (_, i) => a.countPoll(`bulk-${i}`)));
    await a.reset();
    const left = (await inspect.keys('*')).sort();
    expect(left).toHaveLength(5);
    expect(left.filter((key) => !key.startsWith(`${PREFIX}staging:`))).toEqual(['unrelated']);
    expect(await a.clockOffsetMs()).toBe(0);
    expect(await staging.clockOffsetMs()).toBe(10);
  });
});
