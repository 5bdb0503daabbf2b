// The shared store's options, its address and key prefix, checked without a Node API (the
// options are checked in the browser too): what is wrong with a Redis URL is said in words
// that never repeat it, because a URL may carry a password.
import { fail, text } from './option-checks.js';

export interface SharedStoreOptions {
  /**
   * Node host only: keep poll counts, the clock offset, rate-limit buckets and the recent
   * jobs in this Redis (`redis://host:6379/0`), shared by every mock process that uses it.
   */
  redisUrl?: string;
  /** Node host only, with `redisUrl`: the start of every key (default DEFAULT_REDIS_PREFIX). */
  redisPrefix?: string;
}

export interface NormalisedSharedStore {
  readonly redisUrl: string | undefined;
  readonly redisPrefix: string;
}

export const DEFAULT_REDIS_PREFIX = 'xai-video-mock:';

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

export function sharedStoreOf(o: SharedStoreOptions): NormalisedSharedStore {
  const url = o.redisUrl === undefined ? undefined : text('redisUrl', o.redisUrl);
  const urlProblem = url === undefined ? undefined : redisUrlProblem(url);
  if (urlProblem) fail('redisUrl', urlProblem);
  if (o.redisPrefix === undefined) return { redisUrl: url, redisPrefix: DEFAULT_REDIS_PREFIX };
  if (url === undefined) fail('redisPrefix', 'only means something with redisUrl (--redis-url): without a shared store there are no keys');
  const prefix = text('redisPrefix', o.redisPrefix);
  const prefixProblem = redisPrefixProblem(prefix);
  if (prefixProblem) fail('redisPrefix', prefixProblem);
  return { redisUrl: url, redisPrefix: prefix };
}
