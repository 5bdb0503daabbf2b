// The live-style rate limit: creates per second per API key per model. Off by default;
// `true` means the live API's 1 per second.
import { boolean, fail, numberIn, onlyKnown } from './option-checks.js';

export interface RateLimitOptions {
  /** Creates per second per API key per model (live: 1). */
  perSecond?: number;
  /** Whether polls count too (unconfirmed on the live API; off by default). */
  includePolls?: boolean;
}

export type NormalisedRateLimit = Readonly<Required<RateLimitOptions>> | false;

export function rateLimitOf(value: RateLimitOptions | boolean | undefined): NormalisedRateLimit {
  if (value === undefined || value === false) return false;
  const limit = value === true ? {} : value;
  if (typeof limit !== 'object' || limit === null) fail('rateLimit', 'expected false, true or {perSecond, includePolls}');
  onlyKnown(limit, ['perSecond', 'includePolls'], 'rateLimit.');
  return {
    perSecond: limit.perSecond === undefined ? 1 : numberIn('rateLimit.perSecond', limit.perSecond, 0.001, 1_000_000),
    includePolls: limit.includePolls === undefined ? false : boolean('rateLimit.includePolls', limit.includePolls),
  };
}
