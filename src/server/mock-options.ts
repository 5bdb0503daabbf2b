// The mock's options: one object with defaults, normalised once here. The CLI, the
// programmatic start and the tests all go through normaliseMockOptions.
import type { Dialect, TimingMode } from '../lifecycle/index.js';
import { NO_DIALECT } from '../lifecycle/index.js';

export interface FaultOptions {
  /** Seed of the fault dice: the same seed gives the same faults in the same order. */
  seed?: number;
  /** Added latency in ms: a fixed value or a [min, max] range. */
  latencyMs?: number | [number, number];
  /** Share of API requests (0–1) answered with one of `errorStatuses`. */
  errorRate?: number;
  errorStatuses?: number[];
  /** Share of API requests (0–1) whose connection is reset without an answer. */
  resetRate?: number;
}

export interface RateLimitOptions {
  /** Creates per second per API key per model (live: 1). */
  perSecond?: number;
  /** Whether polls count too (unconfirmed on the live API; off by default). */
  includePolls?: boolean;
}

export interface MockServerOptions {
  port?: number;
  host?: string;
  /** Default run time of jobs; a request's `Prefer: timing=...` overrides it. */
  timing?: TimingMode;
  /** When > 0, every job finishes on its Nth poll (deterministic, no wall clock). */
  polls?: number;
  /** Job speed multiplier: 10 runs jobs ten times faster than realistic. */
  timeScale?: number;
  /** Seconds a finished job stays available before it becomes `expired`. */
  ttlSeconds?: number;
  /** Older live dialects for every job (a request's `Prefer: dialect=...` adds to them). */
  dialect?: Partial<Dialect>;
  /** Accept only these bearer keys (others get the live API's 400); empty: any key. */
  apiKeys?: string[];
  /** Validate every response against the spec; a violation becomes a loud 500. */
  strict?: boolean;
  quiet?: boolean;
  /** Signs request ids; processes that share it give the same answers. */
  secret?: string;
  /** Base of `video.url`; default: the Host the client used. */
  publicUrl?: string;
  maxBodyBytes?: number;
  faults?: FaultOptions;
  rateLimit?: RateLimitOptions | false;
  /** Where log lines go (default: stdout); tests capture them. */
  log?: (line: string) => void;
  /** The wall clock (tests inject a fake one). */
  now?: () => number;
}

export type NormalisedMockOptions = Required<Omit<MockServerOptions, 'publicUrl' | 'faults' | 'rateLimit' | 'dialect'>> & {
  publicUrl: string | undefined;
  dialect: Dialect;
  faults: Required<Omit<FaultOptions, 'latencyMs'>> & { latencyMs: [number, number] };
  rateLimit: Required<RateLimitOptions> | false;
};

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SECRET = 'xai-video-mock';

function latencyRange(value: FaultOptions['latencyMs']): [number, number] {
  if (value === undefined) return [0, 0];
  return typeof value === 'number' ? [value, value] : value;
}

export function normaliseMockOptions(options: MockServerOptions = {}): NormalisedMockOptions {
  const faults = options.faults ?? {};
  return {
    port: options.port ?? DEFAULT_PORT,
    host: options.host ?? DEFAULT_HOST,
    timing: options.timing ?? 'realistic',
    polls: options.polls ?? 0,
    timeScale: options.timeScale && options.timeScale > 0 ? options.timeScale : 1,
    ttlSeconds: options.ttlSeconds ?? 24 * 60 * 60,
    dialect: { ...NO_DIALECT, ...options.dialect },
    apiKeys: options.apiKeys ?? [],
    strict: options.strict ?? false,
    quiet: options.quiet ?? false,
    secret: options.secret ?? DEFAULT_SECRET,
    publicUrl: options.publicUrl?.replace(/\/+$/, ''),
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024 * 1024,
    faults: {
      seed: faults.seed ?? 1,
      latencyMs: latencyRange(faults.latencyMs),
      errorRate: faults.errorRate ?? 0,
      errorStatuses: faults.errorStatuses ?? [500, 503, 529, 429],
      resetRate: faults.resetRate ?? 0,
    },
    rateLimit: options.rateLimit
      ? { perSecond: options.rateLimit.perSecond ?? 1, includePolls: options.rateLimit.includePolls ?? false }
      : false,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
    now: options.now ?? Date.now,
  };
}
