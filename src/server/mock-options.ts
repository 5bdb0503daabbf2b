// The mock's options: one object with defaults, normalised and checked once, here. The
// CLI, startMockServer, the fetch handler, the MSW handlers and the tests all go through
// normaliseMockOptions. An unknown option or a value out of range is a MockOptionsError
// at start-up, never silently replaced; the result is frozen. This module imports only
// leaf vocabulary (lifecycle's word lists and the mock-controls table, which import
// nothing else), so that any host can check options without loading the server.
import { INJECTABLE_STATUSES, type OutcomeKind } from '../lifecycle/outcome.js';
import { DIALECTS, type JobErrorCode, type TimingMode } from '../lifecycle/vocabulary.js';
import type { Dialect } from '../lifecycle/job-ticket.js';
import { type MockControls, MockControlError, MOCK_CONTROLS_BY_KEY } from './mock-controls.js';
import { HOST_LIMITS, type HostLimitOptions, type NormalisedHostLimits } from './host-limits.js';
import { DEFAULT_REDIS_PREFIX, redisPrefixProblem, redisUrlProblem } from './redis-url.js';

export interface FaultOptions {
  /** Seed of the fault dice: the same seed gives the same faults in the same order. */
  seed?: number;
  /** Added latency in ms: a fixed value or a [min, max] range. */
  latencyMs?: number | readonly [number, number];
  /** Share of API requests (0–1) answered with one of `errorStatuses`. */
  errorRate?: number;
  errorStatuses?: readonly number[];
  /** Share of API requests (0–1) whose connection is reset without an answer. */
  resetRate?: number;
}

export interface RateLimitOptions {
  /** Creates per second per API key per model (live: 1). */
  perSecond?: number;
  /** Whether polls count too (unconfirmed on the live API; off by default). */
  includePolls?: boolean;
}

export interface MockOptions extends HostLimitOptions {
  /** Node host only: the port (0 = any free port) and address to listen on. */
  port?: number;
  host?: string;
  /**
   * Node host only: also serve xAI's gRPC `xai_api.Video` service (what the official
   * Python SDK calls) on this port, on `host`; 0 = any free port. Default: false (none);
   * the CLI's default is DEFAULT_GRPC_PORT.
   */
  grpcPort?: number | false;
  /** Default run time of jobs; a request's `Prefer: timing=...` overrides it. */
  timing?: TimingMode;
  /** When > 0, every job finishes on its Nth poll (deterministic, no wall clock). */
  polls?: number;
  /** Default outcome of every job (a request's `Prefer: outcome=...` overrides it). */
  outcome?: OutcomeKind;
  /** The failed jobs' `error.code`; alone, it makes `failed` the default outcome. */
  errorCode?: JobErrorCode;
  /** Job speed multiplier: 10 runs jobs ten times faster than realistic. */
  timeScale?: number;
  /** Seconds a finished job stays available before it becomes `expired`. */
  ttlSeconds?: number;
  /** Older live dialects for every job (a request's `Prefer: dialect=...` adds to them). */
  dialect?: Partial<Dialect>;
  /** Accept only these bearer keys (others get the live API's 400); empty: any key. */
  apiKeys?: readonly string[];
  /** Validate every response against the spec; a violation becomes a loud 500. */
  strict?: boolean;
  /** Node host only: no access log. */
  quiet?: boolean;
  /** Signs request ids; processes that share it give the same answers. */
  secret?: string;
  /** Base of `video.url`; default: where the client reached the mock. */
  publicUrl?: string;
  /**
   * Node host only: keep poll counts, the clock offset, rate-limit buckets and the recent
   * jobs in this Redis (`redis://host:6379/0`), shared by every mock process that uses it.
   */
  redisUrl?: string;
  /** Node host only, with `redisUrl`: the start of every key (default DEFAULT_REDIS_PREFIX). */
  redisPrefix?: string;
  maxBodyBytes?: number;
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

export interface NormalisedMockOptions extends NormalisedHostLimits {
  readonly port: number;
  readonly host: string;
  readonly grpcPort: number | false;
  readonly timing: TimingMode;
  readonly polls: number;
  readonly outcome: OutcomeKind;
  readonly errorCode: JobErrorCode;
  readonly timeScale: number;
  readonly ttlSeconds: number;
  readonly dialect: Readonly<Dialect>;
  readonly apiKeys: readonly string[];
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly secret: string;
  readonly publicUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly redisPrefix: string;
  readonly maxBodyBytes: number;
  readonly faults: Readonly<{
    seed: number;
    latencyMs: readonly [number, number];
    errorRate: number;
    errorStatuses: readonly number[];
    resetRate: number;
  }>;
  readonly rateLimit: Readonly<Required<RateLimitOptions>> | false;
  readonly log: (line: string) => void;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
/** The CLI's gRPC port, beside HTTP's 4010. */
export const DEFAULT_GRPC_PORT = 4011;
export const DEFAULT_SECRET = 'xai-video-mock';
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/** An option that cannot be used; `option` names it as the caller spelt it (`faults.errorRate`). */
export class MockOptionsError extends Error {
  override readonly name = 'MockOptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
  }
}

const KNOWN: readonly (keyof MockOptions)[] = [
  'port',
  'host',
  'grpcPort',
  'timing',
  'polls',
  'outcome',
  'errorCode',
  'timeScale',
  'ttlSeconds',
  'dialect',
  'apiKeys',
  'strict',
  'quiet',
  'secret',
  'publicUrl',
  'redisUrl',
  'redisPrefix',
  'maxBodyBytes',
  'faults',
  'rateLimit',
  'log',
  'now',
  'sleep',
  ...(Object.keys(HOST_LIMITS) as (keyof HostLimitOptions)[]),
];

function fail(option: string, message: string): never {
  throw new MockOptionsError(option, message);
}

function onlyKnown(value: object, known: readonly string[], prefix = ''): void {
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined && !known.includes(key)) fail(`${prefix}${key}`, `unknown option (known: ${known.join(', ')})`);
  }
}

