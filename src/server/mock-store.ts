// The mock's per-process state, behind one narrow interface: everything else about a job
// lives in its request_id. Every method may answer now or later (`T | Promise<T>`), so a
// shared store (Redis, for several mock processes) fits in without changing a stage,
// while the in-memory store keeps polls free of promises.
import type { MaybeAsync } from './maybe-async.js';

/** One line of `GET /__mock/jobs`, as recorded when the job was created. */
export interface RecentJob {
  request_id: string;
  operation: string;
  created_at: string;
}

/**
 * What `GET /__mock/health` says about the store: its kind (`memory`, `redis`), whether it
 * answers (`degraded`: a shared store is unreachable and this process answers from its own
 * memory) and any detail worth showing (never a URL or a password).
 */
export interface StoreHealth {
  kind: string;
  status: 'ok' | 'degraded';
  [detail: string]: unknown;
}

export interface MockStore {
  /** Records one poll of a `polls=N` job; returns its polls so far, this one included. */
  countPoll(requestId: string): MaybeAsync<number>;
  /** Remembers a created job for the admin list (bounded: the oldest are dropped). */
  addRecentJob(job: RecentJob): MaybeAsync<void>;
  /** The remembered jobs, newest first. */
  recentJobs(): MaybeAsync<readonly RecentJob[]>;
  /** How far the mock's clock is ahead of the wall clock, in ms. */
  clockOffsetMs(): MaybeAsync<number>;
  /** Moves the mock's clock forward by `ms`; returns the new offset. */
  advanceClock(ms: number): MaybeAsync<number>;
  /**
   * One request against a rate-limit bucket that allows one request per `spacingMs`:
   * 0 when it is allowed (and counted), else the ms until it would be.
   */
  takeRateLimit(bucket: string, nowMs: number, spacingMs: number): MaybeAsync<number>;
  /** Forgets everything above (POST /__mock/reset). */
  reset(): MaybeAsync<void>;
  /** For the health route; a store without it shows as `{kind: 'custom', status: 'ok'}`. */
  health?(): StoreHealth;
}
