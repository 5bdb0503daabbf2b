// The shared store's address, checked without a Node API (the options are checked in the
// browser too): what is wrong with a Redis URL, in words that never repeat it, because a
// URL may carry a password.
export const DEFAULT_REDIS_PREFIX = 'xai-video-mock:';

const FORM = 'redis://[[user]:password@]host[:port][/db] or rediss://... for TLS';

/** undefined when `value` is a Redis URL ioredis can dial; else what is wrong with it. */
export function redisUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return `expected a URL of the form ${FORM}; the value given is not a URL`;
  const url = new URL(value);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return `expected ${FORM}; got a "${url.protocol}" URL`;
  if (url.hostname === '') return `expected ${FORM}; the URL has no host`;
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d{1,5}$/.test(db)) return `expected ${FORM}; the database after "/" must be a number`;
  if (url.search !== '' || url.hash !== '') return `expected ${FORM}; query strings and fragments are not read`;
  return undefined;
}

/** undefined when `value` can start every key of this deployment; else what is wrong. */
export function redisPrefixProblem(value: string): string | undefined {
  if (!/^[\w.:/-]{1,100}$/.test(value)) return 'expected 1 to 100 letters, digits or "_ . : / -", e.g. "xai-video-mock:staging:"';
  return undefined;
}
