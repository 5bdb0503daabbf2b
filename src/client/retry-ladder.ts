/**
 * The retry decision, as a pure function: a flat ladder of early returns (ky's shape).
 * No I/O: the caller passes the clock reading and a random number, and sleeps itself.
 *
 * Why POSTs are different: a POST that failed with a 5xx or a dropped connection may
 * still have created the job on the server, and every created job is billed. Retrying
 * it could generate (and bill) the same video twice, so a POST is retried on 429 only,
 * the one answer that guarantees no job was created.
 */
import { parseRetryAfter } from './parse-retry-after.js';

export interface RetryPolicy {
  /** Retries per request (not counting the first attempt). Default 4. */
  limit: number;
  /** First backoff ceiling in ms; doubles per attempt. Default 1000. */
  baseDelayMs: number;
  /** Backoff ceiling in ms. Default 30 000. */
  maxDelayMs: number;
  /** `Retry-After` is capped here (the official SDK caps at 60 s). Default 60 000. */
  maxRetryAfterMs: number;
}

export interface RetryInput {
  method: 'GET' | 'POST';
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  /** HTTP status; `undefined` for a network error (fetch rejected). */
  status: number | undefined;
  /** The raw `Retry-After` header, if any. */
  retryAfter: string | null | undefined;
  now: number;
  /** Absolute time (same clock as `now`) after which no wait may end. */
  deadline: number;
  /** A number in [0, 1), for jitter. */
  random: number;
  policy: RetryPolicy;
}

export type RetryStopReason = 'limit' | 'method' | 'status' | 'deadline';

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: RetryStopReason };

/** 529 is the "overloaded" status the SDKs treat like 503. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Capped exponential backoff with full jitter: uniform in [0, min(max, base * 2^(n-1))). */
export function backoffDelay(attempt: number, random: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random * ceiling);
}

export function decideRetry(input: RetryInput): RetryDecision {
  const { method, attempt, status, policy } = input;
  if (attempt > policy.limit) return { retry: false, reason: 'limit' };
  if (status !== undefined && !isRetryableStatus(status)) return { retry: false, reason: 'status' };
  if (method === 'POST' && status !== 429) return { retry: false, reason: 'method' };
  const delayMs = chooseDelay(input);
  if (input.now + delayMs > input.deadline) return { retry: false, reason: 'deadline' };
  return { retry: true, delayMs };
}

/** The server's `Retry-After` wins, unjittered (it said how long); otherwise back off. */
function chooseDelay(input: RetryInput): number {
  // Stryker disable next-line ConditionalExpression: a network error has no response, so retryAfter is undefined and parseRetryAfter gives undefined too
  const fromServer = input.status === undefined ? undefined : parseRetryAfter(input.retryAfter, input.now);
  if (fromServer !== undefined) return Math.min(fromServer, input.policy.maxRetryAfterMs);
  return backoffDelay(input.attempt, input.random, input.policy);
}
