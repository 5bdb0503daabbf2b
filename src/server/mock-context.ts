// Everything the request stages share, built once per server from the normalised options.
import { createClock, createJobDecoder, createPollCounter, type Clock, type JobDecoder, type PollCounter } from '../lifecycle/index.js';
import { createMp4Cache, type Mp4Cache } from '../media/index.js';
import type { NormalisedMockOptions } from './mock-options.js';
import { createSpecValidators, type PrecompiledValidators, type SpecValidators } from '../spec/index.js';
import { createFaultInjector, type FaultInjector } from './internal/fault-dice.js';
import { createRateLimiter, type RateLimiter } from './internal/rate-limiter.js';
import { createRecentJobs, type RecentJobs } from './internal/recent-jobs.js';

export interface MockContext {
  options: NormalisedMockOptions;
  validators: SpecValidators;
  clock: Clock;
  pollCounts: PollCounter;
  recentJobs: RecentJobs;
  faults: FaultInjector;
  rateLimiter: RateLimiter | undefined;
  acceptedKeys: ReadonlySet<string>;
  videos: Mp4Cache;
  /** request_id → ticket, or undefined for ids this mock did not issue (cached). */
  decodeJob: JobDecoder;
  /** Tells apart jobs created in the same 10 ms tick. */
  nextNonce(): number;
  startedAtMs: number;
}

export function createMockContext(options: NormalisedMockOptions, precompiled?: PrecompiledValidators): MockContext {
  let nonce = Math.floor(Math.random() * 1024); // another process starts elsewhere in the cycle
  return {
    options,
    validators: createSpecValidators(undefined, precompiled),
    clock: createClock(options.now),
    pollCounts: createPollCounter(),
    recentJobs: createRecentJobs(),
    faults: createFaultInjector(options.faults),
    rateLimiter: options.rateLimit ? createRateLimiter(options.rateLimit.perSecond) : undefined,
    acceptedKeys: new Set(options.apiKeys),
    videos: createMp4Cache({ maxEntries: 16 }),
    decodeJob: createJobDecoder(options.secret),
    nextNonce: () => (nonce = (nonce + 1) % 1024),
    startedAtMs: options.now(),
  };
}

/** Forgets per-process state: poll counts, recent jobs, clock offset, rate limits, fault dice. */
export function resetMockContext(context: MockContext): void {
  context.pollCounts.clear();
  context.recentJobs.clear();
  context.clock.reset();
  context.rateLimiter?.clear();
  context.faults.reseed();
}
