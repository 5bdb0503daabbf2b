// Degraded mode against a real redis-server that is missing at start, crashes, or holds
// its connections without answering: every call still answers (from this process's
// memory), health says degraded with a reason that never holds the URL's password, the
// switch is logged once each way, and the store uses Redis again once it is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResilientStore, type OpenedRedisStore, openRedisStore, type RedisStore } from '../../../src/hosts/redis/index.js';
import { createMemoryStore } from '../../../src/server/index.js';
import { startRedisServer, type RedisServer } from '../../support/redis-server.js';
import { findSystemTool } from '../../support/system-tool.js';

const redisServer = findSystemTool('redis-server', 'REDIS_SERVER_PATH', 'redis-server');

/** Waits for a reconnection, which ioredis makes in real time: a bounded number of checks. */
async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never: ${what}`);
}

function opened(url: string) {
  const lines: string[] = [];
  const log = { degraded: (reason: string) => lines.push(`degraded: ${reason}`), recovered: () => lines.push('recovered') };
  return { lines, open: () => openRedisStore({ url, prefix: 'degraded-test:', log }) };
}

/** A stand-in for Redis on the memory store, that fails while `down` (or `failNext` more calls), and counts its calls. */
function switchableStore() {
  const inner = createMemoryStore();
  const state = { down: false, failNext: 0, calls: 0 };
  const later =
    <A extends unknown[], R>(method: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      state.calls++;
      if (state.failNext > 0) {
        state.failNext--;
        throw new Error('Command timed out');
      }
      if (state.down) throw new Error('Command timed out');
      return method(...args);
    };
  const addPolls = (requestId: string, count: number) => {
    let total = 0;
    for (let i = 0; i < count; i++) total = inner.countPoll(requestId);
    return total;
  };
  const store: RedisStore = {
    countPoll: later(inner.countPoll),
    addPolls: later(addPolls),
    addRecentJob: later(inner.addRecentJob),
    recentJobs: later(inner.recentJobs),
    clockOffsetMs: later(inner.clockOffsetMs),
    advanceClock: later(inner.advanceClock),
    takeRateLimit: later(inner.takeRateLimit),
    reset: later(inner.reset),
  };
  return { store, state, inner };
}

describe('degraded mode on an injected clock', () => {
  it('tries Redis once per probe interval while degraded, every call once it answers again', async () => {
    const { store: shared, state } = switchableStore();
    const lines: string[] = [];
    let nowMs = 0;
    const store = createResilientStore(shared, {
      log: { degraded: (reason) => lines.push(`degraded: ${reason}`), recovered: () => lines.push('recovered') },
      probeIntervalMs: 1000,
      now: () => nowMs,
    });
    expect(await store.advanceClock(500)).toBe(500);
    state.down = true;
    expect(await store.countPoll('job')).toBe(1); // tried, failed: memory's count
    expect(state.calls).toBe(2);
    nowMs = 999;
    expect([await store.countPoll('job'), await store.clockOffsetMs()]).toEqual([2, 500]);
    expect(state.calls).toBe(2); // within the interval: memory only
    nowMs = 1000;
    await store.countPoll('job');
    expect(state.calls).toBe(3); // one probe, still failing
    state.down = false;
    nowMs = 2000;
    expect(await store.countPoll('job')).toBe(1); // Redis's own count of it
    await store.synced(); // the 3 polls counted in memory meanwhile: one call
    expect([await store.countPoll('job'), state.calls]).toEqual([5, 6]);
    expect(lines).toEqual(['degraded: Command timed out', 'recovered']);
  });

  it('writes back what it recorded while degraded: the jobs created, the polls counted, the clock advanced', async () => {
    const { store: shared, state, inner } = switchableStore();
    let nowMs = 0;
    const store = createResilientStore(shared, { log: { degraded: () => {}, recovered: () => {} }, now: () => nowMs });
    await store.addRecentJob({ request_id: 'before', operation: 'generation', created_at: 't0' });
    state.down = true;
    for (const id of ['during-1', 'during-2']) await store.addRecentJob({ request_id: id, operation: 'generation', created_at: 't1' });
    await store.countPoll('polled');
    await store.countPoll('polled');
    expect(await store.advanceClock(30_000)).toBe(30_000); // this process's clock moves at once
    expect(inner.recentJobs().map((job) => job.request_id)).toEqual(['before']); // Redis saw none of it

    state.down = false;
    nowMs = 5000;
    expect(await store.clockOffsetMs()).toBe(0); // the call that finds Redis back: its answer, before the write-back
    await store.synced();
    expect(inner.recentJobs().map((job) => job.request_id)).toEqual(['during-2', 'during-1', 'before']);
    expect(inner.clockOffsetMs()).toBe(30_000);
    expect(await store.clockOffsetMs()).toBe(30_000);
    expect(await store.countPoll('polled')).toBe(3);
    expect(store.health().status).toBe('ok');
  });

  it('keeps what Redis refused during the write-back for the next recovery, and forgets it on a reset', async () => {
    const { store: shared, state, inner } = switchableStore();
    let nowMs = 0;
    const lines: string[] = [];
    const store = createResilientStore(shared, {
      log: { degraded: (reason) => lines.push(`degraded: ${reason}`), recovered: () => lines.push('recovered') },
      now: () => nowMs,
    });
    state.down = true;
    await store.addRecentJob({ request_id: 'kept', operation: 'edit', created_at: 't' });
    state.down = false;
    state.failNext = 0;
    nowMs = 1000;
    const answered = store.recentJobs(); // Redis answers this one ...
    state.failNext = 1; // ... and fails the write-back's first call
    await answered;
    await store.synced();
    expect(store.health().status).toBe('degraded');
    expect(inner.recentJobs()).toEqual([]);
    nowMs = 2000;
    await store.recentJobs();
    await store.synced();
    expect(inner.recentJobs().map((job) => job.request_id)).toEqual(['kept']);
    expect(lines).toEqual(['degraded: Command timed out', 'recovered', 'degraded: Command timed out', 'recovered']);

    state.down = true;
    nowMs = 3000;
    await store.addRecentJob({ request_id: 'forgotten', operation: 'edit', created_at: 't' });
    await store.reset(); // Redis down: memory reset, and nothing recorded is written back
    state.down = false;
    nowMs = 4000;
    await store.recentJobs();
    await store.synced();
    expect(inner.recentJobs().map((job) => job.request_id)).toEqual(['kept']);
  });
});

describe.skipIf(!redisServer.path)('the shared store when Redis is not there (real redis-server)', () => {
  let server: RedisServer;
  const stores: OpenedRedisStore[] = [];
  beforeAll(async () => {
    server = await startRedisServer(redisServer.path!);
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await server?.close();
  });

  it('starts without Redis, answers from memory, and moves to Redis once it is up', async () => {
    await server.kill();
    const { lines, open } = opened(server.url);
    const shared = await open();
    stores.push(shared);
    const { store } = shared;
    expect(store.health()).toMatchObject({ kind: 'redis', status: 'degraded', prefix: 'degraded-test:' });
    expect([await store.countPoll('job'), await store.countPoll('job')]).toEqual([1, 2]);
    expect(await store.advanceClock(5000)).toBe(5000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^degraded: /);

    await server.start();
    await eventually(() => store.health().status === 'ok', 'the store reconnects');
    expect(lines).toEqual([lines[0], 'recovered']);
    // Redis's state from now on, with what this process recorded meanwhile written back.
    await store.synced();
    expect(await store.clockOffsetMs()).toBe(5000);
    expect(await store.countPoll('job')).toBe(3);
    expect(store.health()).toEqual({ kind: 'redis', status: 'ok', since: expect.any(String), prefix: 'degraded-test:' });
  });

  it('keeps answering when Redis crashes: the last shared clock offset stays, one log line for many calls', async () => {
    const { lines, open } = opened(server.url);
    const shared = await open();
    stores.push(shared);
    const { store } = shared;
    await store.reset();
    await store.advanceClock(60_000);
    expect(await store.countPoll('job')).toBe(1);
    await server.kill();
    const answers = await Promise.all([store.clockOffsetMs(), store.countPoll('job'), store.takeRateLimit('m\u0000k', 1000, 1000)]);
    expect(answers).toEqual([60_000, 1, 0]);
    await store.addRecentJob({ request_id: 'job', operation: 'generation', created_at: 't' });
    expect(await store.recentJobs()).toEqual([{ request_id: 'job', operation: 'generation', created_at: 't' }]);
    expect(store.health()).toMatchObject({ status: 'degraded', reason: expect.any(String) });
    expect(lines).toHaveLength(1);

    await server.start();
    await eventually(async () => (await store.clockOffsetMs()) === 0 && store.health().status === 'ok', 'back on Redis');
    expect(lines.slice(1)).toEqual(['recovered']);
    // The restarted Redis is empty; the job created and the poll counted during the outage are written back.
    await store.synced();
    expect(await store.recentJobs()).toEqual([{ request_id: 'job', operation: 'generation', created_at: 't' }]);
    expect(await store.countPoll('job')).toBe(2);
  });

  it('answers from memory when Redis holds the connection but answers nothing (the command timeout)', async () => {
    const { lines, open } = opened(server.url);
    const shared = await open();
    stores.push(shared);
    const { store } = shared;
    await store.reset();
    expect(await store.countPoll('stalled')).toBe(1);
    await server.pause();
    try {
      expect(await store.countPoll('stalled')).toBe(1); // memory's first count of it
      expect(store.health()).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/timed out/i) });
    } finally {
      server.resume();
    }
    // Calls keep coming; one per probe interval tries Redis, and the first it answers ends it.
    await eventually(async () => {
      await store.countPoll('stalled');
      return store.health().status === 'ok';
    }, 'Redis answers again');
    expect(lines).toEqual([expect.stringMatching(/^degraded: /), 'recovered']);
  });

  it('never shows the password of the URL in health or in the log', async () => {
    const guarded = await startRedisServer(redisServer.path!, ['--requirepass', 'the-right-one']);
    try {
      const { lines, open } = opened(`redis://:hunter2-secret@127.0.0.1:${guarded.port}`);
      const shared = await open();
      stores.push(shared);
      expect(await shared.store.countPoll('job')).toBe(1);
      expect(shared.store.health()).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/WRONGPASS|NOAUTH|connect/) });
      expect(JSON.stringify(shared.store.health())).not.toContain('hunter2');
      expect(lines.join('\n')).not.toContain('hunter2');
    } finally {
      await guarded.close();
    }
  });
});
