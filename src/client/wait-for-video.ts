/**
 * The poller: polls until the job is done, a terminal error is thrown, the signal
 * aborts, or the scope's deadline passes.
 *
 * Between polls it always sleeps: `max(pollIntervalMs, Retry-After)`, where
 * `Retry-After` (from a 202) is capped by the retry policy's `maxRetryAfterMs`. The
 * server may slow us down but never speed us past the interval (the documented rate
 * limit is 1 request per second per model). Sleeps are cut short at the deadline; the
 * poll made at the deadline is the last one before `VideoTimeoutError`.
 */
import { pause, throwIfAborted, timeoutError, type CallScope } from './call-scope.js';
import type { VideoProgress } from './client-options.js';
import type { FinishedVideo } from './finished-video.js';
import { getVideoStatus } from './get-video-status.js';
import type { VideoClientContext } from './video-client-context.js';

export interface PollPlan {
  pollIntervalMs: number;
  onProgress: ((progress: VideoProgress) => void) | undefined;
  /** Sleep one interval before the first poll (right after a POST nothing is ready yet). */
  delayFirstPoll: boolean;
}

export async function waitForVideo(ctx: VideoClientContext, scope: CallScope, requestId: string, plan: PollPlan): Promise<FinishedVideo> {
  const { now } = scope.settings.io;
  let lastProgress: number | undefined;
  throwIfAborted(scope);
  if (plan.delayFirstPoll) await pauseUntilDeadline(scope, plan.pollIntervalMs);
  for (;;) {
    const state = await getVideoStatus(ctx, scope, requestId);
    if (state.status === 'done') {
      plan.onProgress?.({ requestId, status: 'done', progress: 100 });
      return state.video;
    }
    lastProgress = state.progress ?? lastProgress;
    plan.onProgress?.({ requestId, status: 'pending', progress: state.progress });
    if (now() >= scope.deadline) throw timeoutError(scope, undefined, lastProgress);
    await pauseUntilDeadline(scope, nextDelay(scope, plan, state.retryAfterMs));
  }
}

function nextDelay(scope: CallScope, plan: PollPlan, retryAfterMs: number | undefined): number {
  const fromServer = Math.min(retryAfterMs ?? 0, scope.settings.retry.maxRetryAfterMs);
  return Math.max(plan.pollIntervalMs, fromServer);
}

/** Never sleeps past the deadline: the overall timeout bounds every wait. */
async function pauseUntilDeadline(scope: CallScope, ms: number): Promise<void> {
  const remaining = scope.deadline - scope.settings.io.now();
  await pause(scope, Math.max(0, Math.min(ms, remaining)));
}
