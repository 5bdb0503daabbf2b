/**
 * The create half of every operation: POST the body, return `{ requestId }`.
 *
 * Retries: 429 only. A POST that failed with 5xx, 529 or a dropped connection may have
 * created the job anyway, and every created job is billed; retrying could generate (and
 * bill) the same video twice. Those failures are thrown for the caller to judge.
 */
import type { CallScope } from './call-scope.js';
import { UnexpectedResponseError } from './errors.js';
import { isRecord, stringField } from './internal/is-record.js';
import { parseJsonBody } from './internal/parse-json-body.js';
import { sendWithRetry } from './send-with-retry.js';
import { toHttpError } from './to-http-error.js';
import type { RawResult } from './video-client-context.js';

export interface CreatedJob {
  /** The job's id: pass it to `waitForVideo`. */
  requestId: string;
  /** The `x-request-id` header of the POST's answer. */
  xRequestId: string | undefined;
}

export async function createJob(send: (signal: AbortSignal | undefined) => Promise<RawResult>, scope: CallScope): Promise<CreatedJob> {
  const result = await sendWithRetry('POST', () => send(scope.signal), scope);
  const { response } = result;
  if (!response.ok) throw toHttpError(result, scope);
  const xRequestId = response.headers.get('x-request-id') ?? undefined;
  // Stryker disable next-line ConditionalExpression: with parseAs "text" the data is a string or undefined, and parseJsonBody(undefined) is what the other branch gives
  const body = parseJsonBody(typeof result.data === 'string' ? result.data : undefined);
  const requestId = body.ok && isRecord(body.value) ? stringField(body.value, 'request_id') : undefined;
  if (requestId) return { requestId, xRequestId };
  throw new UnexpectedResponseError(`HTTP ${response.status} from the POST carried no request_id`, {
    status: response.status,
    xRequestId,
    body: body.ok ? body.value : body.text,
  });
}
