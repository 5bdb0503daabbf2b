// One fuzzed request against the target, and what its answer must look like: valid per
// the spec for its status, never a 5xx, and in the live API's flat {code, error} shape
// when it is an error.
import type { SpecValidators } from '../../../src/spec/index.js';
import { checkResponse } from '../../../src/contract/response-check.js';
import { CREATE_PATHS, type CreateOperation } from '../../../src/contract/video-jobs.js';

export interface FuzzAnswer {
  status: number;
  json: unknown;
  /** The error message of an error answer. */
  message: string | undefined;
  /** Spec problems and shape problems; [] when the answer conforms. */
  problems: string[];
}

/** A value to send as JSON, or raw text (a duplicate key, 20,000 levels, `NaN`: what JSON.stringify cannot write). */
export type FuzzBody = { json: unknown } | { raw: string };

/** An error message longer than this echoes what was sent (a 200 KB string must not come back). */
const MAX_MESSAGE = 600;

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function isFlatError(json: unknown): boolean {
  const body = json as { code?: unknown; error?: unknown } | undefined;
  return typeof body?.code === 'string' && body.code !== '' && typeof body.error === 'string';
}

export async function sendFuzzed(
  baseUrl: string,
  apiKey: string,
  validators: SpecValidators,
  operationId: CreateOperation,
  body: FuzzBody,
): Promise<FuzzAnswer> {
  const response = await fetch(`${baseUrl}${CREATE_PATHS[operationId]}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: 'raw' in body ? body.raw : JSON.stringify(body.json),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const problems = checkResponse(validators, operationId, { status: response.status, headers: headersOf(response), text }).map(
    (p) => `${p.where}: ${p.message}`,
  );
  if (response.status >= 500) problems.push(`a ${response.status}: the server failed on this input`);
  if (response.status >= 400 && !isFlatError(json)) problems.push(`error body is not the flat {code, error} shape: ${text.slice(0, 200)}`);
  const message = isFlatError(json) ? (json as { error: string }).error : undefined;
  if (message !== undefined && message.length > MAX_MESSAGE) problems.push(`the message echoes the input (${message.length} characters)`);
  return { status: response.status, json, message, problems };
}
