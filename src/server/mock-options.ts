// The mock's options: one object with defaults, normalised and checked once, here. The
// CLI, startMockServer, the fetch handler, the MSW handlers and the tests all go through
// normaliseMockOptions. An unknown option or a value out of range is a MockOptionsError
// at start-up, never silently replaced; the result is frozen. Each group is checked by its
// own module (network, jobs, shared store, faults, rate limit, host limits); this one
// composes them. The group imports only leaf vocabulary (lifecycle's word lists and the
// mock-controls table, which import nothing else), so any host can check options without
// loading the server.
import { type FaultOptions, faultsOf, type NormalisedFaults } from './fault-options.js';
import { HOST_LIMITS, type HostLimitOptions, hostLimitsOf, type NormalisedHostLimits } from './host-limits.js';
import { type JobOptions, jobOptionsOf, type NormalisedJobOptions } from './job-options.js';
import { type NetworkOptions, networkOptionsOf, type NormalisedNetworkOptions } from './network-options.js';
import { boolean, fail, fn, onlyKnown } from './option-checks.js';
import { type NormalisedRateLimit, type RateLimitOptions, rateLimitOf } from './rate-limit-options.js';
import { type NormalisedSharedStore, type SharedStoreOptions, sharedStoreOf } from './redis-url.js';

export type { FaultOptions } from './fault-options.js';
export { DEFAULT_SECRET } from './job-options.js';
export { DEFAULT_GRPC_PORT, DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT } from './network-options.js';
export { MockOptionsError } from './option-checks.js';
export type { RateLimitOptions } from './rate-limit-options.js';

export interface MockOptions extends NetworkOptions, JobOptions, SharedStoreOptions, HostLimitOptions {
  /** Accept only these bearer keys (others get the live API's 400); empty: any key. */
  apiKeys?: readonly string[];
  /** Validate every response against the spec; a violation becomes a loud 500. */
  strict?: boolean;
  /** Node host only: no access log. */
  quiet?: boolean;
  faults?: FaultOptions;
  rateLimit?: RateLimitOptions | boolean;
  /** Where log lines go (default: the console); tests capture them. */
  log?: (line: string) => void;
  /** The wall clock (tests inject a fake one). */
  now?: () => number;
  /** How the mock waits for fault latency (tests inject one that records instead). */
  sleep?: (ms: number) => Promise<void>;
}

/** The name `startMockServer` has always taken its options by. */
export type MockServerOptions = MockOptions;

export interface NormalisedMockOptions extends NormalisedNetworkOptions, NormalisedJobOptions, NormalisedSharedStore, NormalisedHostLimits {
  readonly apiKeys: readonly string[];
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly faults: NormalisedFaults;
  readonly rateLimit: NormalisedRateLimit;
  readonly log: (line: string) => void;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

// Every option by name, so that the compiler refuses an option added to MockOptions but
// not here (a missing key), and a name here that MockOptions lacks (an excess key).
const OPTION_NAMES: Readonly<Record<Exclude<keyof MockOptions, keyof HostLimitOptions>, true>> = {
  port: true,
  host: true,
  grpcPort: true,
  timing: true,
  polls: true,
  outcome: true,
  errorCode: true,
  timeScale: true,
  ttlSeconds: true,
  dialect: true,
  apiKeys: true,
  strict: true,
  quiet: true,
  secret: true,
  publicUrl: true,
  redisUrl: true,
  redisPrefix: true,
  redisCommandTimeoutMs: true,
  redisConnectTimeoutMs: true,
  maxBodyBytes: true,
  faults: true,
  rateLimit: true,
  log: true,
  now: true,
  sleep: true,
};

const KNOWN: readonly string[] = [...Object.keys(OPTION_NAMES), ...Object.keys(HOST_LIMITS)];

function apiKeysOf(value: MockOptions['apiKeys']): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('apiKeys', 'expected a list of keys');
  // A bearer token is one run of non-space characters; anything else could never match.
  return value.map((key, i) => {
    if (typeof key !== 'string' || !/^\S+$/.test(key)) fail(`apiKeys[${i}]`, 'expected a key without spaces');
    return key;
  });
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Frozen all the way down: options are never changed after start. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function normaliseMockOptions(options: MockOptions = {}): NormalisedMockOptions {
  if (typeof options !== 'object' || options === null) fail('options', 'expected an object');
  onlyKnown(options, KNOWN);
  const o = options;
  return deepFreeze({
    ...networkOptionsOf(o),
    ...jobOptionsOf(o),
    apiKeys: apiKeysOf(o.apiKeys),
    strict: o.strict === undefined ? false : boolean('strict', o.strict),
    quiet: o.quiet === undefined ? false : boolean('quiet', o.quiet),
    ...sharedStoreOf(o),
    faults: faultsOf(o.faults),
    rateLimit: rateLimitOf(o.rateLimit),
    log: o.log === undefined ? (line: string) => console.log(line) : fn<(line: string) => void>('log', o.log),
    now: o.now === undefined ? Date.now : fn<() => number>('now', o.now),
    sleep: o.sleep === undefined ? defaultSleep : fn<(ms: number) => Promise<void>>('sleep', o.sleep),
    ...hostLimitsOf(o),
  });
}
