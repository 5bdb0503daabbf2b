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
// What this process records while degraded (the jobs it created, the polls it counted, the
// clock advances it was asked for) is written to Redis once Redis answers again, so a job
// created during an outage is not lost from every replica's `GET /__mock/jobs`.
import { createMemoryStore, type MockStore, type RecentJob, type StoreHealth } from '../../server/index.js';
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
  /** Resolves once what was recorded while degraded has been written to Redis (or Redis failed again). */
  synced(): Promise<void>;
}

/** At most this many jobs created while degraded are kept for the write-back: the list Redis holds is bounded too. */
const MAX_UNSYNCED_JOBS = 1000;

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
  // Recorded while degraded, written back on recovery (oldest job first, so the newest ends up first in the list).
  let jobs: RecentJob[] = [];
  let polls = new Map<string, number>();
  let clockMs = 0;
  let syncing: Promise<void> = Promise.resolve();

  const markDegraded = (why: string) => {
    if (status === 'degraded') return; // health keeps the reason that was logged
    reason = why;
    status = 'degraded';
    since = new Date().toISOString();
    log.degraded(why);
  };
  const setLocalOffset = (offset: number) => {
    local.advanceClock(offset - local.clockOffsetMs());
    return offset;
  };
  /** Writes back what was recorded while degraded; an item Redis refuses stays for the next recovery. */
  async function writeBack(): Promise<void> {
    try {
      if (clockMs !== 0) {
        const ms = clockMs;
        setLocalOffset(await shared.advanceClock(ms));
        clockMs -= ms;
      }
      while (jobs.length > 0) {
        await shared.addRecentJob(jobs[0]!);
        jobs.shift();
      }
      for (const [requestId, count] of polls) {
        await shared.addPolls(requestId, count);
        polls.delete(requestId);
      }
    } catch (error) {
      markDegraded(reasonOf(error));
    }
  }
  const markOk = () => {
    if (status === 'ok') return;
    status = 'ok';
    reason = undefined;
    since = new Date().toISOString();
    log.recovered();
    syncing = syncing.then(writeBack);
  };
  const recordJob = (job: RecentJob) => {
    jobs.push(job);
    if (jobs.length > MAX_UNSYNCED_JOBS) jobs.shift();
    local.addRecentJob(job);
  };
  const recordPoll = (requestId: string) => {
    polls.set(requestId, (polls.get(requestId) ?? 0) + 1);
    return local.countPoll(requestId);
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
        () => recordPoll(requestId),
      ),
    addRecentJob: (job) =>
      either(
        () => shared.addRecentJob(job),
        () => recordJob(job),
      ),
    recentJobs: () => either(shared.recentJobs, local.recentJobs),
    clockOffsetMs: () => either(() => shared.clockOffsetMs().then(setLocalOffset), local.clockOffsetMs),
    advanceClock: (ms) => {
      // Applied here at once (a caller's synchronous clock sees it), then Redis's sum wins.
      const mine = local.advanceClock(ms);
      return either(
        () => shared.advanceClock(ms).then(setLocalOffset),
        () => {
          clockMs += ms;
          return mine;
        },
      );
    },
    takeRateLimit: (bucket, nowMs, spacingMs) =>
      either(
        () => shared.takeRateLimit(bucket, nowMs, spacingMs),
        () => local.takeRateLimit(bucket, nowMs, spacingMs),
      ),
    reset: () => {
      local.reset();
      // A reset forgets what this process recorded too: it is not written back afterwards.
      jobs = [];
      polls = new Map();
      clockMs = 0;
      return either(shared.reset, () => undefined);
    },
    health: () => ({ kind: 'redis', status, since, ...details, ...(reason !== undefined && { reason }) }),
    lastClockOffsetMs: () => local.clockOffsetMs(),
    markDegraded,
    markOk,
    synced: () => syncing,
  };
}
