import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../../src/client/client-options.js';
import { backoffDelay, decideRetry, isRetryableStatus, type RetryInput } from '../../src/client/retry-ladder.js';

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const policy = { limit: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

function input(overrides: Partial<RetryInput>): RetryInput {
  return {
    method: 'GET',
    attempt: 1,
    status: 503,
    retryAfter: null,
    now: NOW,
    deadline: NOW + 600_000,
    random: 0.5,
    policy,
    ...overrides,
  };
}

describe('decideRetry', () => {
  it.each([
    // [label, overrides, expected]
    ['GET 503, attempt 1: half of the 1 s ceiling', {}, { retry: true, delayMs: 500 }],
    ['GET 500, attempt 2: ceiling doubles to 2 s', { status: 500, attempt: 2 }, { retry: true, delayMs: 1_000 }],
    ['GET 502, attempt 3: ceiling 4 s', { status: 502, attempt: 3, random: 0.25 }, { retry: true, delayMs: 1_000 }],
    ['GET 504 retried', { status: 504, random: 0.9 }, { retry: true, delayMs: 900 }],
    ['GET 529 (overloaded) retried', { status: 529, random: 0.1 }, { retry: true, delayMs: 100 }],
    ['GET network error retried with backoff', { status: undefined, random: 0.3 }, { retry: true, delayMs: 300 }],
    ['GET 429 without Retry-After: backoff', { status: 429, random: 0.5 }, { retry: true, delayMs: 500 }],
    ['GET 429 Retry-After: 7 (seconds), not jittered', { status: 429, retryAfter: '7', random: 0.01 }, { retry: true, delayMs: 7_000 }],
    [
      'GET 429 Retry-After as HTTP date',
      { status: 429, retryAfter: new Date(NOW + 12_000).toUTCString() },
      { retry: true, delayMs: 12_000 },
    ],
    ['GET 429 Retry-After capped at 60 s', { status: 429, retryAfter: '3600' }, { retry: true, delayMs: 60_000 }],
    [
      'GET 429 unreadable Retry-After falls back to backoff',
      { status: 429, retryAfter: 'soon', random: 0.5 },
      { retry: true, delayMs: 500 },
    ],
    ['GET 503 honours Retry-After too', { status: 503, retryAfter: '2' }, { retry: true, delayMs: 2_000 }],
    ['POST 429 retried (no job was created)', { method: 'POST', status: 429, retryAfter: '1' }, { retry: true, delayMs: 1_000 }],
    ['POST 500 never retried', { method: 'POST', status: 500 }, { retry: false, reason: 'method' }],
    ['POST 503 never retried', { method: 'POST', status: 503, retryAfter: '1' }, { retry: false, reason: 'method' }],
    ['POST 529 never retried', { method: 'POST', status: 529 }, { retry: false, reason: 'method' }],
    ['POST network error never retried', { method: 'POST', status: undefined }, { retry: false, reason: 'method' }],
    ['GET 400 is final', { status: 400 }, { retry: false, reason: 'status' }],
    ['GET 401 is final', { status: 401 }, { retry: false, reason: 'status' }],
    ['GET 404 is final', { status: 404 }, { retry: false, reason: 'status' }],
    ['POST 422 is final', { method: 'POST', status: 422 }, { retry: false, reason: 'status' }],
    ['attempt past the limit', { attempt: 5 }, { retry: false, reason: 'limit' }],
    ['the last allowed attempt still retries', { attempt: 4, random: 0.5 }, { retry: true, delayMs: 4_000 }],
    [
      'a wait past the deadline is refused',
      { status: 429, retryAfter: '30', deadline: NOW + 29_999 },
      { retry: false, reason: 'deadline' },
    ],
    [
      'a wait ending exactly at the deadline is allowed',
      { status: 429, retryAfter: '30', deadline: NOW + 30_000 },
      { retry: true, delayMs: 30_000 },
    ],
    ['backoff past the deadline is refused', { attempt: 3, random: 0.99, deadline: NOW + 1_000 }, { retry: false, reason: 'deadline' }],
  ] as const)('%s', (_label, overrides, expected) => {
    expect(decideRetry(input(overrides))).toEqual(expected);
  });

  it('checks the attempt limit before anything else (ky order)', () => {
    expect(decideRetry(input({ attempt: 9, status: 404 }))).toEqual({ retry: false, reason: 'limit' });
  });

  it('uses the client default policy: 4 retries', () => {
    expect(decideRetry(input({ policy: DEFAULT_RETRY_POLICY, attempt: 4 })).retry).toBe(true);
    expect(decideRetry(input({ policy: DEFAULT_RETRY_POLICY, attempt: 5 })).retry).toBe(false);
  });
});

describe('backoffDelay', () => {
  it.each([
    [1, 0.999, 999],
    [2, 0.999, 1_998],
    [5, 0.5, 8_000],
    [6, 0.5, 15_000],
    [7, 0.5, 15_000], // capped: min(30 s, 64 s) * 0.5
    [20, 0.999, 29_970],
    [3, 0, 0],
  ])('attempt %i with random %f → %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, random, policy)).toBe(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [429, true],
    [500, true],
    [503, true],
    [529, true],
    [400, false],
    [404, false],
    [415, false],
    [200, false],
  ])('%i → %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
