// The MockStore on Redis: one process's answers shared by every process on the same Redis
// and prefix. Each method is one round trip and atomic on the server (INCR, LPUSH+LTRIM in
// MULTI, INCRBYFLOAT since an offset may be fractional as in memory, a Lua script), so
// replicas never lose an update to each other. Every key expires after `idleTtlMs` without
// use, so Redis does not grow with the number of jobs.
// Errors are the caller's: resilient-store.ts answers from memory when Redis does not.
import type { Redis } from 'ioredis';
import type { MockStore, RecentJob } from '../../server/index.js';
import { TAKE_RATE_LIMIT_LUA } from './rate-limit-script.js';
import { redisKeys } from './redis-keys.js';

export interface RedisStoreOptions {
  prefix: string;
  /** A key nobody touched for this long is forgotten (default one day). */
  idleTtlMs?: number;
  /** Jobs in the recent-jobs list, as the memory store keeps (default 100). */
  recentJobs?: number;
}

/** Every method answers later, and rejects when Redis does not answer. */
export interface RedisStore extends MockStore {
  countPoll(requestId: string): Promise<number>;
  /** Adds `count` polls of a job at once (the write-back of polls counted while Redis was away). */
  addPolls(requestId: string, count: number): Promise<number>;
  addRecentJob(job: RecentJob): Promise<void>;
  recentJobs(): Promise<readonly RecentJob[]>;
  clockOffsetMs(): Promise<number>;
  advanceClock(ms: number): Promise<number>;
  takeRateLimit(bucket: string, nowMs: number, spacingMs: number): Promise<number>;
  reset(): Promise<void>;
}

type WithScript = Redis & { xaiVideoTakeRateLimit(key: string, nowMs: string, spacingMs: string): Promise<number> };

/** EXEC's replies: [error, reply] per command; the first error is the answer. */
function replies(results: [Error | null, unknown][] | null): unknown[] {
  if (results === null) throw new Error('redis transaction was discarded');
  return results.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}

function parseJob(line: string): RecentJob[] {
  try {
    const job = JSON.parse(line) as RecentJob;
    return typeof job?.request_id === 'string' ? [job] : [];
  } catch {
    return []; // a line another program wrote under our prefix is skipped, not a 500
  }
}

export function createRedisStore(redis: Redis, options: RedisStoreOptions): RedisStore {
  const keys = redisKeys(options.prefix);
  const ttlMs = options.idleTtlMs ?? 24 * 60 * 60 * 1000;
  const capacity = options.recentJobs ?? 100;
  // EVALSHA, and EVAL once when Redis has lost its script cache (after a restart).
  redis.defineCommand('xaiVideoTakeRateLimit', { numberOfKeys: 1, lua: TAKE_RATE_LIMIT_LUA });
  const scripted = redis as WithScript;

  async function deleteFamily(pattern: string): Promise<void> {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (found.length > 0) await redis.unlink(...found);
      cursor = next;
    } while (cursor !== '0');
  }

  return {
    async countPoll(requestId) {
      const key = keys.polls(requestId);
      const [count] = replies(await redis.multi().incr(key).pexpire(key, ttlMs).exec());
      return Number(count);
    },
    async addPolls(requestId, count) {
      const key = keys.polls(requestId);
      const [total] = replies(await redis.multi().incrby(key, count).pexpire(key, ttlMs).exec());
      return Number(total);
    },
    async addRecentJob(job) {
      const key = keys.recentJobs;
      replies(
        await redis
          .multi()
          .lpush(key, JSON.stringify(job))
          .ltrim(key, 0, capacity - 1)
          .pexpire(key, ttlMs)
          .exec(),
      );
    },
    async recentJobs() {
      const lines = await redis.lrange(keys.recentJobs, 0, capacity - 1);
      return lines.flatMap(parseJob);
    },
    async clockOffsetMs() {
      // GETEX: reading the offset keeps it, so a clock in use is never forgotten.
      const offset = await redis.getex(keys.clock, 'PX', ttlMs);
      return offset === null ? 0 : Number(offset);
    },
    async advanceClock(ms) {
      const [offset] = replies(await redis.multi().incrbyfloat(keys.clock, ms).pexpire(keys.clock, ttlMs).exec());
      return Number(offset);
    },
    async takeRateLimit(bucket, nowMs, spacingMs) {
      return Number(await scripted.xaiVideoTakeRateLimit(keys.rateLimit(bucket), String(nowMs), String(spacingMs)));
    },
    async reset() {
      for (const pattern of keys.patterns) await deleteFamily(pattern);
    },
  };
}
