/**
 * Reads one 2xx answer of `GET /v1/videos/{request_id}` into an outcome. Pure: no I/O, no clock. Every variant the spec's `VideoStatusResponse`
 * accepts has a deliberate branch:
 *
 * - `202`, empty or `{status: "pending", progress}` → pending (202 means "running",
 *   whatever the body says, as in the official SDKs);
 * - `200 {status: "pending"}` (legacy, before mid-2026) → pending;
 * - `200` `done`, or no `status` but a `video` (early 2026) → done, unless
 *   `respect_moderation: false` (moderated) or the url is empty (unexpected);
 * - `200` `failed` → `VideoFailedError`, or `VideoModeratedError` for
 *   `invalid_argument` when the message is absent or mentions moderation (the same
 *   code also means "bad input", whose message says so);
 * - `200` `expired` → `VideoExpiredError`;
 * - any other `status`, a non-JSON body or any other 2xx → `UnexpectedResponseError`:
 *   the spec calls an unknown status drift, and polling on it could loop until timeout.
 */
import { UnexpectedResponseError, VideoExpiredError, VideoFailedError, VideoModeratedError, type VideoClientError } from './errors.js';
import { toFinishedVideo, type FinishedVideo } from './finished-video.js';
import { isRecord, numberField, stringField } from './internal/is-record.js';
import type { ParsedBody } from './internal/parse-json-body.js';

export type VideoStatusOutcome =
  | { kind: 'pending'; progress: number | undefined }
  | { kind: 'done'; video: FinishedVideo }
  | { kind: 'error'; error: VideoClientError };

export interface VideoStatusAnswer {
  requestId: string;
  httpStatus: number;
  body: ParsedBody;
  xRequestId: string | undefined;
}

export function classifyVideoStatus(answer: VideoStatusAnswer): VideoStatusOutcome {
  const { httpStatus, body } = answer;
  if (httpStatus === 202) return pending(body.ok ? body.value : undefined);
  if (httpStatus !== 200) return unexpected(answer, `unexpected HTTP ${httpStatus} from the poll`);
  if (!body.ok) return unexpected(answer, 'the body is not JSON');
  if (!isRecord(body.value)) return unexpected(answer, 'the body is not a JSON object');
  return classifyBody(answer, body.value);
}

function classifyBody(answer: VideoStatusAnswer, body: Record<string, unknown>): VideoStatusOutcome {
  const status = body.status;
  switch (status) {
    case 'pending':
      return pending(body);
    case 'done':
    case undefined:
      return classifyFinished(answer, body);
    case 'failed':
      return classifyFailed(answer.requestId, body);
    case 'expired':
      return { kind: 'error', error: expired(answer.requestId) };
    default:
      return unexpected(answer, `unknown status ${JSON.stringify(status)}`);
  }
}

function expired(requestId: string): VideoExpiredError {
  return new VideoExpiredError(`Video ${requestId} has expired`, { requestId });
}

function pending(body: unknown): VideoStatusOutcome {
  return { kind: 'pending', progress: isRecord(body) ? numberField(body, 'progress') : undefined };
}

function classifyFinished(answer: VideoStatusAnswer, body: Record<string, unknown>): VideoStatusOutcome {
  const { requestId } = answer;
  const video = body.video;
  if (!isRecord(video)) return unexpected(answer, 'a finished body without a video object');
  if (video.respect_moderation === false) {
    const error = new VideoModeratedError(`Content moderation withheld video ${requestId}`, {
      via: 'respect-moderation',
      requestId,
      xRequestId: answer.xRequestId,
      body,
    });
    return { kind: 'error', error };
  }
  if (!stringField(video, 'url')) return unexpected(answer, 'a finished video without a url');
  return { kind: 'done', video: toFinishedVideo(requestId, body, video) };
}

function classifyFailed(requestId: string, body: Record<string, unknown>): VideoStatusOutcome {
  const jobError = isRecord(body.error) ? body.error : {};
  const code = stringField(jobError, 'code');
  const message = stringField(jobError, 'message');
  if (code === 'invalid_argument' && (message === undefined || /moderat/i.test(message))) {
    const text = `Content moderation rejected video ${requestId}${message ? `: ${message}` : ''}`;
    return { kind: 'error', error: new VideoModeratedError(text, { via: 'job-failed', requestId, body }) };
  }
  const text = `Video ${requestId} failed (${code ?? 'no error code'})${message ? `: ${message}` : ''}`;
  return { kind: 'error', error: new VideoFailedError(text, { requestId, jobErrorCode: code, body }) };
}

function unexpected(answer: VideoStatusAnswer, why: string): VideoStatusOutcome {
  const { requestId, httpStatus: status, xRequestId } = answer;
  const body = answer.body.ok ? answer.body.value : answer.body.text;
  const error = new UnexpectedResponseError(`Unexpected answer for video ${requestId}: ${why}`, {
    requestId,
    status,
    xRequestId,
    body,
  });
  return { kind: 'error', error };
}
