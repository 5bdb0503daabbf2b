// Guard stage, before any work is done for an API request: injected faults (latency, an
// error status, a dropped connection), auth like the live API, and the live rate limits.
// No or malformed bearer → 401; a well-formed key that is not accepted → 400
// invalid-argument (how the live API answers a wrong key). The key is never logged,
// echoed or stored beyond this stage and the rate-limit buckets.
import { defaultModel, findModel } from '../../capabilities/index.js';
import type { FaultDice } from '../internal/fault-dice.js';
import { type ApiError, apiError, injectedError } from '../error-catalogue.js';
import { type MaybeAsync, andThen } from '../maybe-async.js';
import type { NormalisedMockOptions } from '../mock-options.js';
import { headerOf, type MockRequest, RESET_CONNECTION } from '../mock-request.js';
import type { MockStore } from '../mock-store.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Visible ASCII (no space, no control character): none of it is `\s`. */
function isVisibleAscii(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

/**
 * The key of an Authorization header, as BEARER reads it. Keys are visible ASCII after
 * "Bearer ", so that form is read without the RegExp (run on every request); anything else
 * (other case, more spaces, tabs, Unicode) goes to it.
 */
function bearerKey(header: string): string | undefined {
  if (header.length > 7 && header.startsWith('Bearer ') && isVisibleAscii(header, 7)) return header.slice(7);
  return BEARER.exec(header)?.[1];
}

export interface GuardDeps {
  faults: FaultDice;
  acceptedKeys: ReadonlySet<string>;
  sleep: (ms: number) => Promise<void>;
}

/** The request's API key, or the live API's answer to its Authorization header. */
export function checkAuth(request: MockRequest, acceptedKeys: ReadonlySet<string>): string | ApiError {
  const header = headerOf(request, 'authorization');
  const key = header ? bearerKey(header) : undefined;
  if (!key) return apiError('401 unauthenticated', 'missingBearer');
  if (acceptedKeys.size > 0 && !acceptedKeys.has(key)) return apiError('400 invalid-argument', 'wrongApiKey');
  return key;
}

function rollFaults(deps: GuardDeps): MaybeAsync<ApiError | typeof RESET_CONNECTION | undefined> {
  const decision = deps.faults.next();
  const verdict = decision.reset
    ? RESET_CONNECTION
    : decision.errorStatus
      ? injectedError(decision.errorStatus, 'injected fault')
      : undefined;
  return decision.latencyMs > 0 ? deps.sleep(decision.latencyMs).then(() => verdict) : verdict;
}

/** Faults, then auth: the API key, or what the request answers instead. */
export function guardRequest(request: MockRequest, deps: GuardDeps): MaybeAsync<string | ApiError | typeof RESET_CONNECTION> {
  if (!deps.faults.enabled) return checkAuth(request, deps.acceptedKeys);
  return andThen(rollFaults(deps), (verdict) => verdict ?? checkAuth(request, deps.acceptedKeys));
}

export interface RateLimitDeps {
  store: MockStore;
  rateLimit: NormalisedMockOptions['rateLimit'];
}

/**
 * The rate-limit bucket of a create body not yet validated: the model it names (an alias
 * shares its model's bucket), never the raw value, which may be any JSON (String() of an
 * array nested 100,000 deep recurses) or a megabyte of text kept as a map key.
 */
export function rateLimitBucket(model: unknown): string {
  if (model === undefined) return defaultModel().id;
  return (typeof model === 'string' && findModel(model)?.id) || 'unknown-model';
}

/**
 * One request of `apiKey` against `bucket` (a model for creates, "poll" for polls): the
 * live 429 with Retry-After when it comes too soon, else undefined.
 */
export function checkRateLimit(apiKey: string, bucket: string, nowMs: number, deps: RateLimitDeps): MaybeAsync<ApiError | undefined> {
  const { rateLimit } = deps;
  if (rateLimit === false) return undefined;
  return andThen(deps.store.takeRateLimit(`${bucket}\u0000${apiKey}`, nowMs, 1000 / rateLimit.perSecond), (waitMs) =>
    waitMs > 0
      ? apiError(
          '429 resource-exhausted',
          'rateLimited',
          { limit: rateLimit.perSecond, per: bucket === 'poll' ? 'key for polls' : 'model' },
          { 'retry-after': String(Math.ceil(waitMs / 1000)) },
        )
      : undefined,
  );
}
