/**
 * The client's options: one object with defaults, normalised once, here (tests import
 * `DEFAULT_*` from this file rather than copying numbers).
 */
import { defaultSleep } from './internal/default-sleep.js';
import type { RetryPolicy } from './retry-ladder.js';

/** The official SDKs poll every 5 s (xai-sdk-python `video.py`). */
export const DEFAULT_POLL_INTERVAL_MS = 5_000;
/** The official SDKs give up after 10 minutes (xai-sdk-python `video.py`). */
export const DEFAULT_TIMEOUT_MS = 600_000;
export const DEFAULT_BASE_URL = 'https://api.x.ai';
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  limit: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
});

export type FetchLike = (input: Request) => Promise<Response>;
export type SleepLike = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Where the client's I/O comes from; tests replace all four. */
export interface ClientIo {
  fetch: FetchLike;
  /** Must reject (with the signal's reason) when `signal` aborts. */
  sleep: SleepLike;
  now: () => number;
  /** A number in [0, 1), for retry jitter. */
  random: () => number;
}

export interface VideoClientOptions extends Partial<ClientIo> {
  apiKey: string;
  /** Default `https://api.x.ai` (the spec's paths start with `/v1`). */
  baseUrl?: string;
  /** Default interval between polls, in ms. Default 5 000. */
  pollIntervalMs?: number;
  /** Default overall deadline of a call, in ms. Default 600 000 (10 min). */
  timeoutMs?: number;
  /** Overrides of the retry ladder's policy. */
  retry?: Partial<RetryPolicy>;
}

/** Options of the calls that only POST (`createGeneration`, ...). */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Bounds the POST and its 429 retries. Defaults to the client's `timeoutMs`. */
  timeoutMs?: number;
}

/** What `onProgress` receives after every poll that did not fail. */
export interface VideoProgress {
  requestId: string;
  status: 'pending' | 'done';
  /** 0–99 while pending (absent when the 202 had no body), 100 when done. */
  progress: number | undefined;
}

/** Options of the calls that wait (`waitForVideo`, `generate`, ...). */
export interface WaitOptions extends RequestOptions {
  pollIntervalMs?: number;
  /** Called after each poll; an exception thrown here ends the wait with that exception. */
  onProgress?: (progress: VideoProgress) => void;
}

export interface ClientSettings {
  apiKey: string;
  baseUrl: string;
  io: ClientIo;
  pollIntervalMs: number;
  timeoutMs: number;
  retry: RetryPolicy;
}

export function normaliseClientOptions(options: VideoClientOptions): ClientSettings {
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
    throw new TypeError('createVideoClient: apiKey is required');
  }
  return {
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    io: {
      // Looked up at call time so that fetch mocks installed later (msw) are honoured.
      fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
      sleep: options.sleep ?? defaultSleep,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
    },
    pollIntervalMs: positive('pollIntervalMs', options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS),
    timeoutMs: positive('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
  };
}

/** A zero or negative interval would re-poll without waiting: refuse it up front. */
export function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number of ms`);
  return value;
}
