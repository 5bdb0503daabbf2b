/**
 * Turns a non-2xx answer into an error value. HTTP 400 with a moderation code
 * (`imagine:content-moderated`) is content moderation, on the poll (one of the three
 * ways) or on the POST (a moderated prompt); anything else is a
 * `VideoHttpError` carrying the API's code, message and `x-request-id`.
 */
import type { CallScope } from './call-scope.js';
import { VideoHttpError, VideoModeratedError } from './errors.js';
import { readErrorBody } from './internal/read-error-body.js';
import { redactDeep, redactText } from './internal/redact.js';
import type { RawResult } from './video-client-context.js';

export function isModerationCode(code: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: /moderat/i.test(undefined) tests "undefined", which is false as well
  return code !== undefined && /moderat/i.test(code);
}

export function toHttpError(result: RawResult, scope: CallScope): VideoHttpError | VideoModeratedError {
  const secret = scope.settings.apiKey;
  const { status, statusText, headers } = result.response;
  const body = redactDeep(result.error, secret);
  const { code, message } = readErrorBody(body);
  const xRequestId = headers.get('x-request-id') ?? undefined;
  const requestId = scope.requestId;
  if (status === 400 && isModerationCode(code)) {
    const text = `Content moderation rejected the video (HTTP ${status}): ${message ?? code}`;
    return new VideoModeratedError(text, { via: 'http-400', status, xRequestId, body, requestId });
  }
  const head = code === undefined ? `HTTP ${status}` : `HTTP ${status} ${code}`;
  const detail = message ?? statusText;
  const summary = detail ? `${head}: ${detail}` : head;
  const suffix = xRequestId === undefined ? '' : ` (x-request-id ${xRequestId})`;
  return new VideoHttpError(redactText(summary + suffix, secret), {
    status,
    apiCode: code,
    apiMessage: message,
    xRequestId,
    body,
    requestId,
  });
}
