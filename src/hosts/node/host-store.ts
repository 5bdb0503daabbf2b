// The Node host's store: in memory, or on Redis when `redisUrl` is given (shared by every
// process on it), with the synchronous clock startMockServer hands its caller.
import type { Clock } from '../../lifecycle/index.js';
import { createMemoryStore, type MockStore, type NormalisedMockOptions } from '../../server/index.js';
import { memoryClock } from '../internal/memory-clock.js';

export interface HostStore {
  store: MockStore;
  /** Over a shared store: the offset this process last saw; `advance` moves every process. */
  clock: Clock;
  close(): Promise<void>;
}

/** The store's switches, one JSON line each (not the access log: `--quiet` keeps them). */
function statusLog(options: NormalisedMockOptions) {
  const line = (level: string, msg: string, extra: Record<string, unknown> = {}) =>
    options.log(JSON.stringify({ level, time: new Date().toISOString(), msg, store: 'redis', prefix: options.redisPrefix, ...extra }));
  return {
    connected: () => line('info', 'shared store connected'),
    degraded: (reason: string) => line('warn', 'shared store unreachable: answering from this process (degraded)', { reason }),
    recovered: () => line('info', 'shared store reachable again'),
  };
}

export async function openHostStore(options: NormalisedMockOptions): Promise<HostStore> {
  if (options.redisUrl === undefined) {
    const store = createMemoryStore();
    return { store, clock: memoryClock(store, options.now), close: async () => undefined };
  }
  const { openRedisStore } = await import('../redis/index.js');
  const log = statusLog(options);
  const opened = await openRedisStore({
    url: options.redisUrl,
    prefix: options.redisPrefix,
    commandTimeoutMs: options.redisCommandTimeoutMs,
    connectTimeoutMs: options.redisConnectTimeoutMs,
    log,
  });
  const { store } = opened;
  // Down at start is logged as a switch to degraded; up, it is said once here.
  if (store.health().status === 'ok') log.connected();
  const clock: Clock = {
    now: () => options.now() + store.lastClockOffsetMs(),
    advance: (ms) => void store.advanceClock(ms),
    reset: () => void store.advanceClock(-store.lastClockOffsetMs()),
    offsetMs: () => store.lastClockOffsetMs(),
  };
  return { store, clock, close: opened.close };
}
