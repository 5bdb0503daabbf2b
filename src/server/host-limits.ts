// What a network host (the Node host) allows a client: how long it may take to send the
// request head and the whole request, how long an idle keep-alive connection stays, how
// many connections are served at once, how big the request head may be, and how long a
// stop waits for requests in flight. Plain numbers, checked here like every option (no
// Node API: the portable hosts ignore them); the Node host turns them into node:http's
// settings (src/hosts/node-server.ts).

export interface HostLimitOptions {
  /** Node host only: ms a client has to send the request line and headers (default 30,000). */
  headersTimeoutMs?: number;
  /** Node host only: ms a client has to send the whole request, body included (default 60,000, or headersTimeoutMs if longer). */
  requestTimeoutMs?: number;
  /** Node host only: ms an idle keep-alive connection stays open (default 5,000). */
  keepAliveTimeoutMs?: number;
  /** Node host only: connections served at once; more are answered 503 and closed (default 1,024). */
  maxConnections?: number;
  /** Node host only: largest request head, request line and headers (default 16,384, as node:http). */
  maxHeaderBytes?: number;
  /** Node host only: ms a stop (SIGTERM, SIGINT) waits for requests in flight before closing them (default 10,000). */
  shutdownGraceMs?: number;
}

export type NormalisedHostLimits = Readonly<Required<HostLimitOptions>>;

export const HOST_LIMIT_DEFAULTS: NormalisedHostLimits = Object.freeze({
  headersTimeoutMs: 30_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_024,
  maxHeaderBytes: 16_384,
  shutdownGraceMs: 10_000,
});

export const HOST_LIMIT_KEYS = Object.keys(HOST_LIMIT_DEFAULTS) as (keyof HostLimitOptions)[];

const HOUR_MS = 3_600_000;

/**
 * The range of each limit. No 0 ("no limit") anywhere: an unbounded timeout or connection
 * count is exactly what a slow client exploits. The floors keep a typo (`--headers-timeout 3`)
 * from making the mock unusable; the head floor leaves room for a request line and a bearer key.
 */
const RANGES: Readonly<Record<keyof HostLimitOptions, readonly [number, number]>> = {
  headersTimeoutMs: [10, HOUR_MS],
  requestTimeoutMs: [10, HOUR_MS],
  keepAliveTimeoutMs: [1, HOUR_MS],
  maxConnections: [1, 1_000_000],
  maxHeaderBytes: [1_024, 1_048_576],
  shutdownGraceMs: [0, HOUR_MS],
};

/** A limit that cannot be used: `option` names it, `message` says what was expected. */
export type LimitProblem = { option: keyof HostLimitOptions; message: string };

function checked(option: keyof HostLimitOptions, value: unknown): number | LimitProblem {
  if (value === undefined) return HOST_LIMIT_DEFAULTS[option];
  const [min, max] = RANGES[option];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return { option, message: `expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}` };
  }
  return value;
}

/** The limits with their defaults, or the first problem (mock-options.ts throws it as a MockOptionsError). */
export function hostLimitsOf(options: HostLimitOptions): NormalisedHostLimits | LimitProblem {
  const limits: Partial<Record<keyof HostLimitOptions, number>> = {};
  for (const key of HOST_LIMIT_KEYS) {
    const value = checked(key, options[key]);
    if (typeof value !== 'number') return value;
    limits[key] = value;
  }
  const all = limits as Required<HostLimitOptions>;
  // One of the two timeouts given: the other's default bends to it (as node:http's does).
  if (options.requestTimeoutMs === undefined) all.requestTimeoutMs = Math.max(all.requestTimeoutMs, all.headersTimeoutMs);
  if (options.headersTimeoutMs === undefined) all.headersTimeoutMs = Math.min(all.headersTimeoutMs, all.requestTimeoutMs);
  // node:http refuses a head timeout longer than the whole request's (ERR_OUT_OF_RANGE): say it first.
  if (all.headersTimeoutMs > all.requestTimeoutMs) {
    const message = `must not exceed requestTimeoutMs (${all.requestTimeoutMs}): the head is part of the request, got ${all.headersTimeoutMs}`;
    return { option: 'headersTimeoutMs', message };
  }
  return all;
}
