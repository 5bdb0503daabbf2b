// Degraded mode: the shared store in front, this process's memory store behind it. When
// Redis answers, its answer counts; when it does not (down at start, gone later, slower
// than the command timeout), the same call is answered from memory, so a request never
// waits past the timeout and never becomes a 500. The switch each way is logged once and
// shown by health; the next call that Redis answers (or its reconnection) ends it.
// While degraded, Redis is tried at most once per `probeIntervalMs` (the other calls go to
// memory at once), so a Redis that holds connections without answering costs one timeout
// per interval, not one per request.
// The memory store keeps the last clock offset Redis gave, so a degraded process does not
// jump back in time; poll counts and the recent jobs start afresh in memory meanwhile.
import { createMemoryStore, type MockStore, type StoreHealth } from '../../server/index.js';
import type { RedisStore } from './redis-store.js';

export interface StoreStatusLog {
  degraded(reason: string): void;
  recovered(): void;
}

export interface ResilientStore extends MockStore {
  health(): StoreHealth;
  /** The last clock offset seen (from Redis, or this process's own while degraded). */
  lastClockOffsetMs(): number;
  /** Told by the connection's events, before any call notices. */
  markDegraded(reason: string): void;
  markOk(): void;
}

/** An error's message, short and without what follows a URL scheme (never a password). */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // ioredis's words for a command sent while disconnected, with the offline queue off.
  if (message.includes('enableOfflineQueue')) return 'not connected to redis';
  return message.replace(/rediss?:\/\/\S*/g, 'redis://…').slice(0, 200);
}

export interface ResilienceOptions {
  log: StoreStatusLog;
  /** Shown by health beside kind and status (the prefix). */
  details?: Record<string, unknown>;
  probeIntervalMs?: number;
  /** A monotonic clock for the probe interval (tests inject one). */
  now?: () => number;
}

export function createResilientStore(shared: RedisStore, options: ResilienceOptions): ResilientStore {
  const { log, details = {}, probeIntervalMs = 1000, now = () => performance.now() } = options;
  const local = createMemoryStore();
  let lastTry = Number.NEGATIVE_INFINITY;
  let status: StoreHealth['status'] = 'ok';
  let since = new Date().toISOString();
  let reason: string | undefined;

  const markDegraded = (why: string) => {
    if (status === 'degraded') return; // health keeps the reason that was logged
    reason = why;
    status = 'degraded';
    since = new Date().toISOString();
    log.degraded(why);
  };
  const markOk = () => {
    if (status === 'ok') return;
    status = 'ok';
    reason = undefined;
    since = new Date().toISOString();
    log.recovered();
  };
  const setLocalOffset = (offset: number) => {
    local.advanceClock(offset - local.clockOffsetMs());
    return offset;
  };

  /** Redis's answer, or memory's when Redis fails. */
  function either<T>(fromShared: () => Promise<T>, fromLocal: () => T): Promise<T> {
    const at = now();
    if (status === 'degraded' && at - lastTry < probeIntervalMs) return Promise.resolve(fromLocal());
    lastTry = at;
    return new Promise<T>((resolve) => resolve(fromShared())).then(
      (value) => {
        markOk();
        return value;
      },
      (error: unknown) => {
        markDegraded(reasonOf(error));
        return fromLocal();
      },
    );
  }

  return {
    countPoll: (requestId) =>
      either(
        () => shared.countPoll(requestId),
        () => local.countPoll(requestId),
      ),
    addRecentJob: (job) =>
      either(
        () => shared.addRecentJob(job),
        () => local.addRecentJob(job),
      ),
    recentJobs: () => either(shared.recentJobs, local.recentJobs),
    clockOffsetMs: () => either(() => shared.clockOffsetMs().then(setLocalOffset), local.clockOffsetMs),
    advanceClock: (ms) => {
      // Applied here at once (a caller's synchronous clock sees it), then Redis's sum wins.
      const mine = local.advanceClock(ms);
      return either(
        () => shared.advanceClock(ms).then(setLocalOffset),
        () => mine,
      );
    },
    takeRateLimit: (bucket, nowMs, spacingMs) =>
      either(
        () => shared.takeRateLimit(bucket, nowMs, spacingMs),
        () => local.takeRateLimit(bucket, nowMs, spacingMs),
      ),
    reset: () => {
      local.reset();
      return either(shared.reset, () => undefined);
    },
    health: () => ({ kind: 'redis', status, since, ...details, ...(reason !== undefined && { reason }) }),
    lastClockOffsetMs: () => local.clockOffsetMs(),
    markDegraded,
    markOk,
  };
}
