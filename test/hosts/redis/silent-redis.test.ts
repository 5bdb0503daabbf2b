// The shared store's timeouts against a Redis that accepts connections and never answers
// (a silent TCP server, so no redis-server is needed): start-up ends on the command
// timeout given (the handshake's commands, then the ready check) or on the connect timeout
// given, whichever comes first; the store is degraded, logged once, and polls are answered
// from memory. On faked timers, nothing gives up a millisecond before the timeout given,
// which the defaults (250 ms, 1 s) would have.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../../src/hosts/index.js';
import { type OpenedRedisStore, openRedisStore } from '../../../src/hosts/redis/index.js';
import { type SilentServer, startSilentServer } from '../../support/silent-tcp-server.js';

let silent: SilentServer;
const opened: OpenedRedisStore[] = [];
const lines: string[] = [];
const log = { degraded: (reason: string) => lines.push(`degraded: ${reason}`), recovered: () => lines.push('recovered') };

// The waits are silent.quiet(): the client has sent what it sends at once and waits, by
// its bytes alone, whatever commands they are (ioredis's handshake, then its ready check).
// The first start-up in a process sends its last handshake command later than the others,
// after a file read (ioredis reads its own package.json, once, for CLIENT SETINFO LIB-VER),
// which one quiet turn would not wait for: one start-up on real timers first, so that each
// test's start-up sends all at once.
beforeAll(async () => {
  const warm = await startSilentServer();
  const quietLog = { degraded: () => undefined, recovered: () => undefined };
  const started = await openRedisStore({
    url: warm.url,
    prefix: 'silent-test:',
    log: quietLog,
    commandTimeoutMs: 10,
    connectTimeoutMs: 600_000,
  });
  await started.close();
  await warm.close();
});

beforeEach(async () => {
  lines.length = 0;
  silent = await startSilentServer();
});
afterEach(async () => {
  vi.useRealTimers(); // drops ioredis's faked reconnection timer with the rest
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await silent.close();
});

/** openRedisStore on the silent server, its result kept for closing. */
function open(commandTimeoutMs: number, connectTimeoutMs: number) {
  const opening = openRedisStore({ url: silent.url, prefix: 'silent-test:', log, commandTimeoutMs, connectTimeoutMs });
  const state = { done: false };
  void opening.then((store) => {
    opened.push(store);
    state.done = true;
  });
  return { opening, state };
}

describe('a Redis that accepts connections and never answers', () => {
  it('start-up ends on the command timeout: degraded, logged once, polls answered from memory', async () => {
    const { store } = await open(10, 600_000).opening; // a 10 minute connect timeout: the commands' timeout ended it
    expect(lines).toEqual(['degraded: Command timed out']);
    expect(store.health()).toMatchObject({ kind: 'redis', status: 'degraded', reason: 'Command timed out' });
    expect([await store.countPoll('job'), await store.countPoll('job')]).toEqual([1, 2]);
    expect(await store.advanceClock(3000)).toBe(3000);
    expect(lines).toHaveLength(1);
  });

  it('waits the command timeout given, not the default, before answering from memory', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { opening, state } = open(5000, 600_000);
    await silent.quiet(); // the handshake is sent: its commands' timeouts run from now
    await vi.advanceTimersByTimeAsync(4999);
    expect(lines).toEqual([]); // 250 ms would have failed the handshake and the ready check by now
    await vi.advanceTimersByTimeAsync(1); // the handshake gives up; the ready check is sent
    await silent.quiet(); // its timeout runs from now
    await vi.advanceTimersByTimeAsync(4999);
    expect([lines, state.done]).toEqual([[], false]);
    await vi.advanceTimersByTimeAsync(1);
    const { store } = await opening;
    expect(lines).toEqual(['degraded: Command timed out']);
    expect(await store.countPoll('job')).toBe(1);
    expect(store.health()).toMatchObject({ status: 'degraded' });
  });

  it('starts degraded after the connect timeout given, though a command would wait a minute', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { opening, state } = open(60_000, 5000);
    await silent.quiet();
    await vi.advanceTimersByTimeAsync(4999);
    expect([lines, state.done]).toEqual([[], false]); // 1 s would have ended start-up by now
    await vi.advanceTimersByTimeAsync(1);
    const { store } = await opening;
    expect(lines).toEqual(['degraded: redis did not answer within the connect timeout (5000 ms)']);
    expect([await store.countPoll('job'), await store.countPoll('job')]).toEqual([1, 2]);
    expect(store.health()).toMatchObject({ status: 'degraded', reason: expect.stringContaining('connect timeout') });
    expect(lines).toHaveLength(1);
  });

  it('startMockServer hands both options to the store, and answers degraded', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const logged: string[] = [];
    const starting = startMockServer({
      port: 0,
      grpcPort: false,
      quiet: true,
      redisUrl: silent.url,
      redisCommandTimeoutMs: 5000,
      redisConnectTimeoutMs: 7000,
      log: (line) => logged.push(line),
    });
    let mock: RunningMockServer | undefined;
    try {
      await silent.quiet(); // the handshake is sent
      await vi.advanceTimersByTimeAsync(5000); // the handshake gives up: the command timeout reached the store
      await silent.quiet(); // the ready check is sent
      await vi.advanceTimersByTimeAsync(1999);
      expect(logged).toEqual([]); // neither default (250 ms, 1 s) is in use
      await vi.advanceTimersByTimeAsync(1);
      mock = await starting;
      vi.useRealTimers();
      const health = await (await fetch(`${mock.url}/__mock/health`)).json();
      expect(health).toMatchObject({ status: 'degraded', store: { kind: 'redis', status: 'degraded' } });
      expect(logged.map((line) => JSON.parse(line))).toEqual([
        expect.objectContaining({ level: 'warn', reason: 'redis did not answer within the connect timeout (7000 ms)' }),
      ]);
    } finally {
      vi.useRealTimers();
      // Not started (a failed check): it starts once the silent server closes its sockets.
      if (mock) await mock.close();
      else void starting.then((started) => started.close());
    }
  });
});
