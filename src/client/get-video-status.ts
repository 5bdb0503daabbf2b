/**
 * One poll: `GET /v1/videos/{request_id}` with retries, then classification. Terminal
 * failures are thrown; what is left is "pending" (with the server's `Retry-After`, if it
 * sent one on the 202) or "done".
 */
import type { CallScope } from './call-scope.js';
import { classifyVideoStatus } from './classify-video-status.js';
import type { FinishedVideo } from './finished-video.js';
import { parseJsonBody } from './internal/parse-json-body.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { sendWithRetry } from './send-with-retry.js';
import { toHttpError } from './to-http-error.js';
import type { VideoClientContext } from './video-client-context.js';

export type VideoJobState =
  | { status: 'pending'; requestId: string; progress: number | undefined; retryAfterMs: number | undefined }
  | { status: 'done'; requestId: string; video: FinishedVideo };

export async function getVideoStatus(ctx: VideoClientContext, scope: CallScope, requestId: string): Promise<VideoJobState> {
  const send = () =>
    ctx.raw.GET('/v1/videos/{request_id}', {
      params: { path: { request_id: requestId } },
      parseAs: 'text',
      signal: scope.signal,
    });
  const result = await sendWithRetry('GET', send, scope);
  const { response } = result;
  if (!response.ok) throw toHttpError(result, scope);
  const outcome = classifyVideoStatus({
    requestId,
    httpStatus: response.status,
    // Stryker disable next-line ConditionalExpression: with parseAs "text" the data is a string or undefined, and parseJsonBody(undefined) is what the other branch gives
    body: parseJsonBody(typeof result.data === 'string' ? result.data : undefined),
    xRequestId: response.headers.get('x-request-id') ?? undefined,
  });
  if (outcome.kind === 'error') throw outcome.error;
  if (outcome.kind === 'done') return { status: 'done', requestId, video: outcome.video };
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), scope.settings.io.now());
  return { status: 'pending', requestId, progress: outcome.progress, retryAfterMs };
}
