// The shared store's options, its address, key prefix and timeouts, checked without a Node
// API (the options are checked in the browser too): what is wrong with a Redis URL is said
// in words that never repeat it, because a URL may carry a password.
import { fail, numberIn, text } from './option-checks.js';

export interface SharedStoreOptions {
  /**
   * Node host only: keep poll counts, the clock offset, rate-limit buckets and the recent
   * jobs in this Redis (`redis://host:6379/0`), shared by every mock process that uses it.
   */
  redisUrl?: string;
  /** Node host only, with `redisUrl`: the start of every key (default DEFAULT_REDIS_PREFIX). */
  redisPrefix?: string;
  /** Node host only, with `redisUrl`: ms a Redis command may take; then it is answered from memory (default 250). */
  redisCommandTimeoutMs?: number;
  /** Node host only, with `redisUrl`: ms start-up waits for Redis; then the mock starts degraded (default 1,000). */
  redisConnectTimeoutMs?: number;
}

export interface NormalisedSharedStore {
  readonly redisUrl: string | undefined;
  readonly redisPrefix: string;
  readonly redisCommandTimeoutMs: number;
  readonly redisConnectTimeoutMs: number;
}

export const DEFAULT_REDIS_PREFIX = 'xai-video-mock:';

type RedisTimeout = 'redisCommandTimeoutMs' | 'redisConnectTimeoutMs';

/**
 * Each timeout's [default, min, max] ms, integers. The floor is 1, not 0: to ioredis a 0
 * command timeout fails every command at once, and a 0 connect timeout leaves the connect
 * to the system's own (minutes). A request waits up to the command timeout, and no client
 * waits a minute for a poll; start-up waits up to the connect timeout, and ten minutes is
 * longer than a supervisor waits for a start (a Redis that slow is down, not remote).
 */
export const REDIS_TIMEOUTS: Readonly<Record<RedisTimeout, readonly [number, number, number]>> = {
  redisCommandTimeoutMs: [250, 1, 60_000],
  redisConnectTimeoutMs: [1_000, 1, 600_000],
};

/** What each option needing `redisUrl` would act on, said when it is given without one. */
const NEEDS_URL: Readonly<Record<'redisPrefix' | RedisTimeout, string>> = {
  redisPrefix: 'without a shared store there are no keys',
  redisCommandTimeoutMs: 'without a shared store no command goes to Redis',
  redisConnectTimeoutMs: 'without a shared store start-up waits for no Redis',
};

function problemOf(value: string): string | undefined {
  if (!URL.canParse(value)) return 'the value given is not a URL';
  const { protocol, hostname, pathname, search, hash } = new URL(value);
  if (!/^rediss?:$/.test(protocol)) return `got a "${protocol}" URL`;
  if (hostname === '') return 'the URL has no host';
  if (!/^\/?(\d{1,5})?$/.test(pathname)) return 'the database after "/" must be a number';
  if (search + hash !== '') return 'query strings and fragments are not read';
}

/** undefined when `value` is a Redis URL ioredis can dial; else what is wrong with it. */
export function redisUrlProblem(value: string): string | undefined {
  const problem = problemOf(value);
  return problem && `expected redis://[[user]:password@]host[:port][/db] (rediss:// for TLS); ${problem}`;
}

/** undefined when `value` can start every key of this deployment; else what is wrong. */
export function redisPrefixProblem(value: string): string | undefined {
  if (!/^[\w.:/-]{1,100}$/.test(value)) return 'expected 1 to 100 letters, digits or "_ . : / -", e.g. "xai-video-mock:staging:"';
}

function prefixOf(value: unknown): string {
  const prefix = text('redisPrefix', value);
  const problem = redisPrefixProblem(prefix);
  if (problem) fail('redisPrefix', problem);
  return prefix;
}

function timeoutOf(o: SharedStoreOptions, key: RedisTimeout): number {
  const [fallback, min, max] = REDIS_TIMEOUTS[key];
  return o[key] === undefined ? fallback : numberIn(key, o[key], min, max, true);
}

export function sharedStoreOf(o: SharedStoreOptions): NormalisedSharedStore {
  const url = o.redisUrl === undefined ? undefined : text('redisUrl', o.redisUrl);
  const urlProblem = url === undefined ? undefined : redisUrlProblem(url);
  if (urlProblem) fail('redisUrl', urlProblem);
  // Refused rather than ignored: alone it would do nothing, and the URL is what was forgotten.
  for (const [key, why] of Object.entries(NEEDS_URL) as [keyof typeof NEEDS_URL, string][]) {
    if (url === undefined && o[key] !== undefined) fail(key, `only means something with redisUrl (--redis-url): ${why}`);
  }
  return {
    redisUrl: url,
    redisPrefix: o.redisPrefix === undefined ? DEFAULT_REDIS_PREFIX : prefixOf(o.redisPrefix),
    redisCommandTimeoutMs: timeoutOf(o, 'redisCommandTimeoutMs'),
    redisConnectTimeoutMs: timeoutOf(o, 'redisConnectTimeoutMs'),
  };
}
