// One fuzzed request against the target, and what its answer must look like: valid per
// the spec for its status, never a 5xx, and in the live API's flat {code, error} shape
// when it is an error.
import type { SpecValidators } from '../../../src/spec/index.js';
import { checkResponse } from '../../../src/contract/response-check.js';
import { CREATE_PATHS, type CreateOperation } from '../../../src/contract/video-jobs.js';

export interface FuzzAnswer {
  status: number;
  json: unknown;
  /** Spec problems and shape problems; [] when the answer conforms. */
  problems: string[];
}

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
  body: unknown,
): Promise<FuzzAnswer> {
  const response = await fetch(`${baseUrl}${CREATE_PATHS[operationId]}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
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
  return { status: response.status, json, problems };
}
