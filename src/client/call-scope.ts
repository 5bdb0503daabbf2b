/**
 * One call's bounds: its overall deadline and abort signal, plus the job id once known
 * (so every error can name the job). A create-and-wait call shares one scope between
 * its POST and its polls, so a single deadline bounds every wait in it.
 */
import type { ClientSettings, RequestOptions } from './client-options.js';
import { positive } from './client-options.js';
import { VideoAbortedError, VideoTimeoutError } from './errors.js';

export interface CallScope {
  readonly settings: ClientSettings;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  /** Absolute time on `settings.io.now()`'s clock. */
  readonly deadline: number;
  readonly requestId: string | undefined;
}

export function openScope(settings: ClientSettings, options: RequestOptions = {}): CallScope {
  const timeoutMs = positive('timeoutMs', options.timeoutMs ?? settings.timeoutMs);
  return {
    settings,
    signal: options.signal,
    timeoutMs,
    deadline: settings.io.now() + timeoutMs,
    requestId: undefined,
  };
}

export function withRequestId(scope: CallScope, requestId: string): CallScope {
  return { ...scope, requestId };
}

export function abortedError(scope: CallScope): VideoAbortedError {
  const what = scope.requestId === undefined ? 'The request' : `Waiting for video ${scope.requestId}`;
  return new VideoAbortedError(`${what} was aborted`, { cause: scope.signal?.reason, requestId: scope.requestId });
}

export function timeoutError(scope: CallScope, cause?: unknown, lastProgress?: number): VideoTimeoutError {
  const what = scope.requestId === undefined ? 'The request' : `Video ${scope.requestId}`;
  return new VideoTimeoutError(`${what} did not finish within ${scope.timeoutMs} ms`, {
    timeoutMs: scope.timeoutMs,
    requestId: scope.requestId,
    lastProgress,
    cause,
  });
}

export function throwIfAborted(scope: CallScope): void {
  if (scope.signal?.aborted) throw abortedError(scope);
}

/** Sleeps with the injected `sleep`; an abort during the sleep becomes `VideoAbortedError`. */
export async function pause(scope: CallScope, ms: number): Promise<void> {
  throwIfAborted(scope);
  try {
    await scope.settings.io.sleep(ms, scope.signal);
  } catch (error) {
    if (scope.signal?.aborted) throw abortedError(scope);
    throw error;
  }
}
