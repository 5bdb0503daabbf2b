/**
 * Normalises the two error-body styles the spec's `ErrorBody` accepts: the live API's flat `{"code", "error": "<message>"}` and the nested
 * OpenAI-style `{"error": {"message", "type", "code"}}` seen on other xAI endpoints.
 * A body that is not JSON (a proxy's HTML page) keeps a short excerpt as the message.
 */
import { isRecord, stringField } from './is-record.js';

export interface ApiErrorDetails {
  code: string | undefined;
  message: string | undefined;
}

const MAX_TEXT_MESSAGE = 200;

export function readErrorBody(body: unknown): ApiErrorDetails {
  if (typeof body === 'string') return { code: undefined, message: textExcerpt(body) };
  // Stryker disable next-line ObjectLiteral: {} reads as both fields undefined
  if (!isRecord(body)) return { code: undefined, message: undefined };
  const nested = body.error;
  if (isRecord(nested)) {
    return { code: stringField(nested, 'code') ?? stringField(body, 'code'), message: stringField(nested, 'message') };
  }
  return { code: stringField(body, 'code'), message: stringField(body, 'error') ?? stringField(body, 'message') };
}

function textExcerpt(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_TEXT_MESSAGE ? `${trimmed.slice(0, MAX_TEXT_MESSAGE)}…` : trimmed;
}
