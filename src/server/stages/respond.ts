// Respond stage: the one place an answer is finished. Errors become the live API's flat
// body, strict mode checks API responses against the spec, and every answer (a host's
// refusals too, through MockCore.refuse) gets an x-request-id and CORS headers for
// browser frontends (x-request-id, Retry-After and the byte-range headers are exposed so
// browser code can read them). Hosts only copy the result onto their transport.
import type { OperationId } from '../../spec/index.js';
import { checkStrict, type ValidateResponse } from '../internal/strict-check.js';
import { ApiError } from '../error-catalogue.js';
import { errorReply, type MockReply } from '../mock-request.js';

const EXPOSED = 'x-request-id, retry-after, content-range, accept-ranges';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED,
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, HEAD, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, prefer, range, x-request-id',
  'access-control-max-age': '600',
};

export interface RespondDeps {
  /** Set in strict mode. */
  validateResponse: ValidateResponse | undefined;
  log: (line: string) => void;
  randomUUID: () => string;
}

export function respond(answer: MockReply | ApiError, operationId: OperationId | undefined, deps: RespondDeps): MockReply {
  let reply = answer instanceof ApiError ? errorReply(answer) : answer;
  // 408 is the transport's (the request never arrived whole; the client is gone): not the operation's answer.
  if (deps.validateResponse && operationId && reply.status !== 408)
    reply = checkStrict(operationId, reply, deps.validateResponse, deps.log);
  // Built as a literal, then the reply's own: this runs for every answer, polls included.
  const headers: Record<string, string> = {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': EXPOSED,
    'x-request-id': deps.randomUUID(),
  };
  for (const name in reply.headers) headers[name] = reply.headers[name]!;
  reply.headers = headers;
  return reply;
}
