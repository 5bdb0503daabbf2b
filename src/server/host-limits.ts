// What a network host (the Node host) allows a client: how long it may take to send the
// request head and the whole request, how long an idle keep-alive connection stays, how
// many connections are served at once, how big the request head may be, and how long a
// stop waits for requests in flight. Plain numbers, checked by normaliseMockOptions like
// every option (no Node API: the portable hosts ignore them); the Node host turns them
// into node:http's settings (src/hosts/node/node-server.ts).
import { fail, numberIn } from './option-checks.js';

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

const HOUR_MS = 3_600_000;

/**
 * Each limit's [default, min, max], integers. No 0 ("no limit") anywhere: an unbounded
 * timeout or connection count is what a slow client exploits. The floors keep a typo
 * (`--headers-timeout 3`) from making the mock unusable; the head's floor leaves room for
 * a request line and a bearer key.
 */
export const HOST_LIMITS: Readonly<Record<keyof HostLimitOptions, readonly [number, number, number]>> = {
  headersTimeoutMs: [30_000, 10, HOUR_MS],
  requestTimeoutMs: [60_000, 10, HOUR_MS],
  keepAliveTimeoutMs: [5_000, 1, HOUR_MS],
  maxConnections: [1_024, 1, 1_000_000],
  maxHeaderBytes: [16_384, 1_024, 1_048_576],
  shutdownGraceMs: [10_000, 0, HOUR_MS],
};

export function hostLimitsOf(o: HostLimitOptions): NormalisedHostLimits {
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