function numberIn(option: string, value: unknown, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(option, `expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function boolean(option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') fail(option, `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}

function text(option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(option, `expected a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

function fn<T extends (...args: never[]) => unknown>(option: string, value: unknown): T {
  if (typeof value !== 'function') fail(option, `expected a function, got ${typeof value}`);
  return value as T;
}

/** A server-wide default is checked by the same table row that parses the `Prefer` token. */
function byControl(option: string, key: string, value: unknown): MockControls {
  const controls: MockControls = { dialect: {} };
  try {
    MOCK_CONTROLS_BY_KEY.get(key)!.apply(controls, String(value));
  } catch (error) {
    if (error instanceof MockControlError) fail(option, error.message);
    throw error;
  }
  return controls;
}

function dialectOf(value: MockOptions['dialect']): Dialect {
  const flags = Object.values(DIALECTS) as (keyof Dialect)[];
  const dialect: Dialect = { legacyPending200: false, finishedWithoutStatus: false, emptyPendingBody: false };
  if (value === undefined) return dialect;
  if (typeof value !== 'object' || value === null) fail('dialect', 'expected an object of dialect flags');
  onlyKnown(value, flags, 'dialect.');
  for (const flag of flags) if (value[flag] !== undefined) dialect[flag] = boolean(`dialect.${flag}`, value[flag]);
  return dialect;
}

function outcomeOf(options: MockOptions): { outcome: OutcomeKind; errorCode: JobErrorCode } {
  const outcome = options.outcome === undefined ? undefined : byControl('outcome', 'outcome', options.outcome).outcome;
  const errorCode = options.errorCode === undefined ? undefined : byControl('errorCode', 'error-code', options.errorCode).errorCode;
  if (errorCode !== undefined && outcome !== undefined && outcome !== 'failed') {
    fail('errorCode', `goes with outcome "failed" (got outcome "${outcome}")`);
  }
  return { outcome: outcome ?? (errorCode ? 'failed' : 'done'), errorCode: errorCode ?? 'internal_error' };
}

function publicUrlOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const url = text('publicUrl', value);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    fail('publicUrl', `expected an http(s) URL, got ${JSON.stringify(url)}`);
  return url.replace(/\/+$/, '');
}

function redisOf(options: MockOptions): { redisUrl: string | undefined; redisPrefix: string } {
  const url = options.redisUrl === undefined ? undefined : text('redisUrl', options.redisUrl);
  const urlProblem = url === undefined ? undefined : redisUrlProblem(url);
  if (urlProblem) fail('redisUrl', urlProblem);
  if (options.redisPrefix === undefined) return { redisUrl: url, redisPrefix: DEFAULT_REDIS_PREFIX };
  if (url === undefined) fail('redisPrefix', 'only means something with redisUrl (--redis-url): without a shared store there are no keys');
  const prefix = text('redisPrefix', options.redisPrefix);
  const prefixProblem = redisPrefixProblem(prefix);
  if (prefixProblem) fail('redisPrefix', prefixProblem);
  return { redisUrl: url, redisPrefix: prefix };
}

function grpcPortOf(value: unknown, httpPort: number): number | false {
  if (value === undefined || value === false) return false;
  if (typeof value !== 'number') fail('grpcPort', `expected a port number or false, got ${JSON.stringify(value)}`);
  const port = numberIn('grpcPort', value, 0, 65_535, true);
  if (port !== 0 && port === httpPort) fail('grpcPort', `${port} is the HTTP port too: pick another one (0 = any free port)`);
  return port;
}

function latencyOf(value: FaultOptions['latencyMs']): readonly [number, number] {
  if (value === undefined) return [0, 0];
  if (typeof value === 'number') {
    const ms = numberIn('faults.latencyMs', value, 0, 60_000);
    return [ms, ms];
  }
  if (!Array.isArray(value) || value.length !== 2) fail('faults.latencyMs', 'expected a number of ms or a [min, max] range');
  const min = numberIn('faults.latencyMs[0]', value[0], 0, 60_000);
  return [min, numberIn('faults.latencyMs[1]', value[1], min, 60_000)];
}

function statusesOf(value: FaultOptions['errorStatuses']): readonly number[] {
  if (value === undefined) return [500, 503, 529, 429];
  if (!Array.isArray(value) || value.length === 0) fail('faults.errorStatuses', 'expected a non-empty list of statuses');
  for (const status of value) {
    if (!(INJECTABLE_STATUSES as readonly number[]).includes(status)) {
      fail('faults.errorStatuses', `expected statuses from ${INJECTABLE_STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
    }
  }
  return [...value];
}

function faultsOf(value: FaultOptions = {}): NormalisedMockOptions['faults'] {
  onlyKnown(value, ['seed', 'latencyMs', 'errorRate', 'errorStatuses', 'resetRate'], 'faults.');
  return {
    seed: value.seed === undefined ? 1 : numberIn('faults.seed', value.seed, 0, 2 ** 32 - 1, true),
    latencyMs: latencyOf(value.latencyMs),
    errorRate: value.errorRate === undefined ? 0 : numberIn('faults.errorRate', value.errorRate, 0, 1),
    errorStatuses: statusesOf(value.errorStatuses),
    resetRate: value.resetRate === undefined ? 0 : numberIn('faults.resetRate', value.resetRate, 0, 1),
  };
}

function rateLimitOf(value: MockOptions['rateLimit']): NormalisedMockOptions['rateLimit'] {
  if (value === undefined || value === false) return false;
  const limit = value === true ? {} : value;
  if (typeof limit !== 'object' || limit === null) fail('rateLimit', 'expected false, true or {perSecond, includePolls}');
  onlyKnown(limit, ['perSecond', 'includePolls'], 'rateLimit.');
  return {
    perSecond: limit.perSecond === undefined ? 1 : numberIn('rateLimit.perSecond', limit.perSecond, 0.001, 1_000_000),
    includePolls: limit.includePolls === undefined ? false : boolean('rateLimit.includePolls', limit.includePolls),
  };
}

function apiKeysOf(value: MockOptions['apiKeys']): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('apiKeys', 'expected a list of keys');
  // A bearer token is one run of non-space characters; anything else could never match.
  return value.map((key, i) => {
    if (typeof key !== 'string' || !/^\S+$/.test(key)) fail(`apiKeys[${i}]`, 'expected a key without spaces');
    return key;
  });
}

