// Checks one HTTP response against the spec's response object for its operation and
// status: status documented, headers as documented, body as the schema says. The body
// schemas come from the spec's ajv validators (src/spec); this file adds what they do
// not look at: the media type, a missing body, required headers and Retry-After's form.
import type { OperationId, ResponseProblem, SpecValidators } from '../spec/index.js';
import { requiredResponseHeaders } from './spec-headers.js';

export interface ObservedResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The raw body text ('' when none). */
  text: string;
}

/** 202 may come without a body (the spec's info, "Lifecycle"); every other documented answer has one. */
const BODY_OPTIONAL: ReadonlySet<string> = new Set(['getVideo 202']);

/** RFC 9110 §10.2.3: delay-seconds or an HTTP date. */
function isRetryAfter(value: string): boolean {
  return /^\d+$/.test(value.trim()) || !Number.isNaN(Date.parse(value));
}

function checkHeaders(validators: SpecValidators, operationId: OperationId, response: ObservedResponse): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  for (const name of requiredResponseHeaders(validators.document, operationId, response.status)) {
    if (response.headers[name] === undefined) problems.push({ where: `headers/${name}`, message: 'required by the spec, missing' });
  }
  const retryAfter = response.headers['retry-after'];
  if (retryAfter !== undefined && !isRetryAfter(retryAfter)) {
    problems.push({ where: 'headers/retry-after', message: `not delay-seconds or an HTTP date: ${JSON.stringify(retryAfter)}` });
  }
  return problems;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `body is not JSON: ${(error as Error).message}` };
  }
}

function checkBody(validators: SpecValidators, operationId: OperationId, response: ObservedResponse): ResponseProblem[] {
  const { status, text } = response;
  if (text === '') {
    if (BODY_OPTIONAL.has(`${operationId} ${status}`)) return [];
    return [{ where: 'body', message: `${status} of ${operationId} must carry a JSON body; it was empty` }];
  }
  const mediaType = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const problems: ResponseProblem[] = [];
  if (mediaType !== 'application/json') {
    problems.push({ where: 'headers/content-type', message: `expected application/json, got ${JSON.stringify(mediaType ?? '')}` });
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return [...problems, { where: 'body', message: parsed.message }];
  return [...problems, ...validators.validateResponse(operationId, status, parsed.value)];
}

/** Every problem of one response; [] when it conforms. An undocumented status is a problem. */
export function checkResponse(validators: SpecValidators, operationId: OperationId, response: ObservedResponse): ResponseProblem[] {
  if (!validators.statuses(operationId).includes(response.status)) {
    return [{ where: 'status', message: `${response.status} is not a documented status of ${operationId}` }];
  }
  return [...checkHeaders(validators, operationId, response), ...checkBody(validators, operationId, response)];
}
