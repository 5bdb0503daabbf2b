/**
 * Runs one HTTP exchange with retries. The decision is `decideRetry`'s (pure, tested in
 * isolation); this loop only performs it: call, ask the ladder, sleep, call again.
 *
 * Outcomes: a 2xx result; a non-2xx result the ladder will not retry (the caller turns
 * it into an error); or a thrown `VideoAbortedError`, `VideoNetworkError`, or
 * `VideoTimeoutError` when only the overall deadline stopped a retry (its `cause` is
 * the failure it was waiting out).
 */
import { abortedError, pause, throwIfAborted, timeoutError, type CallScope } from './call-scope.js';
import { VideoNetworkError } from './errors.js';
import { decideRetry, type RetryDecision } from './retry-ladder.js';
import { toHttpError } from './to-http-error.js';
import type { RawResult } from './video-client-context.js';

type Attempt = { result: RawResult } | { networkError: unknown };

export async function sendWithRetry(method: 'GET' | 'POST', send: () => Promise<RawResult>, scope: CallScope): Promise<RawResult> {
  const { io, retry } = scope.settings;
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(scope);
    const outcome = await attemptOnce(send, scope);
    // Stryker disable next-line ConditionalExpression,StringLiteral: a 2xx the shortcut missed reaches the ladder, which stops on a non-retryable status and returns the same result
    if ('result' in outcome && outcome.result.response.ok) return outcome.result;
    const response = 'result' in outcome ? outcome.result.response : undefined;
    const now = io.now();
    const decision = decideRetry({
      method,
      attempt,
      status: response?.status,
      retryAfter: response?.headers.get('retry-after'),
      now,
      deadline: scope.deadline,
      random: io.random(),
      policy: retry,
    });
    if (!decision.retry) return giveUp(outcome, decision, scope, method);
    await pause(scope, decision.delayMs);
  }
}

async function attemptOnce(send: () => Promise<RawResult>, scope: CallScope): Promise<Attempt> {
  try {
    return { result: await send() };
  } catch (error) {
    // fetch rejects when our own signal aborts it: that is not a network failure.
    if (scope.signal?.aborted) throw abortedError(scope);
    return { networkError: error };
  }
}

type Stop = RetryDecision & { retry: false };

function giveUp(outcome: Attempt, decision: Stop, scope: CallScope, method: string): RawResult {
  if (decision.reason === 'deadline') throw timeoutError(scope, failureOf(outcome, scope, method));
  if ('result' in outcome) return outcome.result;
  throw networkError(outcome.networkError, scope, method);
}

function failureOf(outcome: Attempt, scope: CallScope, method: string): Error {
  return 'result' in outcome ? toHttpError(outcome.result, scope) : networkError(outcome.networkError, scope, method);
}

function networkError(cause: unknown, scope: CallScope, method: string): VideoNetworkError {
  const what = scope.requestId === undefined ? '' : ` while polling video ${scope.requestId}`;
  // A POST that never got an answer may still have created (and billed) the job.
  const note = method === 'POST' ? ': the job may or may not have been created, so it was not retried' : '';
  return new VideoNetworkError(`Network error on ${method}${what}${note}`, { cause, requestId: scope.requestId });
}