function limitsOf(o: MockOptions): NormalisedHostLimits {
  const limits = {} as Record<keyof HostLimitOptions, number>;
  for (const [key, [fallback, min, max]] of Object.entries(HOST_LIMITS) as [keyof HostLimitOptions, readonly number[]][]) {
    limits[key] = o[key] === undefined ? fallback! : numberIn(key, o[key], min!, max!, true);
  }
  // One of the two timeouts given: the other's default bends to it (as node:http's does).
  if (o.requestTimeoutMs === undefined) limits.requestTimeoutMs = Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs);
  if (o.headersTimeoutMs === undefined) limits.headersTimeoutMs = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  // node:http refuses a head timeout longer than the whole request's (ERR_OUT_OF_RANGE): said here first.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    fail('headersTimeoutMs', `must not exceed requestTimeoutMs (${limits.requestTimeoutMs}): the head is part of the request`);
  }
  return limits;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  const port = o.port === undefined ? DEFAULT_PORT : numberIn('port', o.port, 0, 65_535, true);
  return deepFreeze({
    port,
    grpcPort: grpcPortOf(o.grpcPort, port),
    host: o.host === undefined ? DEFAULT_HOST : text('host', o.host),
    timing: o.timing === undefined ? 'realistic' : byControl('timing', 'timing', o.timing).timing!,
    polls: o.polls === undefined || o.polls === 0 ? 0 : byControl('polls', 'polls', o.polls).polls!,
    ...outcomeOf(o),
    timeScale: o.timeScale === undefined ? 1 : numberIn('timeScale', o.timeScale, 0.001, 1_000_000),
    ttlSeconds: o.ttlSeconds === undefined ? 24 * 60 * 60 : numberIn('ttlSeconds', o.ttlSeconds, 0, 10 * 365 * 86_400),
    dialect: dialectOf(o.dialect),
    apiKeys: apiKeysOf(o.apiKeys),
    strict: o.strict === undefined ? false : boolean('strict', o.strict),
    quiet: o.quiet === undefined ? false : boolean('quiet', o.quiet),
    secret: o.secret === undefined ? DEFAULT_SECRET : text('secret', o.secret),
    publicUrl: publicUrlOf(o.publicUrl),
    ...redisOf(o),
    maxBodyBytes: o.maxBodyBytes === undefined ? DEFAULT_MAX_BODY_BYTES : numberIn('maxBodyBytes', o.maxBodyBytes, 1, 2 ** 31, true),
    faults: faultsOf(o.faults),
    rateLimit: rateLimitOf(o.rateLimit),
    log: o.log === undefined ? (line: string) => console.log(line) : fn<(line: string) => void>('log', o.log),
    now: o.now === undefined ? Date.now : fn<() => number>('now', o.now),
    sleep: o.sleep === undefined ? defaultSleep : fn<(ms: number) => Promise<void>>('sleep', o.sleep),
    ...limitsOf(o),
  });
}
