// The in-memory MockStore: one process's state, every answer synchronous, every map
// bounded (the oldest entries go first) so memory stays flat however many jobs there are.
import { createPollCounter } from './internal/poll-counter.js';
import { createRateLimiter } from './internal/rate-limiter.js';
import { createRecentJobs } from './internal/recent-jobs.js';
import type { MockStore, RecentJob, StoreHealth } from './mock-store.js';

/** The in-memory store answers at once: its methods return plain values. */
export interface MemoryStore extends MockStore {
  countPoll(requestId: string): number;
  addRecentJob(job: RecentJob): void;
  recentJobs(): readonly RecentJob[];
  clockOffsetMs(): number;
  advanceClock(ms: number): number;
  takeRateLimit(bucket: string, nowMs: number, spacingMs: number): number;
  reset(): void;
  health(): StoreHealth;
}

export interface MemoryStoreLimits {
  /** `polls=N` jobs whose poll counts are kept. */
  pollCounts?: number;
  /** Jobs in the recent-jobs list. */
  recentJobs?: number;
  /** Rate-limit buckets (key × model). */
  rateLimitBuckets?: number;
}

export function createMemoryStore(limits: MemoryStoreLimits = {}): MemoryStore {
  const polls = createPollCounter(limits.pollCounts ?? 10_000);
  const recent = createRecentJobs(limits.recentJobs ?? 100);
  const buckets = createRateLimiter(limits.rateLimitBuckets ?? 10_000);
  let offsetMs = 0;
  return {
    countPoll: (requestId) => polls.increment(requestId),
    addRecentJob: (job) => recent.add(job),
    recentJobs: () => recent.list(),
    clockOffsetMs: () => offsetMs,
    advanceClock: (ms) => {
      offsetMs += ms;
      return offsetMs;
    },
    takeRateLimit: (bucket, nowMs, spacingMs) => buckets.take(bucket, nowMs, spacingMs),
    reset: () => {
      polls.clear();
      recent.clear();
      buckets.clear();
      offsetMs = 0;
    },
    health: () => ({ kind: 'memory', status: 'ok' }),
  };
}
